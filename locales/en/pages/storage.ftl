# What is wrong with the browser's storage, inside a sentence ("… because { $error }").

full = this browser's storage for Almanac is full
# { $reason } is the browser's own words, in English.
unavailable = this browser does not let Almanac store data ({ $reason })

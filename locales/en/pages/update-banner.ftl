# Above the page when a new version of Almanac has been downloaded.

heading = A new version of Almanac is ready
body = Everything you have entered is saved. Switch when it suits you: the page reloads and you carry on where you were.
switch = Use the new version

# What the import of a filled-in figures spreadsheet says about it (src/domain/performance/sheet.rs).
#
# The spreadsheet's column headings are NOT here, on purpose: they stay in English in both
# languages, because Almanac's own import reads them back, and a person who downloads the template
# with the page in Welsh must be able to import it again (in either language). The same goes for
# the "Yes" that marks a channel not offered and for the periods' names ("Q1 2026/27"). So a
# message that names a column ({ $heading }) names it as the spreadsheet shows it.
#
# A problem is shown after where it is: "row 4, column D (Transactions completed): …", so most
# begin with a small letter.

empty = the file is empty
not-csv = this is not a CSV file Almanac can read
wrong-order = the columns are not in the template’s order: download the template and copy the figures into it
# { $missing } lists the template's (English) headings that are missing.
headings-missing = the first row must be the template’s headings; these are missing: { $missing }
# Where a problem is: a row of the spreadsheet.
row = row { $number }
# Where a problem is: a cell, by its row, its column's letter and its heading.
cell = row { $row }, column { $letter } ({ $heading })
too-many-rows = the file has more than { $limit } rows of figures
# { $error } is the reader's own description, in English.
unreadable-row = this row cannot be read ({ $error })
cells = has { $found } cells; every row needs { $needed }
repeats = repeats the service, period and channel of row { $first }
enter-service = enter the service’s name
not-a-service = "{ $name }" is not a service in the register: add it there first, or check the spelling
not-a-period = "{ $text }" is not a period: write a month as 2026-04, a quarter as Q1 2026/27 or a year as 2026/27
# "Yes" is what the spreadsheet's cell must hold, in either language.
not-offered-mark = write Yes if the channel was not offered in this period, or leave it blank
not-a-channel = "{ $name }" is not a channel; the channels are { $channels }
cost-both = give the total cost or the cost per transaction, not both
all-five = give all five satisfaction counts (0 where nobody chose that answer), or leave all five blank
all-three = give all three satisfaction counts (0 where nobody chose that answer), or leave all three blank
both-scales = give the survey responses on one scale, five-point or three-point, not both

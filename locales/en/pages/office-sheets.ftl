# Excel workbooks (src/office/*_workbook.rs): the combined view of a group, the service
# performance data, and service figures read back from a workbook.
#
# A sheet's name is at most 31 characters and holds none of : \ / ? * [ ].

about-sheet = About
about-heading = About this workbook
made-on = Made on
organisation = Organisation

## The combined view of a group

# The downloaded file's name; { $framework } is the framework's id.
combined-file = almanac-{ $framework }-combined.xlsx
statements-sheet = Statements
areas-sheet = Areas
levels-sheet = Each respondent’s levels
group = Group
# A respondent's file name, or "Share link 3".
respondent = Respondent
role-or-team = Role or team
answers-changed = Answers last changed
level = Level
answer = Answer
how-worked-out = How the figures are worked out
# { $sheet } is the name of the sheet of each respondent's levels.
levels-explained = The sheet “{ $sheet }” has a row for each respondent and statement, so its filters can show one respondent, role or team, statement or level at a time.

## The service performance data

# The downloaded file's name; { $date } is such as 2026-03-03.
performance-file = almanac-service-performance-{ $date }.xlsx
figures-sheet = Figures
indicators-sheet = Indicators
unit-costs-sheet = Assumed unit costs
channel = Channel
digital = Digital channel
assumed-cost = Assumed cost of one transaction (£)
yes = Yes
no = No
figures = Figures
illustrative = Made up, to show what Almanac does: not a council’s figures
year-starts = Financial year starts in
# { $sheet } is the name of the sheet of figures.
figures-explained = The sheet “{ $sheet }” is laid out like the CSV template: change it or add to it, then upload it on the Services page.
unit-costs-explained = The assumed unit costs are round starting figures or your own estimates, not measurements. The saving from channel shift uses them only where a service’s own costs are not entered for every channel in both periods, and says so in the column “Saving valued on”.

## Service figures read from a workbook; shown after the file's name in a list of problems

not-workbook = this is not an Excel workbook (.xlsx) Almanac can read: save it as an Excel workbook or as CSV, then upload it again
old-workbook = this is an older Excel file (.xls), or a workbook protected by a password: save it as an Excel workbook (.xlsx) with no password, or as CSV, then upload it again
# { $sheet } is the name of the sheet Almanac read.
empty-sheet = the sheet “{ $sheet }” is empty: put the figures on the first sheet, laid out like the template
too-many-cells = the sheet “{ $sheet }” has more filled cells than { $rows } rows of the template hold
not-loaded = the file could not be read: this device could not fetch the part of Almanac that reads workbooks. Check your connection, then try again

# Periods, as the service performance pages name them (src/domain/performance/period.rs); the
# months' own names are in dates.ftl.
# A financial year's own names ("Q1 2026/27", "2026/27") are not here: they stay the same in both
# languages, because people type them and the spreadsheet import reads them back.

# A month's name after "to" ("April to June 2026"); Welsh mutates it after "i".
to-january = January
to-february = February
to-march = March
to-april = April
to-may = May
to-june = June
to-july = July
to-august = August
to-september = September
to-october = October
to-november = November
to-december = December
# "April 2026".
month-year = { $month } { $year }
# "April to June 2026"; { $last } is a name from the to-… messages.
span-in-one-year = { $first } to { $last } { $year }
# "November 2025 to January 2026".
span-over-years = { $first } { $first-year } to { $last } { $last-year }
# "April to June 2026 (Q1 2026/27)".
span-with-name = { $span } ({ $name })
# A period in a service data file that cannot be read; shown after where it is in the file.
not-a-period = "{ $text }" is not a period: write a month as 2026-04, or three or twelve months from April 2026 as 2026-04+3 or 2026-04+12

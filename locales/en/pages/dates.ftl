# Dates and times as people read them: "23 November 2026", "23 November 2026 at 4:05pm".
# The day and year are figures in both languages; the time is written by the app (12-hour in
# English, 24-hour in Welsh).

january = January
february = February
march = March
april = April
may = May
june = June
july = July
august = August
september = September
october = October
november = November
december = December
# Short month names, as a chart's axis or a narrow table writes them ("Nov 2026").
january-short = Jan
february-short = Feb
march-short = Mar
april-short = Apr
may-short = May
june-short = Jun
july-short = Jul
august-short = Aug
september-short = Sep
october-short = Oct
november-short = Nov
december-short = Dec
# A date and a time of day: "23 November 2026 at 4:05pm".
date-time = { $date } at { $time }

# The board report (src/pages/performance_report.rs): the portfolio's figures for one period, laid
# out to print on A4. { $period } and { $previous } are periods such as
# "April to June 2026 (Q1 2026/27)".

back = Back to the dashboard
heading = Board report
no-figures-before = There are no figures to report yet.{ " " }
no-figures-link = Add your services and their figures
no-figures-after = { " " }first.
# The report's title, without and with the council's name.
title = Service performance
title-of = { $organisation }: service performance
# The downloaded file's name; { $date } is such as 2026-03-03.
indicators-file = almanac-service-indicators-{ $date }.csv
# An indicator's change, like for like; { $change } is such as "+4.2 points".
change-over = { $count ->
    [one] { $change } (over { $count } service)
   *[other] { $change } (over { $count } services)
}
not-known = Not known
print-note = This page is laid out to print on A4. To make a PDF, print it and choose “Save as PDF” as the printer.
print = Print or save as PDF
download-indicators = Download the indicators (CSV)
report-caption = Service performance report
period = Period
compared-with = Compared with
services-with-figures = Services with figures
in-register = { $count } of { $total } in the register
figures = Figures
illustrative = Illustrative sample data, made up to show how the dashboard works: not any council’s real figures
report-produced = Report produced
# After the date the report was produced.
with-almanac = { " " }with Almanac
headline-heading = Headline figures
headline-intro = All services together in { $period }. Each figure is worked out over the services whose figures give it; the change since { $previous } is over the services counted in both periods, so a service added or dropped is never counted as a rise or fall.
# The table's name for screen readers.
headline-scrolls = Headline figures (scrolls sideways)
headline-caption = The four indicators and volume for all services, { $period }
indicator = Indicator
# { $period } is a short period, such as "Q4 2025/26".
change-since = Change since { $period }
rests-on = Rests on
targets = Targets
shift-by-service = Channel shift by service
top-services = The top { $top } services
trends = Trends
data-quality = Data quality
# The data quality section.
illustrative-note = These are illustrative sample figures, made up to show how the dashboard works: they are not any council’s real figures.
leaves-out = { $count ->
    [one] { $indicator } leaves out { $count } service, for want of a figure it needs: { $services }.
   *[other] { $indicator } leaves out { $count } services, for want of a figure it needs: { $services }.
}
# { $missing } lists the months (or quarters) without figures, joined by "and".
gap = { $service }, { $channel }: { $period } is not added up from its months, because { $missing } has no figures.
and = { " " }and{ " " }
# A channel with no assumed unit cost, in the list of assumptions.
none-given = none given
# { $costs } lists each channel's name and its assumed unit cost.
assumptions = Where a service’s own costs are not complete for both periods, its saving is valued on assumed unit costs per transaction: { $costs }. These are assumptions, not measurements.
unknown-channels = A channel with no figures for a service in a period is not known, and never counted as none; only a channel marked “not offered” counts as none.

# The service performance dashboard (src/pages/performance.rs). { $period } is a period such as
# "April to June 2026 (Q1 2026/27)".

heading = Service performance
intro = The four indicators GOV.UK asks of every service — cost per transaction, user satisfaction, completion rate and digital take-up — for each of your services, and how far people have moved to digital channels.
no-figures-before = There are no figures yet.{ " " }
no-figures-link = Add your services and their figures
no-figures-after = , or load the illustrative sample data there to see how the dashboard works.
services-link = Services register, figures and imports
channels-link = Channels, unit costs and financial year
report-link = Board report for this period
period-label = Period
period-hint = Quarters and years are added up from monthly figures where every month has them.
all-services = All services, { $period }
targets-heading = Targets for all services
shift-by-service = Channel shift by service
each-service = Each service
# A quarter or year not added up from its months; { $missing } lists the months without figures.
gap = { $service }, { $channel }: { $period } not added up (no figures for { $missing })
gaps = { $count ->
    [one] { $count } quarter or year not added up, because a part has no figures
   *[other] { $count } quarter or years not added up, because a part has no figures
}

# The computed indicators as a spreadsheet, downloaded from the board report
# (src/domain/performance/computed.rs). Nothing reads this file back, so its headings are in the
# page's language (unlike the figures template's).

service = Service
period = Period
months = Months
volume = Transactions completed
cost-per-transaction = Cost per transaction (£)
satisfaction = User satisfaction (%)
completion-rate = Completion rate (%)
take-up = Digital take-up (%)
take-up-change = Change in take-up since the period before (points)
moved = Transactions moved to digital
saving = Saving (£)
valued-on = Saving valued on
rests-on = Rests on
# The row for every service together.
all-services = All services
# What a row for all services rests on.
all-with-figures = { $count ->
    [one] All { $count } services with figures
   *[other] All { $count } services with figures
}
indicator-rests-on = { $total ->
    [one] { $indicator }: { $counted } of { $total } services
   *[other] { $indicator }: { $counted } of { $total } services
}
shift-rests-on = { $total ->
    [one] Channel shift: { $counted } of { $total } services
   *[other] Channel shift: { $counted } of { $total } services
}
# What a saving was valued on.
own-costs = Own costs
assumed-costs = Assumed unit costs
own-and-assumed = Own costs and assumed unit costs

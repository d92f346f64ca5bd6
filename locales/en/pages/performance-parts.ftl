# Pieces the service performance pages share (src/components/performance.rs): the sample-data
# banner, the indicators with what they rest on, the trend charts with their text alternatives and
# data tables, the period field's help and the service form. { $period } is a period such as
# "April to June 2026 (Q1 2026/27)".

banner-title = Illustrative sample data
banner-before = These services and figures are made up, to show how the dashboard works. They are not any council’s real figures.{ " " }
banner-link = Replace them with your own
banner-after = { " " }when you are ready.
# Under an indicator: its change since the period before ({ $change } is such as "+4.2 points").
since = Since { $period }: { $change }
since-like-for-like = { $count ->
    [one] Since { $period }, like for like over { $count } service: { $change }
   *[other] Since { $period }, like for like over { $count } services: { $change }
}
since-not-known = Since { $period }: Not known
# { $top } is the number of services highlighted (20).
top-highlighted = The top { $top } services by transactions are highlighted.
none-marked = Services are ranked by transactions; with { $ranked } ranked, all are in the top { $top }, so none is marked.
satisfaction-caption = User satisfaction by channel, { $period }
# A table's name for screen readers.
scrolls = { $caption } (scrolls sideways)
channel = Channel
responses = Responses
satisfied = Satisfied
# The hint of a field where a period is typed: { $quarter } is such as "Q1 2026/27", { $months }
# such as "April to June 2026", { $year } such as "2026/27".
period-hint = A quarter of the financial year, such as { $quarter } for { $months }, a month, such as 2026-04, or a whole year, such as { $year }
period-message = Enter a quarter like { $quarter }, a month like 2026-04 or a year like { $year }
# What a figure for all services rests on.
none-gives = No service of { $count } with figures gives this
rests-on-all = { $count ->
    [one] Rests on all { $count } service with figures
   *[other] Rests on all { $count } services with figures
}
# { $share } is empty or the share-of-transactions message.
rests-on-part = { $total ->
    [one] Rests on { $counted } of { $total } services with figures{ $share } (the others lack a figure it needs)
   *[other] Rests on { $counted } of { $total } services with figures{ $share } (the others lack a figure it needs)
}
# The same in a table's cell of the board report.
basis-all = { $count ->
    [one] All { $count } service with figures
   *[other] All { $count } services with figures
}
basis-part = { $total ->
    [one] { $counted } of { $total } services with figures{ $share } (the others lack a figure it needs)
   *[other] { $counted } of { $total } services with figures{ $share } (the others lack a figure it needs)
}
share-of-transactions = , { $share } of transactions
# The charts: whose figures they show when they are every service's.
all-services = all services
# Part of the charts' file names for every service's figures.
all-services-slug = all-services
services-counted = Services counted
counted-of = { $counted } of { $total }
# The take-up chart's lines.
take-up-series = Digital take-up, { $who }
target-series = Target by the end of { $period }
target-note = { " " }A level line marks the target of { $share } by the end of { $period }.
all-channels = All channels
total-not-known = Not known (a count is blank)
# The periods a chart covers: "April to June 2025 (Q1 2025/26) to January to March 2026 (Q4 2025/26)".
span = { $first } to { $last }
take-up-heading = Digital take-up over time
# The take-up chart's text alternative; { $description } is the from-to, only-value or no-values
# message, and { $target } is empty or the target-note message.
take-up-chart = Line chart of digital take-up for { $who }, { $span }. { $description }{ $target } The table below gives every value.
take-up-file = almanac-take-up-{ $slug }.png
take-up-caption = Digital take-up for { $who }
cost-heading = Cost per transaction by channel
no-costs = No costs have been entered yet.
# { $channels } lists the channels' names, separated by commas.
cost-chart = Line chart of cost per transaction on each channel for { $who }, { $span }, one line for each of { $channels }. The table below gives every value.
cost-file = almanac-cost-per-transaction-{ $slug }.png
cost-caption = Cost per transaction by channel for { $who }
volume-heading = Transactions by channel
no-transactions = No transactions have been entered yet.
volume-chart = Stacked bar chart of transactions completed for { $who }, { $span }, with a layer for each of { $channels }. The table below gives every value.
volume-file = almanac-transactions-by-channel-{ $slug }.png
volume-caption = Transactions completed by channel for { $who }
# The first and last known values of a line: "From 58.0% in Q3 2025/26 to 70.0% in Q2 2026/27."
from-to = From { $first } in { $first-period } to { $last } in { $last-period }.
only-value = { $value } in { $period }.
no-values = No values are known yet.
period = Period
# The service form.
name-label = Service name
name-hint = What people call it, such as “Report a missed bin”.
description-label = Description (optional)
description-hint = A sentence on what the service does.
owner-label = Owner (optional)
owner-hint = The team or person responsible, such as “Waste services”.
category-label = Category (optional)
category-hint = A group to sort services by, such as “Environment”.

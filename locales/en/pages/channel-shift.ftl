# Channel shift in words and as a table (src/components/channel_shift.rs). { $period } and
# { $previous } are periods such as "April to June 2026 (Q1 2026/27)".

# Why a service's figures cannot be compared with the period before: a clause, after a service's
# name in brackets or, with a capital letter, as a sentence of its own.
no-figures-in = no figures in { $period }
# { $channels } is one or more channels' names, joined by "or".
no-channel-figures-in = no { $channels } figures in { $period }
take-up-unknown = take-up not known (a blank count, or no digital or no offline channel recorded)
# Between channels' names: "Phone or Post".
or = { " " }or{ " " }
# Between channels' names: "Phone and Post".
and = { " " }and{ " " }
# Added to like-for-like: ", 96.0% of transactions in April to June 2026 (Q1 2026/27)".
coverage-share = , { $share } of transactions in { $period }
# { $share } is empty or the coverage-share message.
like-for-like = { $total ->
    [one] Like for like: { $compared } of { $total } services with figures{ $share }.
   *[other] Like for like: { $compared } of { $total } services with figures{ $share }.
}
# { $named } lists services, each with why it is left out in brackets, separated by semicolons.
left-out = { " " }Left out, so neither counted as channel shift nor against it: { $named }.
# { $count } is a number written with commas, such as "1,200".
moved-to = about { $count } transactions moved to digital channels
moved-away = about { $count } transactions moved away from digital channels
# A saving below nothing.
extra-cost = an extra cost of { $amount }
per-year = , or about { $amount } a year at that rate
# { $saving } is an amount or the extra-cost message; { $per-year } is empty or the per-year message.
estimated-saving = Estimated saving in { $period }: { $saving }{ $per-year }.
valued-own = Valued on your own costs: { $offline } for an offline transaction in { $previous } and { $digital } for a digital one in { $period }.
valued-assumed = Valued on the assumed unit costs ({ $offline } for an offline transaction, { $digital } for a digital one), because your own costs are not complete for both periods.
valued-own-all = Valued on your own costs for every service counted.
valued-assumed-all = Valued on the assumed unit costs for every service counted, because no service’s own costs are complete for both periods.
valued-mixed = { $measured } of it is valued on your own costs; { $assumed } on the assumed unit costs, for services whose own costs are not complete for both periods. The table of channel shift by service says which.
# { $channels } is one or more channels' names, joined by "and".
no-assumed-cost = The saving cannot be estimated: the costs are not complete for both periods, and { $channels } has no assumed unit cost.
services-unvalued = No total saving is given, because it would leave out { $services }: their costs are not complete for both periods and a channel they use has no assumed unit cost.
shift-heading = Channel shift since { $period }
shift-not-known = Not known: no figures for the same channels in both periods, with every count filled in.
# { $change } is such as "+4.2 points"; { $moved } is the moved-to or moved-away message.
take-up-went = Digital take-up went from { $before } to { $now } ({ $change }): { $moved }.
check-costs = Check or change the assumed unit costs
# The table of channel shift by service.
assumed-costs-pair = Assumed costs ({ $offline } offline, { $digital } digital)
own-costs-pair = Own costs ({ $offline } offline, { $digital } digital)
own-costs = Own costs
not-known = Not known
no-assumed-cost-for = No assumed cost for { $channels }
table-caption = Channel shift by service, { $period } against { $previous }
# A table's name for screen readers.
scrolls = { $caption } (scrolls sideways)
service = Service
take-up-before = Take-up before
take-up-now = Take-up now
moved = Transactions moved
saving = Saving
valued-on = Valued on

# Typing in a service's figures (src/domain/performance/entry.rs): the fields' labels and what is
# wrong with what was typed. { $what } names the figure: "Online – transactions completed" on the
# form, a column's heading in a spreadsheet, or "the cost".

completed = Transactions completed
total-cost = Total cost (£)
unit-cost = Cost per transaction (£)
started = Transactions started
not-offered = Not offered in this period
too-many = { $what } is more than 1,000,000,000: check the figure
too-costly = { $what } is more than £10,000,000,000: check the figure
negative = { $what } cannot be negative
whole-number = { $what } must be a whole number
not-a-number = { $what } must be a number, like 1250
not-money = { $what } must be an amount in pounds, like 1250.50
marked-not-offered = { $channel } is marked not offered: clear its figures, or untick “not offered”
cost-both = { $channel }: give the total cost or the cost per transaction, not both
all-five = { $channel }: give all five satisfaction counts (0 where nobody chose that answer), or leave all five blank
all-three = { $channel }: give all three satisfaction counts (0 where nobody chose that answer), or leave all three blank
both-scales = { $channel }: give the survey responses on one scale, five-point or three-point, not both

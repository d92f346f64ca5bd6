# The action plan's own words (src/domain/plan.rs): how it is ranked and each item's status.

ranking-gap-times-weight = Gap × weight
ranking-value-for-effort = Value for effort
# The rule in words, shown beside the plan: the start, then one of the two rankings, then the end.
rule-common = Statements answered “Don’t know” come first: find out where you stand before acting. The gap is your target level minus your current level; where no target is set, the target is the top of the scale. The weight is the importance given to the statement’s area.
rule-gap-times-weight = The rest are ranked by gap × weight.
rule-value-for-effort = The rest are ranked by value for effort: gap × weight divided by the effort, counting small as 1, medium as 2 and large as 3 (an effort in days counts as small up to 5 days, medium up to 20, large beyond). Items with no effort given come after those with one, ranked by gap × weight.
rule-end = Ties go to the lower current level. Statements already at their target, and those not applicable, are left out. You can move items up and down: your order is kept until you choose a rule again.
status-not-started = Not started
status-in-progress = In progress
status-done = Done

# Targets for the service performance indicators, and the form that sets one (src/components/targets.rs).

# "Digital take-up of 80.0% by the end of March 2027 (2026/27)".
target-text = { $indicator } of { $value } by the end of { $period }
reached = Reached
not-yet-reached = Not yet reached
missed = Missed
not-known = Not known
remove = Remove
# Hidden text after "Remove", for screen readers: " the target: Digital take-up of 80.0% by …".
remove-which = { " " }the target: { $target }
region = Targets (scrolls sideways)
caption = Targets, with the figure in { $period }
target = Target
# A column's head: the figure in a period, such as "In Q1 2026/27".
figure-in = In { $period }
standing = Standing
action = Action
no-targets = No targets are set.
# The subject of the form's error messages: "The target for digital take-up must be …". { $indicator } is in lower case.
target-for = The target for { $indicator }
# { $what } is "the target for digital take-up" (in lower case).
enter-target = Enter { $what }
set-a-target = Set a target
error-title = There is a problem
indicator = Indicator
volume-hint = A number of transactions, such as 12000
cost-hint = An amount in pounds, such as 1.20; the target is reached by going at or below it
percentage-hint = A percentage, such as 80
by-the-end-of = To be reached by the end of
set-the-target = Set the target

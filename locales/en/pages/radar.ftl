# The words drawn on a radar chart of scores (the result page).

# The legend: the line through the current scores, and the dashed outline of the targets.
current = Current
target = Target
# Under an area's name when it has no score yet.
no-score = (no score)

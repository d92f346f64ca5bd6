# The words drawn on a gap chart (a bar from the current score to the target for each area).

# Written after a row whose target is already met.
no-gap = no gap

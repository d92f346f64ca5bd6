# The words drawn on a benchmark chart (a strip for each area: the benchmark's quartiles and
# median, and where this council's score sits).

# In the legend: the shaded band from the lower to the upper quartile of the councils' scores.
middle-half = Middle half of councils
# In the legend: the short upright line at the councils' median score.
median = Median
# In the legend: the diamond at this council's own score.
your-score = Your score
# Written in an area's strip, in place of the band, when the benchmark has no figure for it
# (too few councils, or the area is not compared).
no-figure = No benchmark figure

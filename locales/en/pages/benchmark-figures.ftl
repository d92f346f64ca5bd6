# One population's figures in a benchmark, as tables (src/components/benchmark_figures.rs): on the
# page that publishes a benchmark, before it is saved.

# In place of a figure that rests on too few people. { $threshold } is the fewest a figure may rest on.
fewer-than = Fewer than { $threshold }
# In place of a figure left out so that the councils not in a split cannot be worked out by subtraction.
protects-others = Withheld so a smaller group cannot be worked out
# The key of the summary row with how many assessments the figures combine.
respondents = Respondents
# The key of the summary row with the overall score's quartiles.
overall = Overall score
# The overall score's quartiles; { $answered } is how many respondents they rest on.
overall-value = { $answered ->
    [one] Median { $median }, lower quartile { $lower }, upper quartile { $upper }, from { $answered } respondent
   *[other] Median { $median }, lower quartile { $lower }, upper quartile { $upper }, from { $answered } respondents
}
# Before the tables. { $top } is the framework's highest level.
tables-note = Scores and levels are on the framework’s scale of 1 to { $top }. A score is each respondent’s average in the area. The last columns are how many chose each level.
# A table's column of how many chose one level: { $value } is its number, { $name } its name.
level-column = { $value }: { $name }
# The row of an area's score, above its statements.
area-score = Score for the area
# What a screen reader hears for the scrolling box around a table; { $caption } is the table's caption.
scrolls = { $caption } (scrolls sideways)
# The tables' column headings.
answered = Answered
lower-quartile = Lower quartile
median = Median
upper-quartile = Upper quartile

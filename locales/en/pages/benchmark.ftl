# Problems with a benchmark file, each shown after the path of the field at fault.
too-large = The file is larger than { $max } MB, far more than a benchmark needs. Check you chose a benchmark file from Almanac.
not-benchmark = This is not an Almanac benchmark file. A benchmark file is made on a group’s page with “Publish a benchmark”.
newer-format = The file was made by a newer version of Almanac. Use the latest Almanac to open it.
whole-number-from-1 = must be a whole number from 1
empty = must not be empty
too-long = must be { $max } characters or fewer
missing = is missing
threshold-too-low = must be at least { $min }: no figure may rest on fewer people
type-twice = names a kind of council that is already split out
figures-or-withheld = must have either figures or a reason they are withheld, not both
below-threshold = rests on fewer respondents than the benchmark’s threshold of { $threshold }
more-than-respondents = is more than the { $respondents } respondents the figures combine
missing-quartiles = must have a lower quartile, median and upper quartile
quartiles-out-of-range = has a quartile outside the framework’s scale
quartiles-out-of-order = must have the lower quartile at or below the median, and the median at or below the upper quartile
levels-do-not-add-up = has level counts that do not add up to the { $answered } who answered
levels-only-for-statements = has level counts, which only a statement can have
withheld-with-numbers = is withheld but has figures: a withheld figure must have none
id-twice = “{ $id }” appears more than once
# Publishing a benchmark from a group with too few people in it.
too-few-respondents = { $count ->
    [one] A benchmark needs at least { $threshold } respondents so that no council’s answers can be picked out. This group has { $count }.
   *[other] A benchmark needs at least { $threshold } respondents so that no council’s answers can be picked out. This group has { $count }.
}
# Where a council's score sits among the benchmark's councils, completing "Your score is …".
top-quarter = in the top quarter
above-median = above the median
around-median = around the median
below-median = below the median
lowest-quarter = in the lowest quarter

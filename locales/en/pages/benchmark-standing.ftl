# The result page's (and printed report's) section comparing the result with a benchmark.
heading = How you compare with other councils
# When no benchmark of the result's framework is open or provided.
none-yet = A benchmark shows where your council stands against others, from figures a partnership or coordinator publishes. None for this framework is open on this device.
# Link after none-yet.
open-one = Open a benchmark file
# Link under the comparison.
manage = See or remove benchmarks
# Label of the choice between several benchmarks of the framework.
choose-benchmark = Benchmark
# One benchmark in that choice. { $date } is when it was published.
benchmark-option = { $title }, { $date }
# Label of the choice of kind of council, when the benchmark is split by kind.
choose-kind = Compare with
# The first option of that choice.
all-councils = All councils in the benchmark
# What the benchmark is. { $count } is how many assessments it combines; { $threshold } the fewest
# any figure rests on.
about = { $count ->
    [one] { $title }: { $population }. Published { $date }. It combines { $count } assessment, and no figure rests on fewer than { $threshold }.
   *[other] { $title }: { $population }. Published { $date }. It combines { $count } assessments, and no figure rests on fewer than { $threshold }.
}
# When one kind of council is chosen. { $kinds } is like "District councils".
compared-with = Compared with { $kinds } only.
# When the benchmark was made with another version of the framework. { $count } is how many
# statements this result's version has, { $shared } how many of them the benchmark has too.
other-version = { $count ->
    [one] This benchmark was made with version { $theirs } of the framework and this result with version { $ours }. They are compared on the { $shared } of { $count } statement both versions have. Areas whose statements changed, and the overall score, are not compared.
   *[other] This benchmark was made with version { $theirs } of the framework and this result with version { $ours }. They are compared on the { $shared } of { $count } statements both versions have. Areas whose statements changed, and the overall score, are not compared.
}
# The overall score's position. { $position } is like "in the top quarter".
overall = Your overall score, { $score }, is { $position } of these councils. Their middle half scored from { $lower } to { $upper }, and their median is { $median }.
# Areas with no comparison. { $list } is made of not-compared-item joined by semicolons.
not-compared = Not compared: { $list }.
not-compared-item = { $area } ({ $reason })
# Why an area is not compared.
fewer-than = fewer than { $threshold } councils answered
protects-others = withheld so that a smaller group’s figures cannot be worked out
not-in-benchmark = not in the benchmark’s version of the framework
changed-between-versions = its statements changed between versions
no-score = you have no score for it
# The strip chart's text alternative. { $plural } is what the framework calls its areas.
chart-label = { $count ->
    [one] Chart of your score in { $count } { $plural } against the benchmark: the middle half of its councils as a band, their median as a line and your score as a diamond, on a scale of 1 to { $top }. The table below gives the figures.
   *[other] Chart of your score in each of { $count } { $plural } against the benchmark: the middle half of its councils as a band, their median as a line and your score as a diamond, on a scale of 1 to { $top }. The table below gives the figures.
}
# The chart's download name.
chart-file = almanac-{ $framework }-benchmark.png
# The table under the chart.
table-caption = Your scores against the benchmark
your-score = Your score
lower-quartile = Lower quartile
median = Median
upper-quartile = Upper quartile
councils = Councils
where-you-stand = Where you stand
# The name of the scrolling region round that table, for screen readers.
table-region = Your scores against the benchmark (scrolls sideways)

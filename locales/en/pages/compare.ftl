# Compare and combine: the hub, the trend across repeats of one framework, and two assessments
# side by side (src/pages/compare.rs); and, at the end, how a score or answer changed
# (src/domain/compare.rs).
# A { " " } keeps a space at the start or end of a text that sits beside another.

heading = Compare and combine
lead = See how scores have moved since last time, put two assessments side by side, or combine other people’s assessments to see where they agree and where they do not.
over-time-heading = Your assessments over time
no-results = There are no results saved on this device yet. Once you have taken an assessment more than once, its trend shows here.
# { $framework } is the framework's title.
trend-for = Trend for { $framework }
# After the link to a framework's trend: how many of its assessments there are.
assessment-count = { $count ->
    [one] { " " }({ $count } assessment)
   *[other] { " " }({ $count } assessments)
}

## Two assessments side by side: choosing them

side-by-side-heading = Two assessments side by side
side-by-side-body = See what went up, what went down and what stayed the same, for each area and each statement.
error-title = There is a problem
# Heard by screen reader users before the error message.
error-prefix = Error:{ " " }
choose-earlier = Choose the earlier assessment
choose-later = Choose the later assessment
choose-different = Choose two different assessments
choose-same-framework = Choose two assessments of the same framework
earlier-assessment = Earlier assessment
later-assessment = Later assessment
choose-assessment = Choose an assessment
# An assessment as the lists and the comparison name it: its title, then its date ("23 November 2026").
title-and-date = { $title }, { $date }
compare-button = Compare these two

## Groups of other people's assessments

combine-heading = Combine other people’s assessments
combine-body = Gather colleagues’ or partners’ result files into a group to see the spread of answers and where people disagree. Groups are kept apart from your own results.
# After the link to a group: how many people's assessments are in it.
respondent-count = { $count ->
    [one] { " " }({ $count } respondent)
   *[other] { " " }({ $count } respondents)
}
group-name-missing = Enter a name for the group
group-name-too-long = Name must be { $max } characters or fewer
group-name-label = Name of a new group
group-name-hint = For example, “Digital leads workshop, November 2026” or “Districts 2026”.
create-group = Create group

## Benchmarks

# The heading, words and link at the end of the page, leading to the benchmarks page.
benchmarks-heading = Benchmarks
benchmarks-body = A benchmark shows where your council stands against others, from counts and quartiles that a partnership’s coordinator publishes from a group.
benchmarks-link = Open and manage benchmarks

## The trend of one framework

back = Back to compare and combine
# { $title } is an assessment's title, { $date } its date.
other-version = { $title } ({ $date }) was made with version { $version }
# The chart's text alternative. { $max } is the top of the scale.
chart-label = Line chart of the overall score at each of the { $count } assessments, oldest first, on a scale of 0 to { $max }. The same figures are in the table that follows.
# The same, when one area is also drawn: { $area } is its title.
chart-label-area = Line chart of the overall score and the score for { $area } at each of the { $count } assessments, oldest first, on a scale of 0 to { $max }. The same figures are in the table that follows.
# The name of the chart's picture when downloaded; { $framework } is the framework's id.
chart-file = almanac-trend-{ $framework }.png
only-one = There is only one assessment of this framework on this device. Take it again (from Saved results, choose “Repeat this assessment”) to see a trend.
# { $first } and { $last } are dates.
trend-summary = { $count } assessments, from { $first } to { $last }. Scores are out of { $top }.
versions-note = Scores are worked out on version { $version } of the framework. Assessments made with another version count only on the statements the versions share:
# { $noun } is the framework's name for an area, such as "outcome".
also-show = Also show one { $noun } on the chart
overall-only = Overall score only
trend-caption = Overall and { $noun } scores at each assessment, out of { $top }
overall = Overall

## Two assessments side by side

earlier = Earlier
later = Later
overall-score = Overall score
# The overall score of the earlier assessment, then the later's.
score-then = { $before } then { $after }
# The three make one sentence: "{ $up }, { $down } and { $same }."
statements-up = { $count ->
    [one] { $count } statement went up
   *[other] { $count } statements went up
}
statements-down = { $count ->
    [one] { $count } statement went down
   *[other] { $count } statements went down
}
statements-same = { $count ->
    [one] { $count } statement stayed the same
   *[other] { $count } statements stayed the same
}
tally = { $up }, { $down } and { $same }.
# { $dont-know } and { $not-applicable } are the framework's own words for "Don't know" and "Not applicable".
not-comparable = { $count ->
    [one] { $count } statement cannot be compared, because one or both answers are blank, “{ $dont-know }” or “{ $not-applicable }”.
   *[other] { $count } statements cannot be compared, because one or both answers are blank, “{ $dont-know }” or “{ $not-applicable }”.
}
versions-compared = Both are compared on version { $version } of the framework, on the statements their versions share.
not-answered = Not answered
not-in-plan = Not in the plan
area-caption = Score for each { $noun }, out of { $top }
change = Change
statements-caption = Each statement’s answer, and the status the earlier assessment’s action plan gave it
plan-delivered = Plan delivered
# After a statement: the area it is in.
in-area = ({ $area })

## How a score or an answer changed, in a tag (src/domain/compare.rs). { $amount } is a number, such as 1.5.

up = Up { $amount }
down = Down { $amount }
same = Same
cannot-compare = Cannot compare

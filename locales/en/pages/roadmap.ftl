# The roadmap's chart, table and phases, on the roadmap page and in the printed report (src/components/roadmap.rs).

# The table's column heads: today, the end of each phase, and at target; "Today" is also the chart's first point
# (not "Now", which is the name of a phase).
now = Today
end-of = End of { $phase }
every-item-at-target = Every item at its target
# The chart's last point.
target = Target
# The chart's text alternative: { $count } phases, scores from 0 to { $max }.
chart-label = { $count ->
   *[other] Line chart of the overall score now, at the end of each of the { $count } phases and with every item at its target, on a scale of 0 to { $max }. The same figures are in the table that follows.
}
# The same, with one area's score too: { $area } is the area's title.
chart-label-area = { $count ->
   *[other] Line chart of the overall score and the score for { $area } now, at the end of each of the { $count } phases and with every item at its target, on a scale of 0 to { $max }. The same figures are in the table that follows.
}
# The chart's picture file: { $framework } is the framework's id.
chart-file = almanac-roadmap-{ $framework }.png
# { $noun } is the framework's name for one area, such as "outcome".
also-show = Also show one { $noun }
overall-only = Overall score only
caption = Projected scores out of { $top }: overall and for each { $noun }, if every item reaches its level
# The table's region, for screen readers: { $caption } is the caption above.
region = { $caption } (scrolls sideways)
overall = Overall
not-in-phase-heading = Not in a phase yet
not-in-phase = Give these items a phase on the action plan to include them in the projection.
# { $date } is the quarter's last day, such as "30 June 2027".
ends = Ends { $date }
effort = Effort
score-at-end = Overall score at the end
out-of = { $score } out of { $top }
# { $from } and { $to } are levels with their names: "2 (Developing)".
from-to = From { $from } to { $to }
# { $answer } is the framework's words for "Don't know".
find-out = Find out: the answer was “{ $answer }”
owner = Owner: { $owner }
# { $effort } is an effort in lower case, such as "small" or "12 days".
item-effort = Effort: { $effort }
due = Due { $date }

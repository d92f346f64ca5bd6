# On a re-assessment's action plan: what became of each item of the earlier plan (src/components/plan_delivered.rs).

# { $title } is the earlier assessment's title, { $date } its day; { $count } items, { $done } of them marked done, { $moved } whose answer moved up.
summary = { $count ->
    [one] The plan of your earlier assessment, “{ $title }” ({ $date }), had { $count } item: { $done } marked done, and { $moved } whose answer has moved up since.
   *[other] The plan of your earlier assessment, “{ $title }” ({ $date }), had { $count } items: { $done } marked done, and { $moved } whose answer has moved up since.
}
not-answered = Not answered
heading = What became of the last plan
region = The last plan’s items (scrolls sideways)
caption = Each item of the last plan: how it was marked, and its answer then and now
marked-as = Marked as
answer-then = Answer then
answer-now = Answer now
moved = Moved

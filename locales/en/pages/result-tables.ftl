# The data tables that go with the result's charts, and the printed report's tables (src/components/result_tables.rs).

not-answered = Not answered
# How many statements of an area are answered: "3 of 5".
answered-of = { $answered } of { $total }
not-set = Not set
# { $noun } is the framework's name for one area, such as "outcome".
scores-caption = Score for each { $noun }, out of { $top }
score = Score
target = Target
your-answer = Your answer
answered = Answered
gaps-caption = Gap between score and target, largest first
gap = Gap
# The heat map's columns after the levels: "Don't know", "Not applicable" and not answered.
dont-know-short = DK
not-applicable-short = N/A
none-short = None
levels-region = Statements at each level (scrolls sideways)
# { $levels } lists each level: "1 = Starting, 2 = Developing".
levels-caption = Number of statements at each level, by { $noun }. Levels: { $levels }.
nothing-in-plan = There is nothing in the action plan.
find-out = Find out
# { $effort } is an effort in lower case, such as "small" or "12 days".
effort = effort { $effort }
find-out-then-answer = Find out where your council stands, then answer again.
# { $ranking } is how the plan is ranked, in lower case: "gap × weight" or "value for effort".
plan-caption = Action plan, ranked by { $ranking }
plan-region = Action plan (scrolls sideways)
rank = Rank
statement = Statement
action = Action
next-step = Next step
decided = Status, owner, due, phase, effort
answer = Answer
confidence = Confidence
evidence = Evidence

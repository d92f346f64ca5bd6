# The spreadsheets (CSV) of a result's answers and of its action plan: column headings, then
# the words in their cells.

area = Area
statement-id = Statement ID
statement = Statement
answer = Answer
level = Level
target-level = Target level
confidence = Confidence
evidence = Evidence
rank = Rank
action = Action
current-level = Current level
level-to-reach = Level to reach
priority = Priority
next-step = Next step
phase = Phase
effort = Effort
status = Status
owner = Owner
due = Due

not-answered = Not answered
# An action: find out the answer to a "Don't know" first.
find-out = Find out
improve = Improve
# The priority of finding out: before every improvement.
first = First

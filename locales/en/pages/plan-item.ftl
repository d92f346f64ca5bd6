# One item of the action plan, with the person's decisions about it (src/components/plan_item.rs).

# { $answer } is the framework's words for "Don't know".
find-out = Find out: the answer was “{ $answer }”
# { $from } and { $to } are levels with their names: "2 (Developing)".
improve = Improve from { $from } to { $to }
find-out-how = Find out where your council stands on this: ask the service, look for data or documents, then answer the statement again.
status = Status
owner = Owner
# Progress on the item, in the owner's words.
note = Note
due-date = Due date
error-prefix = Error:{ " " }
enter-real-date = Enter a real date
move-up = Move up
move-down = Move down
phase = Phase
not-planned = Not planned yet
effort = Effort
not-given = Not given
number-of-days = A number of days
days-of-work = Days of work
enter-days = Enter a whole number of days from 1 to { $most }
reach = Level to reach in this phase

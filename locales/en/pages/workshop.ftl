# A group's workshop pack: every statement, the widest disagreement first, and the level the room
# agreed for each (src/pages/workshop.rs); and, at the end, how the room's answers were spread
# and the agreed assessment's title (src/domain/workshop.rs).

back = Back to the group
caption = Workshop pack
no-members = This group has no assessment files yet. Add some on the group’s page, then come back to prepare the pack.
no-framework = The framework these assessments were made with is no longer on this device. Import it again on the Frameworks page to prepare the pack.
# How many people's answers the pack holds; goes into "lead".
people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
# The order of the pack, when no statement's answers are far apart; goes into "lead".
order-none = no statement has answers two or more levels apart
# The order of the pack otherwise; goes into "lead".
order = { $count ->
    [one] first the statement whose answers are two or more levels apart
   *[other] first the { $count } statements whose answers are two or more levels apart, the widest spread first
}
# { $framework } is the framework's title.
lead = The answers of { $people } to “{ $framework }”, version { $version }: { $order }, then the rest in the framework’s order.
# On paper only. { $date } is today's date.
produced = Produced { $date } with Almanac.
print-intro = Print the pack for the people in the room: each statement has a line to write the agreed level on. Record what the room agrees here, during the workshop or after it; it is saved with the group on this device as you go. No one’s name or file is in the pack.
print-button = Print the pack

## Decisions so far

decisions-heading = Decisions so far
decided = { $total ->
    [one] { $decided } of { $total } statements decided.
   *[other] { $decided } of { $total } statements decided.
}
accepted = { $count ->
    [one] { $count } statement everyone agreed on was recorded as agreed.
   *[other] { $count } statements everyone agreed on were recorded as agreed.
}
not-decided-list = Not decided yet:
accept-intro = Where every respondent gave the same answer, you can record it as agreed without discussing it. You can still change any of them.
accept-button = { $count ->
    [one] Accept the { $count } statement everyone agreed on
   *[other] Accept the { $count } statements everyone agreed on
}

## One statement

not-answered = Not answered
# { $labels } are the roles or teams, separated by commas.
answered-by = Roles or teams that answered: { $labels }.
far-apart = Answers two or more levels apart
# { $spread } is how the answers were spread, such as "5 people: two said 2, three said 3".
spread = { $spread }.
levels-region = How many chose each level, statement { $number } (scrolls sideways)
levels-caption = How many chose each level, statement { $number }
level = Level
name = Name
looks-like = What it looks like
people-heading = People
discuss-heading = To discuss
discuss-evidence = What evidence would settle this?
discuss-move-up = What would it take to move up one level?
not-decided = Not decided yet
# Between the levels and the two answers that are not levels.
or = or
# On paper: what the room agreed, or a line to write it on.
agreed-level = Agreed level:{ " " }
evidence-notes = Evidence and notes:{ " " }
agreed-legend = Agreed level for statement { $number }
note-label = Note from the workshop for statement { $number } (optional)
note-hint = What settled it, or what to find out. Saved when you leave the box.

## The agreed assessment

make-heading = Make the agreed assessment
error-title = There is a problem
none-agreed = Record the agreed level of at least one statement first
make-body = This makes a new assessment of the council from the levels agreed here: it has its own results, action plan and roadmap. The spread of views and your notes go into each statement’s evidence; no one’s name does.
all-decided = Every statement is decided, so the assessment will be complete.
open = { $count ->
    [one] { $count } statement is not decided yet. The assessment will be left in progress, for you to finish like any other.
   *[other] { $count } statements are not decided yet. The assessment will be left in progress, for you to finish like any other.
}
make-button = Make the agreed assessment

## How the room's answers were spread (src/domain/workshop.rs), such as
## "5 people: two said 2, three said 3, one didn't know". It is also kept in the agreed
## assessment's evidence, in the language of the page it was made on.

# One to nine in words, for how many people gave an answer; 10 and more are in figures.
one = one
two = two
three = three
four = four
five = five
six = six
seven = seven
eight = eight
nine = nine
# { $people } is a number ("two", "12"); { $level } is a level's number.
said-level = { $people } said { $level }
didnt-know = { $people } didn't know
said-not-applicable = { $people } said not applicable
did-not-answer = { $people } did not answer
# { $parts } are the answers above, separated by commas.
spread-of-views = { $count ->
    [one] { $count } person: { $parts }
   *[other] { $count } people: { $parts }
}
# The agreed assessment's title; { $group } is the group's name.
agreed-title = Agreed view: { $group }

# Combining other people's assessments in a group (src/domain/combine): what is wrong with a file
# offered to a group, or with a group in a backup; and the combined view as a spreadsheet.
# A problem follows the name of the file ("anne.json: has no answers yet") or the place in the
# group at fault ("members[2].label: is longer than 60 characters"), so it starts in lower case.

## Problems

# { $format } is the kind of file Almanac expects, "almanac.group".
must-be-format = must be "{ $format }"
whole-number = must be a whole number from 1
newer-version = the group was made by a newer version of Almanac
not-share-link = this is not an Almanac share link: it should contain “#/shared/”
no-answers = has no answers yet
# { $source } is the name of the file offered first.
same-assessment = is the same assessment as { $source }, so it is left out
# { $framework } and { $group } are the titles of two frameworks.
other-framework = is an assessment of “{ $framework }”, but this group combines “{ $group }”: put it in a group of its own
empty = must not be empty
too-long = is longer than { $max } characters
# { $assessment } is the id of an assessment.
twice = "{ $assessment }" is in the group twice
agreed-without-respondents = has agreed levels, but the group has no respondents

## The combined view's spreadsheet (CSV): its column headings, and what each row is

row = Row
area = Area
statement-id = Statement ID
statement = Statement
respondents = Respondents
median = Median
lowest = Lowest
highest = Highest
range = Range
# A column for each level: its number and name.
level = Level { $value } ({ $name })
not-answered = Not answered
# A row of an area's figures, before the rows of its statements (each "Statement").
area-score = Area score

# A group of other people's assessments: adding their files and the combined view of their
# answers (src/pages/group.rs). Who is in the group is in respondents.ftl.
# A { " " } keeps a space at the start or end of a text that sits beside another.

back = Back to compare and combine
caption = Combined assessments
workshop-link = Prepare a workshop pack
workshop-after = , to agree one view with the people in the room
# Under the group's name, a link to publish a benchmark from it, and the words after the link.
benchmark-link = Publish a benchmark
benchmark-after = , so that each council can see where it stands against the others
add-more-heading = Add more assessment files
add-heading = Add assessment files
how-to-add = Ask each person to download their result from Almanac and send you the file. Only the levels they chose are kept in the group: their evidence notes and action plans stay in their files. Nothing is added until you have checked what will be added.
upload-label = Upload assessment files
upload-hint = Choose as many .json result files as you like at once, or drag them here.
links-label = Or paste share links
links-hint = One link a line. A share link holds the result itself.
add-links = Add share links
# Where a respondent came from, when they came as a pasted link rather than a file.
share-link = Share link { $number }
# Named in the list of problems when the box of share links is empty.
share-links = Share links
no-links = paste at least one share link, one a line
delete-heading = Delete this group
delete-body = Deleting the group removes the combined answers from this device. The files people sent you are not affected.
delete-button = Delete this group
delete-question = Delete this group from this device?
delete-yes = Yes, delete the group
cancel = Cancel
delete-warning = { $count ->
    [one] The combined answers of { $count } respondent will be deleted. This cannot be undone.
   *[other] The combined answers of { $count } respondents will be deleted. This cannot be undone.
}

## Adding files

reading = Reading files: { $done } of { $total }
added = { $count ->
    [one] { $count } assessment was added to the group.
   *[other] { $count } assessments were added to the group.
}
# Follows "added".
replaced = { $count ->
    [one] { " " }{ $count } already in the group was replaced.
   *[other] { " " }{ $count } already in the group were replaced.
}
# A file that cannot be added: its name, then what is wrong with it.
refused = { $source }: { $problems }
# The first three problems of a file, then how many more there are.
more-problems = { $count ->
    [one] { $problems } (and { $count } more problems)
   *[other] { $problems } (and { $count } more problems)
}
will-add = { $count ->
    [one] { $count } new assessment will be added.
   *[other] { $count } new assessments will be added.
}
# { $sources } are the names of the files, separated by commas.
will-replace = { $count ->
    [one] { $count } is already in this group and will replace the copy there: { $sources }.
   *[other] { $count } are already in this group and will replace the copy there: { $sources }.
}
left-out = { $count ->
    [one] The file listed above will be left out.
   *[other] The { $count } files listed above will be left out.
}
add-question = Add these assessments to the group?
add-yes = Yes, add them
nothing-added = Nothing has been added. Fix the files and choose them again.
cannot-add = { $count ->
    [one] { $count } file cannot be added
   *[other] { $count } files cannot be added
}

## The combined view

no-framework = The framework these assessments were made with is no longer on this device. Import it again on the Frameworks page to see the combined view.
show-answers-of = Show the answers of
everyone = Everyone
# Names of downloaded files; { $framework } is the framework's id.
csv-file = almanac-{ $framework }-combined.csv
json-file = almanac-{ $framework }-combined.json
radar-file = almanac-{ $framework }-combined-radar.png
levels-file = almanac-{ $framework }-combined-levels.png
download-csv = Download the combined view (CSV)
download-json = Download the combined view (JSON)
print = Print or save as PDF
respondents = { $count ->
    [one] { $count } respondent
   *[other] { $count } respondents
}
# After "respondents", when only those with one role or team are shown: before and after the label.
labelled-before = { " " }labelled “
labelled-after = ”
# { $median }, { $min } and { $max } are scores; { $top } is the top of the scale.
overall-median = Median overall score { $median } out of { $top }, from { $min } to { $max }.
no-overall = No respondent has an overall score yet.
# A group of files made with another version of the framework than the one shown. { $sources } are their names.
version-uses = { $count ->
    [one] { $count } file uses version { $version } rather than { $current }: { $sources }.
   *[other] { $count } files use version { $version } rather than { $current }: { $sources }.
}
# Follows "version-uses". { $statements } are statement ids, separated by commas.
version-missing = { " " }Version { $version } does not have these statements, so those files are not counted on them: { $statements }.
# Follows "version-uses".
version-ignored = { $count ->
    [one] { " " }{ $count } answer to statements that version { $current } does not have is left out.
   *[other] { " " }{ $count } answers to statements that version { $current } does not have are left out.
}
# The chart's text alternative. { $nouns } is the framework's name for its areas, such as "outcomes".
radar-label = Chart of the median score for each of the { $count } { $nouns }, with a shaded band from the lowest to the highest respondent’s score, on a scale of 1 to { $top }. The same figures are in the table that follows.
# DK, N/A and None are the heat map's last three columns.
heat-note = Each row is a statement, numbered as in its { $noun }’s table below; each number is how many respondents chose that level. DK: “{ $dont-know }”. N/A: “{ $not-applicable }”. None: not answered, or not in their version of the framework.
combined-heading = Combined answers
framework = Framework
framework-version = { $title }, version { $version }
respondents-key = Respondents
overall = Overall
produced = Produced
# { $date } is today's date.
produced-with = { $date } with Almanac
method = For each statement, the median is the middle answer when they are put in order; the range is the highest answer minus the lowest. “{ $dont-know }” and “{ $not-applicable }” are counted but left out of these figures. An { $noun }’s figures are over each respondent’s score for it, the average of their answers in it.
versions-differ = Not every file uses the same version of the framework. All are compared on version { $version }, on the statements the versions share.
disagree-heading = Where people disagree most
median-range-heading = Median and range for each { $noun }
area-caption = Respondents’ scores for each { $noun }, out of { $top }
levels-heading = How many chose each level
levels-label = Heat map of how many respondents chose each level for each statement. The same counts are in the tables that follow.
every-statement = Every statement

## Where people disagree

no-disagreement = No statement has answers two or more levels apart: people broadly agree.
disagreements = { $count ->
    [one] { $count } statement has answers two or more levels apart.
   *[other] { $count } statements have answers two or more levels apart.
}
# When there are more than { $shown }: the rest are folded away.
disagreements-first = { $count ->
    [one] { $count } statement has answers two or more levels apart; the { $shown } with the widest spread come first.
   *[other] { $count } statements have answers two or more levels apart; the { $shown } with the widest spread come first.
}
# Follows "disagreements".
start-with-these = { " " }Start the conversation with these: people see the same thing differently, or know different things about it.
show-other-disagreements = { $count ->
    [one] Show the other { $count } statements people disagree about
   *[other] Show the other { $count } statements people disagree about
}
more-caption = More statements people disagree about, widest range first
# After a statement: the area it is in.
in-area = ({ $area })
disagreements-caption = Statements with the widest range of answers first, on a scale of 1 to { $top }
lowest = Lowest
highest = Highest
range = Range
median = Median
answers = Answers
disagreement = Disagreement
# Column headings for "Don't know" and "Not applicable", each with its full words as a tooltip.
dont-know-short = DK
not-applicable-short = N/A

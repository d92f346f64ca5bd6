# Publishing a benchmark from a group (src/pages/publish_benchmark.rs), at #/group/<id>/benchmark.

# The page's heading.
heading = Publish a benchmark
# The back link at the top of the page.
back = Back to the group
# Under the heading.
intro = A benchmark lets any council see where it stands against the councils in this group. The file holds only counts and quartiles: nobody’s answers, names, file names or notes are in it.
# A link back to the group, when it has too few respondents for a benchmark.
add-more = Add more assessment files to the group
# Instead of the form, when the group's framework is not on this device.
no-framework = The framework these assessments use is not on this device, so no benchmark can be made from them. Import the framework on the frameworks page first.
# The title of the error summary above the form.
error-title = There is a problem
# Heard by screen reader users before an error message under a field.
error-prefix = Error:{ " " }

## The form

title-label = Title
title-hint = For example, “Digital maturity of North West councils, 2026”.
# Errors for the title; { $max } is the most characters it may have.
title-missing = Enter a title for the benchmark
title-too-long = Title must be { $max } characters or fewer
population-label = Who the figures describe
population-hint = For example, “14 councils in the North West, assessed in autumn 2026”. Everyone who opens the file sees this.
# Errors for who the figures describe; { $max } is the most characters it may have.
population-missing = Enter who the figures describe
population-too-long = Who the figures describe must be { $max } characters or fewer
date-label = Date published
date-hint = Everyone who opens the file sees this date. It is usually today.
# Errors for the date.
date-missing = Enter the date the benchmark is published
date-invalid = Date published must be a real date, like 1 12 2026
threshold-label = Fewest people a figure may rest on
# { $min } is the lowest the threshold may be (5).
threshold-hint = A figure that fewer people answered is left out of the file and marked “fewer than” this number, so that no council’s answers can be picked out. It cannot be less than { $min }.
# Errors for the threshold; { $min } is the lowest it may be (5).
threshold-missing = Enter the fewest people a figure may rest on, { $min } or more
threshold-not-number = Fewest people a figure may rest on must be a whole number, like { $min }
threshold-too-low = Fewest people a figure may rest on must be { $min } or more, so that no council’s answers can be picked out
# The checkbox, shown when at least one respondent said what kind of council they are.
split-label = Add figures for each kind of council
# The checkbox's hint, when every respondent said what kind of council they are.
split-hint = Each kind of council gets its own figures, under the same rule. A kind with too few respondents is left out.
# The checkbox's hint, when { $count } respondents did not say.
split-hint-missing = { $count ->
    [one] Each kind of council gets its own figures, under the same rule. A kind with too few respondents is left out. { $count } respondent has not said what kind of council it is, so it counts only in the figures for all respondents.
   *[other] Each kind of council gets its own figures, under the same rule. A kind with too few respondents is left out. { $count } respondents have not said what kind of council they are, so they count only in the figures for all respondents.
}
# The form's button.
preview-button = Preview the benchmark
# In place of the preview, once the form has changed since it was made.
changed = You have changed the form since the preview. Preview the benchmark again to see what the file will contain.

## The preview

preview-heading = What the file will contain
preview-intro = This is everything in the file. Nobody’s answers, names, file names or notes are in it.
# The heading above the figures for every respondent.
everyone-heading = All respondents
# The heading above the kinds of council whose figures are not in the file.
left-out-heading = Kinds of council left out
# A kind of council left out: { $kind } is its name, such as "District councils"; { $threshold } the fewest a figure may rest on.
split-too-few = { $kind }: fewer than { $threshold } respondents
split-protects-others = { $kind }: withheld so a smaller group cannot be worked out
# The folded part that shows the file's text.
show-file = Show the file itself
# What a screen reader hears for the box holding the file's text, which scrolls.
file-region = The benchmark file
# Before the buttons that save the file.
send-hint = Send the file to the councils it describes, or to whoever hosts Almanac for your partnership. Anyone who opens it sees where their own result stands.
download = Download the benchmark file
keep = Also use it on this device
# After keeping the benchmark on this device, with a link to the benchmarks page.
kept = The benchmark is kept on this device.
kept-link = See your benchmarks

# The Excel workbook of an assessment (src/office/assessment_workbook.rs): its sheets' names
# (at most 31 characters, none of [ ] : * ? / \), their column headings and the About sheet.
# Headings shared with the CSV exports are in spreadsheet.ftl.

sheet-summary = Summary
sheet-answers = Answers
sheet-plan = Action plan
sheet-over-time = Over time
sheet-about = About

overall = Overall
score = Score
target = Target
gap = Gap
answered = Answered
statements = Statements
# The share of an area's statements answered, as a percentage.
answered-share = Answered (%)
# What the level chosen means, in the framework's words.
descriptor = What this level means
guidance = Guidance
note = Note
date = Date
assessment = Assessment
version = Framework version

# The About sheet: a label and its value on each row.
about-heading = About this workbook
framework = Framework
organisation = Organisation
made-on = Made on
# How owners update the plan and bring it back; { $columns } are the columns they fill in.
how-to-update = Owners can fill in { $columns } on the “{ $sheet }” sheet. Bring their updates in from the action plan page in Almanac: “Update the plan from a workbook”. Nothing else in this workbook is read back.
scores-explained = Scores are the mean level of the statements answered in each area, from 1 to 5; “Don’t know” and “Not applicable” are not counted. The gap is the target minus the score.
# The file's name; { $date } is the day it was made.
file-name = almanac-{ $framework }-{ $date }.xlsx

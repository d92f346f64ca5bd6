# The report for senior management, laid out to print on A4 (src/pages/report.rs).

# { $date } is a day, such as "1 December 2026".
completed-on = Completed on { $date }
in-progress = In progress: not yet marked as complete
overall = Overall score: { $score } out of { $top }.
no-overall = There is no overall score yet.
back = Back to the results
print-note = This page is laid out to print on A4. To make a PDF, print it and choose “Save as PDF” as the printer.
print = Print or save as PDF
kind = Digital maturity self-assessment
framework = Framework
framework-version = { $title }, version { $version }
status = Status
source = Source
produced = Report produced
# After the day the report was produced: "1 December 2026 with Almanac".
with-almanac = { " " }with Almanac
summary = Summary
# { $areas } lists the areas whose weights were changed.
own-weights = The weights are this assessment’s own, set in place of the framework’s for: { $areas }.
action-plan = Action plan
roadmap = Roadmap
roadmap-intro = The action plan in phases, with the scores each phase should reach if every item in it, and in the phases before it, reaches its level.
all-answers = All answers

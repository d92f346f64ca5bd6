# The action plan page (src/pages/action_plan.rs).

back = Back to the results
heading = Action plan
lead = What to work on first, with the framework’s advice for reaching the next level. Set a status, an owner, a due date, a phase, an effort and the level to reach for each item: they are saved with the assessment, and the roadmap lays the phases out.
how-ranked = How the plan is ranked
see-roadmap = See the roadmap
download-plan = Download the plan (CSV)
printable-report = Printable report
# The word in the plan's CSV file's name: almanac-digitalisation-outcomes-action-plan-2026-12-01.csv
plan-file = action-plan
nothing-in-plan = There is nothing in the plan: every answered statement is at its target, or not applicable. Answer more statements, or set higher targets.
help-heading = Challenges and good practice
# { $names } is the framework's name for its areas, such as "outcomes".
help-intro = For each of the { $names } in the plan: problems councils commonly meet, what helps, and good practice.

# A full assessment's task list: each area with its status, and the way to check and finish (src/pages/overview.rs).

completed = Completed
in-progress = In progress
not-started = Not started
statements = { $count ->
    [one] { $count } statement
   *[other] { $count } statements
}
back = All saved assessments
# The framework's title and version: "Digitalisation outcomes · version 2.0.0".
framework-version = { $title } · version { $version }
carried-levels = { $count ->
    [one] { $count } level was carried over from an earlier assessment and waits for you to confirm it. It is marked on its statement.
   *[other] { $count } levels were carried over from an earlier assessment and wait for you to confirm them. Each is marked on its statement.
}
change-details = Change the assessment details
# { $date } is a date and time, such as "3 March 2026 at 14:05".
completed-on = Completed on { $date }
reopen-first = To change an answer, reopen the assessment first.
view-results = View results
reopen = Reopen the assessment
# { $areas } is the framework's name for its areas, such as "outcomes".
progress = You have completed { $completed } of { $total } { $areas }
check-heading = Check and finish
check-body = Check your answers before you mark the assessment as complete. You can see the results at any time.
check-answers = Check your answers
results-so-far = See results so far
# A re-assessment started on a new version of its framework.
carried-title = Started on version { $version } from your version { $from } answers
carried-answers = { $count ->
    [one] { $count } answer carried over. Check each one still fits: some statements are worded differently in this version.
   *[other] { $count } answers carried over. Check each one still fits: some statements are worded differently in this version.
}
not-carried = { $count ->
    [one] { $count } answer could not be carried over. Your earlier assessment keeps them:
   *[other] { $count } answers could not be carried over. Your earlier assessment keeps them:
}

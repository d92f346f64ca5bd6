# The roadmap page (src/pages/roadmap.rs): the action plan in phases.

# { $phase } is the last phase, such as "Q4 2027/28" or "Later".
summary = Your overall score is { $now } out of { $top } now. If every item reaches its level, it will be { $projected } at the end of { $phase }, and { $target } with every item at its target.
back = Back to the action plan
heading = Roadmap
lead = The action plan in phases: what each phase should do, and where it should leave your scores. Each item counts at the level it should reach in its phase; items to find out about change no score until they are answered.
no-phases = No item has a phase yet. Give items a phase, an effort and the level to reach on the action plan, and the roadmap fills in here.
go-to-plan = Go to the action plan
scores-heading = Scores by phase
phases-heading = Phases
change-phases = Change phases on the action plan
printable-report = Printable report

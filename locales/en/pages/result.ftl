# The result page (src/pages/result.rs): scores, charts, next steps, sharing and keeping the result.

kept-in-browser = Your result is saved in this browser only. Download it to keep a copy or to send it to someone.
not-kept = This browser is not letting Almanac save your result. Download it now to keep it.
# Followed by the link "Continue answering".
not-complete = { $total ->
   *[other] You have answered { $answered } of { $total } questions, so this result is not complete yet.{ " " }
}
continue-answering = Continue answering
# A link, then the rest of its sentence.
full-plan-link = See the full action plan
full-plan-after = , ranked by priority, with the framework’s advice, and common challenges and good practice for each area.
roadmap-link = Plan the work in phases
roadmap-after = { " " }on the roadmap, with the scores each phase should reach.
downloads-heading = Reports and downloads
printable-report = Printable report
download-answers = Download answers (CSV)
# The word in the answers' CSV file's name: almanac-quick-check-answers-2026-12-01.csv
answers-file = answers
keep-heading = Keep your result
download-result = Download your result
change-answers = Change your answers
delete-result = Delete this result
delete-question = Delete this result from this device?
delete-yes = Yes, delete it
delete-no = Cancel
delete-warning = This cannot be undone. Download it first if you may want it again.
# { $title } is the assessment's title, such as "Quick check".
title = { $title } result
overall-score = Overall score
out-of = { $score } out of { $top }
closest-level = Closest level: { $level }
no-overall-score = There is no overall score yet, because no question has been answered with a level.
how-scored = How the score is worked out
next-heading = What to work on next
next-steps-offline = Your next steps are not on this device yet. They will appear here as soon as it is back online.
no-next-step = There is no next step to suggest: answer at least one question with a level below the top of the scale.
# { $level } is a number, { $name } its name.
you-answered = You answered: { $level } ({ $name })
common-challenge = A common challenge:{ " " }
what-helps = What helps:{ " " }
example = Example:{ " " }
illustration = Illustration:{ " " }
good-practice = Good practice:{ " " }
# { $date } is a day, such as "1 December 2026".
agreed-in-workshop = { $count ->
    [one] Agreed in a workshop on { $date } by { $count } person.
   *[other] Agreed in a workshop on { $date } by { $count } people.
}
share-heading = Share your result
share-body = The link holds the result itself, so anyone with it can see it. It is never sent to Almanac or any server, and opening it saves nothing unless the person chooses to.
share-notes = Include evidence notes and the assessment’s details
create-link = Create a share link
share-link = Share link
copy-link = Copy link
link-copied = Link copied.
copy-refused = Copy the link from the box above.
too-long-without-notes = Share it without the notes, or download the result as a file and send that.
too-long-instead = Download the result as a file and send that instead.
too-long-heading = This result is too big to share as a link
# { $instead } is one of the two sentences above.
too-long = The link would be { $length } characters long, and the most a link to Almanac can carry is { $most }, so it would not open. { $instead }
download-file = Download the result as a file
# The charts. { $nouns } is the framework's name for its areas, such as "outcomes".
radar-label = Chart of the score for each of the { $count } { $nouns }, on a scale of 1 to { $top }. The same figures are in the table that follows.
radar-label-targets = Chart of the score and the target for each of the { $count } { $nouns }, on a scale of 1 to { $top }. The same figures are in the table that follows.
# DK, N/A and None are the heat map's columns (result-tables.ftl); { $dont_know } and { $not_applicable } the framework's words for them.
heat-note = DK: “{ $dont_know }”. N/A: “{ $not_applicable }”. None: not answered yet.
# { $noun } is the framework's name for one area, such as "outcome".
scores-and-targets-heading = Score and target for each { $noun }
scores-heading = Your score for each { $noun }
gaps-heading = Gaps to close, largest first
gaps-label = Bar chart of the gap between score and target for each { $noun } that has one, largest first. The same figures are in the table that follows.
levels-heading = Answers by level
levels-label = Heat map of how many statements in each { $noun } are at each level. The same counts are in the table that follows.
# The charts' picture files: { $stem } is "almanac-" and the framework's id.
scores-file = { $stem }-scores.png
gaps-file = { $stem }-gaps.png
levels-file = { $stem }-levels.png

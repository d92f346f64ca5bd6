# The sentences that sum up a result, and how its scores are worked out. { $noun } is the
# framework's own name for an area, such as "outcome"; { $area } an area's title, often with a
# score in brackets ("Data (2.5)"); { $label } the framework's words for an answer that is not a
# level, such as "Don't know".

no-score = No score
answered-of = { $total ->
    [one] You answered { $answered } of { $total } questions.
   *[other] You answered { $answered } of { $total } questions.
}
# After answered-of, when some answers are left out of the score.
unscored = { $count ->
    [one] { " " }{ $count } “{ $label }” is not scored.
   *[other] { " " }{ $count } “{ $label }” are not scored.
}
unscored-both = { " " }{ $dont-know-count } “{ $dont-know }” and { $not-applicable-count } “{ $not-applicable }” are not scored.
only-one-scored = Only one { $noun }, { $area }, has a score so far.
strongest-weakest = Your strongest { $noun } is { $strong } ({ $strong-score }) and your weakest is { $weak } ({ $weak-score }).
same-score = Every { $noun } with a score has the same score, { $score }.
none-scored = No { $noun } has a score yet.
every-target-reached = Every { $noun } with a target has reached it or gone beyond it.
no-targets = No targets are set yet: set a target level for a statement to see the gap to close.
only-gap = The only gap between score and target is in { $area }.
# { $areas } is a list separated by commas; { $last } the last of the list.
largest-gaps = The largest gaps between score and target are in { $areas } and { $last }.
evidence-gap = { $count ->
    [one] { $count } answer is “{ $label }”, in { $area }. Finding out is the first step in the action plan.
   *[other] { $count } answers are “{ $label }”, in { $area }. Finding out is the first step in the action plan.
}
evidence-gaps = { $count ->
    [one] { $count } answer is “{ $label }”, in { $areas } and { $last }. Finding these out is the first step in the action plan.
   *[other] { $count } answers are “{ $label }”, in { $areas } and { $last }. Finding these out is the first step in the action plan.
}
# { $lowest } and { $highest } are the names of the lowest and highest levels; { $overall } is
# overall-plain or overall-weighted.
explanation = Each answer scores its level, from 1 ({ $lowest }) to { $top } ({ $highest }). Each { $noun }'s score is the average of its answers, and { $overall }. “{ $dont-know }” and “{ $not-applicable }” answers are left out, so they neither raise nor lower a score.
overall-plain = the overall score is the average of the { $noun } scores
# { $weights } is weights-others.
overall-weighted = the overall score is the average of the { $noun } scores, weighted by each { $noun }'s importance ({ $weights })
# { $named } is the areas whose weight differs, with their weights ("Data 1.5, Value 1.5"); { $usual } the weight of the rest.
weights-others = { $named }; every other { $noun } { $usual }

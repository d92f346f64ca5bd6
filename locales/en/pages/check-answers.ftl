# Check your answers: every answer of a full assessment, then marking it as complete.

# In the list of problems, one line per area. { $area } is the area's title.
unanswered-in-area = { $count ->
    [one] Answer the statement left in { $area }
   *[other] Answer the { $count } statements left in { $area }
}
# The title of the list of problems.
still-unanswered = { $count ->
    [one] { $count } statement still needs an answer
   *[other] { $count } statements still need an answer
}
not-answered = Not answered
# { $level } is the name of a level, such as "3: Developing".
target = Target: { $level }
# { $confidence } is High, Medium or Low.
confidence = Confidence: { $confidence }
evidence = Evidence: { $evidence }
change = Change
# Heard by screen reader users after "Change". { $statement } is the statement's text.
change-hidden = { " " }your answer to “{ $statement }”
back = Back to the overview
heading = Check your answers
already-complete = This assessment is already complete.
complete-heading = Mark the assessment as complete
complete-body = You can reopen it later if an answer needs to change. If you are not sure of an answer, choose “Don’t know”: it shows where evidence is missing.
complete-button = Mark as complete

# One question of an assessment per screen.

back = Back
# Above the question: where it is, and the area it belongs to.
position = Question { $number } of { $count } · { $area }
error-title = There is a problem
# { $dont-know } is the framework's own words for "Don't know".
choose-level = Select how well this describes your council, or choose “{ $dont-know }”
# Heard by screen reader users before the error message.
error-prefix = Error:{ " " }
saved-on-device = Your answer is saved on this device.
saved-for-now = Your answer is kept until you close this page.
continue-button = Continue
see-result = See your result
save-later = Save and come back later
# Between the levels and the two answers that are not levels.
or = or

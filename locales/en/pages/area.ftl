# Answering an area's statements in a full assessment: the whole area on a wide screen, one
# statement per screen on a phone.

# Followed by the link locked-link, then locked-after.
locked-before = This assessment is completed, so its answers cannot be changed.{ " " }
locked-link = Reopen it from the overview
locked-after = { " " }to change them.
back-to-overview = Back to the overview
save-and-return = Save and return to the overview
back = Back
# Above the statement on a phone. { $area } is the area's title.
position = { $area } · statement { $number } of { $count }
continue-button = Continue
# { $time } is a time of day, such as 14:05.
saved-on-device = Saved on this device at { $time }
saved-for-now = Saved until you close this page at { $time }
# Between the levels and the two answers that are not levels.
or = or
# { $from } says which assessment, such as "your Annual review of 3 March 2026".
carried-over = This level was carried over from { $from }. Check it still fits this statement: confirm it, or choose another level.
confirm-level = Confirm this level
also-covered = Also covered in other frameworks
target-label = Target level in 12 months (optional)
no-target = No target set
evidence-label = Evidence (optional)
evidence-hint = What shows this? For example, a strategy, board minutes or figures. Saved as you type.
confidence-legend = How confident are you in this answer? (optional)

# When a plan item is to be done (a phase) and how much work it is (an effort): src/domain/programme/phase.rs.

phasing-quarters = Financial-year quarters (Q1 is April to June)
phasing-now-next-later = Now, next and later
# A quarter of the financial year that starts on 1 April { $year }: "Q1 2027/28". { $next } is the next year's last two digits.
quarter = Q{ $quarter } { $year }/{ $next }
now = Now
next = Next
later = Later
effort-small = Small
effort-medium = Medium
effort-large = Large
effort-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
# The effort of a phase's items added up: "2 small, 1 medium and 15 days; 1 not sized yet".
total-small = { $count ->
   *[other] { $count } small
}
total-medium = { $count ->
   *[other] { $count } medium
}
total-large = { $count ->
   *[other] { $count } large
}
total-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
# The last of the sizes in a list: "2 small, 1 medium" and "15 days".
total-and = { $rest } and { $last }
total-not-sized = { $count ->
   *[other] { $count } not sized yet
}
nothing-to-do = Nothing to do
not-sized-yet = Not sized yet

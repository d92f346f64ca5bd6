# The legend of a radar chart of many respondents (a group's results).

# The line through each area's median score.
median = Median
# The shaded band from the lowest respondent's score to the highest's.
lowest-to-highest = Lowest to highest

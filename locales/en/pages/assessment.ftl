# An assessment's own words: what it covers, how sure the person is of an answer, and what is
# wrong with an answer or weight in a file.

whole-council = Whole council
a-directorate = A directorate
a-service = A service
low = Low
medium = Medium
high = High
# A level the framework does not name.
level = Level { $level }
# What a file may give as an answer; "dont_know" and "not_applicable" are what the file says.
rating-expected = a level number, "dont_know" or "not_applicable"
not-on-any-scale = level { $level } is not on any scale
weight-expected = a weight, such as 1.5

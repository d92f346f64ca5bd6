# An area's common challenges and good practice, folded away under its title.

# Counted under the area's title, as in "Data: 3 challenges, 2 examples".
challenges = { $count ->
    [one] { $count } challenge
   *[other] { $count } challenges
}
examples = { $count ->
    [one] { $count } example
   *[other] { $count } examples
}
challenges-heading = Common challenges, and what helps
what-helps = What helps:
good-practice = Good practice
# Labels on good practice: a real case, or one invented to show what good looks like.
example = Example
illustration = Illustration
# { $title } is the title of the article the example comes from.
source = Source: { $title }
kinds-explained = An illustration is invented to show what good looks like; an example is a real case, with the article it comes from.

# Who is in a group: each respondent's file, organisation, date and optional role or team
# (src/components/respondents.rs).

respondents-heading = Respondents
labels-help = You can label each respondent with a role or team, such as “ICT” or “Adult social care”, and then show one label’s answers at a time. Labels are optional.
respondents-caption = { $count ->
    [one] The { $count } respondent in this group
   *[other] The { $count } respondents in this group
}
file = File
last-changed = Last changed
role-or-team = Role or team (optional)
framework-version-short = Framework version { $version }
# Heard before a file's name, as the name of its role or team box.
role-for = Role or team for
show-other-respondents = { $count ->
    [one] Show the other { $count } respondent
   *[other] Show the other { $count } respondents
}
# Heard before a respondent's organisation: its name, kind of council and region, whichever
# their file gives.
organisation-prefix = Organisation:{ " " }

# Niferoedd, fel y mae'r Gymraeg yn eu cyfrif (ffurfiau lluosog CLDR: zero, one, two, few, many, other).

people = { $count ->
    [zero] { $count } o bobl
    [one] { $count } person
    [two] { $count } berson
    [few] { $count } pherson
    [many] { $count } pherson
   *[other] { $count } o bobl
}
days = { $count ->
    [zero] { $count } diwrnod
    [one] { $count } diwrnod
    [two] { $count } ddiwrnod
    [few] { $count } diwrnod
    [many] { $count } diwrnod
   *[other] { $count } diwrnod
}

# Numbers of things, said the way each language counts them.

people = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

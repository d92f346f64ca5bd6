# Y rhestr o broblemau ffeil ar frig tudalen, pan fo mwy na hanner cant.

more-problems = { $count ->
    [zero] Mae { $count } problem arall heb eu rhestru yma.
    [one] Mae { $count } broblem arall heb ei rhestru yma.
    [two] Mae { $count } broblem arall heb eu rhestru yma.
    [few] Mae { $count } problem arall heb eu rhestru yma.
    [many] Mae { $count } phroblem arall heb eu rhestru yma.
   *[other] Mae { $count } problem arall heb eu rhestru yma.
}
download-problems = Llwytho'r rhestr lawn o broblemau i lawr
# Enw'r ffeil a gaiff ei llwytho i lawr.
problems-file-name = almanac-problemau.txt

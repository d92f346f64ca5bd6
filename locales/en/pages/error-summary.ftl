# The list of a file's problems at the top of a page, when there are more than fifty.

more-problems = { $count ->
    [one] { $count } more problem is not listed here.
   *[other] { $count } more problems are not listed here.
}
download-problems = Download the full list of problems
# The name of the downloaded file.
problems-file-name = almanac-problems.txt

# The heading of the page that lists benchmarks.
heading = Benchmarks
# A file the hosting site lists that is not a plain file name beside the list.
hosted-bad-name = must be the name of a .json file in the same folder as the list

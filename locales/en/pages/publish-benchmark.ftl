# The heading of the page that publishes a benchmark from a group.
heading = Publish a benchmark

# On the action plan, when a benchmark of the framework is at hand.
mark-below = Mark the items where you are below the median of “{ $title }”
# The mark on such an item. { $median } is the benchmark's median level for the statement.
below-median = Below the benchmark’s median of { $median }

# What a benchmark is, as a summary list (src/components/benchmark_summary.rs): on the page that
# publishes one, and for each benchmark on the benchmarks page.

# The keys of the list's rows.
title = Title
population = Who the figures describe
published = Published
framework = Framework
respondents = Respondents
threshold = Fewest respondents a figure rests on
kinds = Kinds of council split out
# The framework row: { $framework } is its title.
framework-version = { $framework }, version { $version }
# The framework row, when the framework is not on this device: { $id } is its id in the file.
framework-not-here = “{ $id }”, version { $version } (this framework is not on this device)
# The kinds of council row, when the file has figures for none.
no-kinds = None

# When a file is not the kind an import wants: said from its outside, before anything else.

# { $what } is one of the what- messages; { $file } one of the name- messages.
json-is = this JSON is { $what }, not an Almanac { $file }
what-list = a list
what-text = text in quotes
what-true-false = just true or false
what-number = a number
what-null = just null
# { $found } is one of the noun- messages; { $wanted } one of the wanted- messages.
is-not = this is { $found }, not { $wanted }

name-assessment = assessment file
name-framework = framework file
name-backup = backup file
name-group = group file
name-performance = service performance file
name-combined = combined view file
name-benchmark = benchmark file

noun-assessment = an assessment file
noun-framework = a framework file
noun-backup = a backup file
noun-group = a group file
noun-performance = a service performance file
noun-combined = a combined view file
noun-benchmark = a benchmark file

wanted-assessment = an assessment
wanted-framework = a framework
wanted-backup = a backup
wanted-group = a group
wanted-performance = service performance data
wanted-combined = a combined view
wanted-benchmark = a benchmark

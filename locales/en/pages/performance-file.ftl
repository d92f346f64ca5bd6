# What is wrong with a service data file (src/domain/performance/file.rs). Shown after where the
# problem is in the file, so most begin with a small letter.

too-large = the file is larger than the { $limit } MB service data can be
not-performance = this is not an Almanac service performance file (its format is "{ $format }")
newer = the file was made by a newer version of Almanac (format { $version })
version-from-one = must be a whole number from 1

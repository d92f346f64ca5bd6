# What is wrong with a backup file. Each is shown after the path of the field at fault.

too-large = the file is larger than the { $size } MB a backup can be
# { $format } is what the file says it is.
not-backup = this is not an Almanac backup (its format is "{ $format }")
newer-format = the backup was made by a newer version of Almanac (format { $version })
whole-number-from-1 = must be a whole number from 1
too-many-records = the backup holds more than { $max } records
# { $id } and { $version } name a framework.
different-content = "{ $id }" version { $version } is already on this device with different content
# { $id } names a result or a group.
twice = "{ $id }" is in the backup twice

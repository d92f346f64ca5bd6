# Why a file someone chose could not be read (src/web.rs). Shown after the file's name, so each
# begins with a small letter.

# { $size } is the file's size and { $limit } the most Almanac reads for this, both in KB.
too-large = the file is { $size } KB, larger than the { $limit } KB Almanac reads for this
# { $limit } is the most an assessment file can be, in KB.
too-large-for-assessment = the file is larger than the { $limit } KB an assessment can be
unreadable = the file could not be read

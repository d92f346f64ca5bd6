# A language code in a framework file that Almanac does not read (src/domain/language.rs). Shown
# after where it is in the file, so it begins with a small letter.

# { $code } is the code the file gives; { $codes } is "codes" below.
not-a-language = "{ $code }" is not a language Almanac reads: use { $codes }
# The codes Almanac reads, each with its language's name.
codes = "en" (English) or "cy" (Welsh)

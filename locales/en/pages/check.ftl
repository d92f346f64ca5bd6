# What is wrong with an imported framework file, beyond its shape. Each is shown after the path
# of the field at fault ("areas[2].statements[0].text: must not be empty"). Words in "quotes"
# are the file's own, or what the file may say.

# { $format } is what a framework file must say it is; { $found } what this one says.
wrong-format = must be "{ $format }", not "{ $found }"
# { $version } is the file's format; { $supported } the newest this Almanac reads.
newer-format = version { $version } was made by a newer version of Almanac; this one reads up to version { $supported }
one-or-more = must be 1 or more
same-version = must differ from this version
source-used = "{ $id }" is used by another source
level-count = needs 2 to 10 levels, not { $count }
# { $expected } is the level's place on the scale.
level-value = must be { $expected } (levels are numbered 1, 2, 3 … in order), not { $found }
no-areas = needs at least one area
area-used = "{ $id }" is used by another area
weight-range = must be more than 0 and at most 100, not { $weight }
no-mitigations = needs at least one way to deal with the challenge
no-kind = is missing: say "example" for a real case with its source, or "illustration"
no-source = is missing: a real example names its source
unknown-source = "{ $source }" is not one of the framework's sources
illustration-source = must be left out: an illustration is invented, so it has no source
no-statements = needs at least one statement
statement-used = "{ $id }" is used by another statement
carried-already = "{ $id }" is carried to another statement already
level-entries = has { $entries } entries but the scale has { $levels } levels
no-next-step = is missing: every level but the top one needs guidance for reaching the next
top-next-step = must be left out on the top level, which has no next level
# { $language } is language-english or language-welsh.
own-language = is the framework's own language ({ $language }): its texts are in the fields themselves
language-english = English
language-welsh = Welsh
given-twice = is given twice: keep one
not-a-text = is not a text of this framework: check the key against the list in the README
# { $code } is a language's code, such as "cy".
no-translation = "{ $key }" has no text in translations.{ $code }
empty = must not be empty
longer-than = is longer than { $max } characters
invalid-version = "{ $version }" is not a valid version: use 1 to 32 letters, digits, dots and hyphens
invalid-id = "{ $id }" is not a valid id: use 1 to 64 lower-case letters, digits and hyphens

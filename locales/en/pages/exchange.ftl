# What is wrong with an assessment file (an import, a stored result). Each is shown after the
# path of the field at fault ("answers.q1.target: level 6 is not on …"). Texts in "quotes" are
# the file's own; words such as "small" or "quarters" in quotes are what a file may say.

too-large = the file is larger than the { $size } KB an assessment can be
not-assessment = this is not an Almanac assessment file
# { $version } is the file's format; { $supported } the newest this Almanac reads.
newer-format = the file was made by a newer version of Almanac (format { $version }); this one reads up to format { $supported }
whole-number-from-1 = must be a whole number from 1
earlier-than-created = is earlier than the date it was created
longer-than = is longer than { $max } characters
# { $framework } is the framework's title; { $area } its name for an area, such as "outcome".
no-such-area = "{ $framework }" has no { $area } with this id
weight-range = must be more than 0 and at most 100, not { $weight }
not-a-phase = "{ $code }" is not a phase: use a financial-year quarter such as "2027-q1" (April to June 2027), or "now", "next" or "later"
# An assessment file's kind of council or region that Almanac does not know. { $codes } lists those it does.
not-an-organisation-type = "{ $code }" is not a kind of council Almanac knows: use one of { $codes }
not-a-region = "{ $code }" is not a region Almanac knows: use one of { $codes }
not-an-effort = "{ $code }" is not an effort: use "small", "medium", "large" or a number of days from 1 to { $max }, such as "12 days"
not-a-phasing = "{ $code }" is not a way of naming phases: use "quarters" or "now_next_later"
not-a-ranking = "{ $code }" is not a ranking rule: use "gap_times_weight" or "value_for_effort"
not-in-order = "{ $statement }" is not a statement of this framework, or is listed twice
people-range = must be from 1 to { $max }, not { $people }
past-last = { $count ->
    [one] { $position } is past the last of { $count } statements
   *[other] { $position } is past the last of { $count } statements
}
invalid-id = "{ $id }" is not a valid id: use 1 to 64 lower-case letters, digits and hyphens
missing-framework = framework "{ $id }" version { $version } is not on this device; import the framework first
no-such-statement = "{ $framework }" has no statement with this id
off-scale = level { $level } is not on this framework's scale (1 to { $top })

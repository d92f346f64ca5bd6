# What is wrong with a file someone brought, or a record Almanac stored, said in plain words.
# A problem is shown after the path of the field at fault ("areas[2].title: must not be
# empty"), so most start in lower case. Texts in `backquotes` and "quotes" are the file's own.

file-empty = the file is empty
ends-early = the file ends too early, at line { $line }: it may have been cut short
trailing = there is more after the end of the Almanac file, from line { $line }, column { $column }: it may be two files joined together, or have had something added
too-deep = this file is nested too deeply to be an Almanac file (lists or fields inside one another, at line { $line }, column { $column })
# { $problem } is one of the syntax- messages below, or the JSON reader's own words in English.
not-json = this is not valid JSON ({ $problem } at line { $line }, column { $column })
syntax-expected-value = expected value
syntax-expected-colon = expected `:`
syntax-expected-comma-list = expected `,` or `]`
syntax-expected-comma-object = expected `,` or `{ "}" }`
syntax-expected-ident = expected ident
syntax-expected-quote = expected `"`
syntax-key-string = key must be a string
syntax-trailing-comma = trailing comma
syntax-invalid-number = invalid number
syntax-invalid-escape = invalid escape
syntax-number-out-of-range = number out of range
syntax-control-character = control character (\u0000-\u001F) found while parsing a string

# A field holds the wrong kind of value. { $found } is one of the kind- messages (or a-list,
# named-fields, null); { $expected } one of the expectations below, or a format's own words.
invalid-type = invalid type: { $found }, expected { $expected }
invalid-value = invalid value: { $found }, expected { $expected }
# { $length } is how many items the list has.
invalid-length = invalid length { $length }, expected { $expected }
list-not-fields = is a list, where named fields in { "{" } { "}" } were expected
# { $field } is the field's name in `backquotes`; { $expected } the names allowed (one-of, either).
unknown-field = unknown field { $field }, expected { $expected }
unknown-field-none = unknown field { $field }, there are no fields
unknown-variant = unknown variant { $variant }, expected { $expected }
unknown-variant-none = unknown variant { $variant }, there are no variants
missing-field = missing field { $field }
duplicate-field = duplicate field { $field }
found-expected = { $found }, expected { $expected }
# { $names } is a list of names in `backquotes`, separated by commas.
one-of = one of { $names }
either = { $first } or { $second }

# What a field holds instead ({ $value } as the file has it).
kind-string = string { $value }
kind-integer = integer { $value }
kind-float = floating point { $value }
kind-boolean = boolean { $value }
kind-character = character { $value }
a-list = a list
named-fields = named fields

# What a field should hold.
a-number = a number
whole-number-to-255 = a whole number from 0 to 255
whole-number-from-0 = a whole number from 0
whole-number = a whole number
named-fields-braces = named fields in { "{" } { "}" }
single-character = a single character
allowed-word = one of the words allowed here
list-of-values = { $count ->
    [one] a list of { $count } values
   *[other] a list of { $count } values
}
a-string = a string
a-boolean = a boolean

# Beth sydd o'i le ar ffeil a ddaeth rhywun, neu gofnod a storiodd Almanac, mewn geiriau plaen.
# Daw problem ar ôl llwybr y maes sydd ar fai ("areas[2].title: ..."), felly mae'r rhan fwyaf yn
# dechrau â llythyren fach. Geiriau'r ffeil ei hun yw testun mewn `dyfynodau cefn` a "dyfynodau".

file-empty = mae'r ffeil yn wag
ends-early = mae'r ffeil yn dod i ben yn rhy gynnar, ar linell { $line }: efallai ei bod wedi'i thorri'n fyr
trailing = mae rhagor ar ôl diwedd ffeil Almanac, o linell { $line }, colofn { $column }: efallai ei bod yn ddwy ffeil wedi'u huno, neu fod rhywbeth wedi'i ychwanegu ati
too-deep = mae'r ffeil hon wedi'i nythu'n rhy ddwfn i fod yn ffeil Almanac (rhestrau neu feysydd y tu mewn i'w gilydd, ar linell { $line }, colofn { $column })
not-json = nid yw hwn yn JSON dilys ({ $problem } ar linell { $line }, colofn { $column })
syntax-expected-value = roedd disgwyl gwerth
syntax-expected-colon = roedd disgwyl `:`
syntax-expected-comma-list = roedd disgwyl `,` neu `]`
syntax-expected-comma-object = roedd disgwyl `,` neu `{ "}" }`
# UNSURE: "ident" yn JSON yw true, false neu null
syntax-expected-ident = roedd disgwyl true, false neu null
syntax-expected-quote = roedd disgwyl `"`
syntax-key-string = rhaid i enw maes fod yn destun mewn dyfynodau
syntax-trailing-comma = coma ychwanegol ar y diwedd
syntax-invalid-number = rhif annilys
# UNSURE: "escape" (\n, \" ac ati) – "dilyniant \ annilys"
syntax-invalid-escape = dilyniant \ annilys
syntax-number-out-of-range = rhif y tu allan i'r amrediad
syntax-control-character = nod rheoli (\u0000-\u001F) mewn testun

invalid-type = math annilys: { $found }, roedd disgwyl { $expected }
invalid-value = gwerth annilys: { $found }, roedd disgwyl { $expected }
invalid-length = nifer annilys o eitemau ({ $length }), roedd disgwyl { $expected }
list-not-fields = mae'n rhestr, lle'r oedd disgwyl meysydd ag enwau yn { "{" } { "}" }
unknown-field = maes anhysbys { $field }, roedd disgwyl { $expected }
unknown-field-none = maes anhysbys { $field }, nid oes meysydd yma
unknown-variant = gair anhysbys { $variant }, roedd disgwyl { $expected }
unknown-variant-none = gair anhysbys { $variant }, nid oes geiriau wedi'u caniatáu yma
missing-field = mae'r maes { $field } ar goll
duplicate-field = mae'r maes { $field } yno ddwywaith
found-expected = { $found }, roedd disgwyl { $expected }
one-of = un o { $names }
either = { $first } neu { $second }

kind-string = testun { $value }
kind-integer = cyfanrif { $value }
kind-float = rhif degol { $value }
kind-boolean = gwerth true neu false { $value }
kind-character = nod { $value }
a-list = rhestr
named-fields = meysydd ag enwau

a-number = rhif
whole-number-to-255 = rhif cyfan o 0 i 255
whole-number-from-0 = rhif cyfan o 0 ymlaen
whole-number = rhif cyfan
named-fields-braces = meysydd ag enwau yn { "{" } { "}" }
single-character = un nod
allowed-word = un o'r geiriau a ganiateir yma
list-of-values = { $count ->
    [zero] rhestr o { $count } gwerth
    [one] rhestr o { $count } gwerth
    [two] rhestr o { $count } werth
    [few] rhestr o { $count } gwerth
    [many] rhestr o { $count } gwerth
   *[other] rhestr o { $count } gwerth
}
a-string = testun
a-boolean = true neu false

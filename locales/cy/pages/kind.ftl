# Pan nad yw ffeil o'r math y mae mewnforio ei eisiau: o'i golwg allanol, cyn dim arall.

json-is = { $what } yw'r JSON hwn, nid { $file } Almanac
what-list = rhestr
what-text = testun mewn dyfynodau
what-true-false = dim ond true neu false
what-number = rhif
what-null = dim ond null
is-not = { $found } yw hon, nid { $wanted }

name-assessment = ffeil asesiad
name-framework = ffeil fframwaith
name-backup = ffeil copi wrth gefn
name-group = ffeil grŵp
name-performance = ffeil perfformiad gwasanaethau
# UNSURE: "combined view" – "golwg gyfunol"
name-combined = ffeil golwg gyfunol
name-benchmark = ffeil meincnod

noun-assessment = ffeil asesiad
noun-framework = ffeil fframwaith
noun-backup = ffeil copi wrth gefn
noun-group = ffeil grŵp
noun-performance = ffeil perfformiad gwasanaethau
noun-combined = ffeil golwg gyfunol
noun-benchmark = ffeil meincnod

wanted-assessment = asesiad
wanted-framework = fframwaith
wanted-backup = copi wrth gefn
wanted-group = grŵp
wanted-performance = data perfformiad gwasanaethau
wanted-combined = golwg gyfunol
wanted-benchmark = meincnod

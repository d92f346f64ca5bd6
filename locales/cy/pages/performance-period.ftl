# Cyfnodau, fel y mae tudalennau perfformiad gwasanaethau yn eu henwi; mae enwau'r misoedd eu
# hunain yn dates.ftl.
# Nid yw enwau'r flwyddyn ariannol ("Q1 2026/27", "2026/27") yma: maent yr un fath yn y ddwy iaith,
# gan fod pobl yn eu teipio a bod y mewnforio o daenlen yn eu darllen yn ôl.

# Enw mis ar ôl "i" (treiglad meddal): "Ebrill i Fehefin 2026".
to-january = Ionawr
to-february = Chwefror
to-march = Fawrth
to-april = Ebrill
to-may = Fai
to-june = Fehefin
to-july = Orffennaf
to-august = Awst
to-september = Fedi
to-october = Hydref
to-november = Dachwedd
to-december = Ragfyr
month-year = { $month } { $year }
span-in-one-year = { $first } i { $last } { $year }
span-over-years = { $first } { $first-year } i { $last } { $last-year }
span-with-name = { $span } ({ $name })
not-a-period = nid yw "{ $text }" yn gyfnod: ysgrifennwch fis fel 2026-04, neu dri neu ddeuddeg mis o Ebrill 2026 fel 2026-04+3 neu 2026-04+12

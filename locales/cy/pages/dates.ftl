# Dyddiadau ac amseroedd fel y mae pobl yn eu darllen: "23 Tachwedd 2026", "23 Tachwedd 2026 am 16:05".
# Ffigurau yw'r diwrnod a'r flwyddyn yn y ddwy iaith; mae'r ap yn ysgrifennu'r amser (cloc 24 awr
# yn Gymraeg).

january = Ionawr
february = Chwefror
march = Mawrth
april = Ebrill
may = Mai
june = Mehefin
july = Gorffennaf
august = Awst
september = Medi
october = Hydref
november = Tachwedd
december = Rhagfyr
# Enwau byr y misoedd, fel y mae echelin siart neu dabl cul yn eu hysgrifennu ("Tach 2026").
january-short = Ion
# UNSURE: "Chwef" yw'r talfyriad arferol, ond mae rhai'n defnyddio "Chwe"
february-short = Chwef
march-short = Maw
april-short = Ebr
may-short = Mai
june-short = Meh
july-short = Gorff
august-short = Awst
september-short = Medi
october-short = Hyd
november-short = Tach
december-short = Rhag
# Dyddiad ac amser: "23 Tachwedd 2026 am 16:05".
date-time = { $date } am { $time }

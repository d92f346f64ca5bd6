# Y tablau data sy'n mynd gyda siartiau'r canlyniad, a thablau'r adroddiad i'w argraffu (src/components/result_tables.rs).

not-answered = Heb ei ateb
answered-of = { $answered } o { $total }
not-set = Heb ei osod
scores-caption = Sgôr ar gyfer pob { $noun }, allan o { $top }
score = Sgôr
target = Targed
your-answer = Eich ateb
answered = Wedi'u hateb
gaps-caption = Y bwlch rhwng y sgôr a'r targed, y mwyaf yn gyntaf
gap = Bwlch
# UNSURE: short forms for the heat map's columns: DG (Ddim yn gwybod), Amh (Amherthnasol), Dim (heb ei ateb).
dont-know-short = DG
not-applicable-short = Amh
none-short = Dim
levels-region = Datganiadau ar bob lefel (yn sgrolio i'r ochr)
levels-caption = Nifer y datganiadau ar bob lefel, fesul { $noun }. Lefelau: { $levels }.
nothing-in-plan = Nid oes dim yn y cynllun gweithredu.
find-out = Cael gwybod
# Ymdrech ar ôl colon, fel nad oes angen treiglo'r ansoddair ("ymdrech: bach").
effort = ymdrech: { $effort }
find-out-then-answer = Dewch i wybod ble mae eich cyngor arni, yna atebwch eto.
plan-caption = Cynllun gweithredu, wedi'i drefnu yn ôl { $ranking }
plan-region = Cynllun gweithredu (yn sgrolio i'r ochr)
rank = Safle
statement = Datganiad
action = Cam gweithredu
next-step = Cam nesaf
decided = Statws, perchennog, dyddiad dyledus, cam, ymdrech
answer = Ateb
confidence = Hyder
evidence = Tystiolaeth

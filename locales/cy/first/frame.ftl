# O amgylch pob tudalen: y ddolen neidio, y pennawd, y troedyn a'r ddolen iaith.
# Mae { " " } yn cadw bwlch ar ddechrau neu ddiwedd testun sydd wrth ymyl dolen.

skip-link = Neidio i'r prif gynnwys
service-tagline = Hunanasesiad aeddfedrwydd digidol
navigation-label = Prif ddewislen
navigation-home = Hafan
navigation-saved = Canlyniadau wedi'u cadw
navigation-compare = Cymharu
navigation-frameworks = Fframweithiau
navigation-performance = Perfformiad gwasanaethau
# Y ddolen i'r dudalen yn yr iaith arall: ei henw yn yr iaith honno.
other-language = English
other-language-code = en
footer-privacy = Mae Almanac yn cadw popeth yn y porwr hwn. Nid yw'n gosod cwcis, nid yw'n gofyn am enw ac nid yw'n anfon dim at neb.
footer-embed-link = Rhowch Almanac ar eich mewnrwyd
footer-embed-after = { " " }yn lliw eich cyngor.
# UNSURE: enw Cymraeg y Local Government Association (corff yn Lloegr)
footer-sources-before = Mae'r fframweithiau adeiledig yn seiliedig ar waith gan y Gymdeithas Llywodraeth Leol (LGA), Socitm a Solace. Gweler{ " " }
footer-sources-link = Fframweithiau
footer-sources-after = { " " }i weld ffynhonnell pob un.
loading = Wrthi'n llwytho'r rhan hon o Almanac…
not-loaded-heading = Nid oedd modd llwytho'r rhan hon o Almanac
not-loaded-body = Mae angen cysylltiad y tro cyntaf y caiff ei defnyddio, ac nid oedd modd i'r ddyfais hon ei nôl. Mae eich atebion yn ddiogel: mae popeth yn cael ei gadw ar y ddyfais hon.
not-loaded-check = Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni.
try-again = Rhoi cynnig arall arni
go-to-start = Mynd i'r dechrau
not-found-heading = Heb ddod o hyd i'r dudalen
not-found-body = Os dilynoch chi ddolen i ganlyniad, efallai ei fod wedi'i ddileu o'r ddyfais hon, neu efallai nad yw'r ddolen yn gyflawn.
not-found-or = { " " }neu{ " " }
not-found-saved = gweld eich canlyniadau wedi'u cadw

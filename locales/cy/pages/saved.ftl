# Canlyniadau wedi'u cadw: agor, llwytho i lawr neu ddileu pob un; mewnforio ffeil; gwneud copi
# wrth gefn ac adfer; dileu popeth ar y ddyfais hon.
# Mae { " " } yn cadw bwlch ar ddechrau neu ddiwedd testun sydd wrth ymyl un arall.

heading = Canlyniadau wedi'u cadw
import-failed = Nid oedd modd mewnforio { $file }
imported = Wedi mewnforio:{ " " }
imported-beside = . Nid oedd modd darllen cofnod a gadwyd yma o dan yr un enw (mae wedi'i ddifrodi, neu cafodd ei gadw gan fersiwn mwy newydd o Almanac), felly mae wedi'i gadw fel yr oedd ac mae'r canlyniad hwn wedi'i gadw wrth ei ochr
none-saved = Nid oes canlyniadau wedi'u cadw ar y ddyfais hon.
none-shown = Nid oes canlyniadau wedi'u cadw sy'n cyfateb i'r hyn a ddewisoch ei ddangos.
damaged-heading = Nid oedd modd darllen rhai cofnodion a gadwyd
damaged-body = Maent wedi'u rhoi o'r neilltu, yn union fel yr oeddent, ac mae popeth arall yn gweithio fel arfer. Llwythwch bob un i lawr i'w gadw neu i'w drwsio; dilëwch ef dim ond pan na fydd ei angen arnoch mwyach.
import-heading = Mewnforio canlyniad
already-saved = Mae'r canlyniad hwn eisoes wedi'i gadw ar y ddyfais hon
# UNSURE: "Disodli" am "Replace" (neu "Rhoi … yn lle")
replace-saved = Disodli'r canlyniad sydd wedi'i gadw
keep-saved = Cadw'r canlyniad sydd yma eisoes
# Ar ôl teitl a dyddiad y canlyniad.
already-here = : mae yma eisoes. Ydych chi am roi'r copi o'r ffeil yn lle'r copi sydd wedi'i gadw?
import-label = Llwytho ffeil canlyniad i fyny
import-hint = Ffeil .json a lwythwyd i lawr o Almanac. Ni fydd dim yn newid oni bai bod y ffeil gyfan yn ddilys.
delete-everything-heading = Dileu popeth ar y ddyfais hon
delete-everything-body = Mae hyn yn tynnu pob canlyniad Almanac, yr holl ddata perfformiad gwasanaethau a phob grŵp o asesiadau pobl eraill o'r porwr hwn. Ni fydd yn effeithio ar ffeiliau rydych wedi'u llwytho i lawr.
delete-everything = Dileu popeth
delete-everything-sure = Ydych chi'n siŵr eich bod am ddileu popeth?
delete-everything-yes = Ydw, dileu popeth
cancel = Canslo
delete-everything-count = { $count ->
    [zero] Bydd { $count } canlyniad wedi'u cadw yn cael eu dileu o'r porwr hwn. Ni ellir dadwneud hyn.
    [one] Bydd { $count } canlyniad wedi'i gadw yn cael ei ddileu o'r porwr hwn. Ni ellir dadwneud hyn.
    [two] Bydd { $count } ganlyniad wedi'u cadw yn cael eu dileu o'r porwr hwn. Ni ellir dadwneud hyn.
    [few] Bydd { $count } chanlyniad wedi'u cadw yn cael eu dileu o'r porwr hwn. Ni ellir dadwneud hyn.
    [many] Bydd { $count } chanlyniad wedi'u cadw yn cael eu dileu o'r porwr hwn. Ni ellir dadwneud hyn.
   *[other] Bydd { $count } canlyniad wedi'u cadw yn cael eu dileu o'r porwr hwn. Ni ellir dadwneud hyn.
}

# Un canlyniad wedi'i gadw.
answered = { $answered } o { $total } wedi'u hateb
view-result = Gweld y canlyniad
continue-button = Parhau
reassess-on-version = Ailasesu ar fersiwn { $version }
reassess-copy = Ailasesu o gopi
framework = Fframwaith
framework-version = { $title } (fersiwn { $version })
status = Statws
completed = Wedi cwblhau
in-progress = Ar y gweill
answers = Atebion
overall-score = Sgôr gyffredinol
last-changed = Newidiwyd ddiwethaf
download = Llwytho i lawr
delete = Dileu
confirm-deletion = Cadarnhau dileu
delete-yes = Ie, ei ddileu
delete-result = Dileu'r canlyniad hwn o'r ddyfais hon? Ni ellir dadwneud hyn.

# Dewis beth mae'r rhestr yn ei ddangos.
sort-by = Trefnu yn ôl
all-frameworks = Pob fframwaith
any-status = Unrhyw statws

# Cofnod a gadwyd nad oedd modd ei ddarllen.
# UNSURE: enw ffeil; "wedi-difrodi" am "damaged"
damaged-file-name = { $key }.wedi-difrodi.json
download-as-it-was = Ei lwytho i lawr fel yr oedd
delete-it = Ei ddileu
delete-record = Dileu'r cofnod hwn o'r ddyfais hon? Llwythwch ef i lawr yn gyntaf os gallai gynnwys atebion sydd eu hangen arnoch.

# A yw'r porwr yn cadw'r hyn a gadwyd.
kept-for-good = Mae'r porwr hwn yn cadw'r hyn rydych yn ei gadw yma nes i chi ei ddileu.
may-clear = Gall y porwr hwn glirio'r hyn rydych yn ei gadw yma: mae Safari yn gwneud hynny ar ôl saith diwrnod heb ymweliad, a gall unrhyw borwr wneud hynny pan fydd y ddyfais yn brin o le. I gadw eich canlyniadau, ychwanegwch Almanac at eich sgrin gartref, a llwythwch gopi wrth gefn o bopeth i lawr o bryd i'w gilydd.

# Beth a wnaeth adfer.
nothing-changed = Ni newidiwyd dim: fe wnaethoch gadw pob canlyniad a oedd eisoes ar y ddyfais hon.
performance-restored = Cafodd y data perfformiad gwasanaethau ei adfer.
results-restored = { $count ->
    [zero] Adferwyd { $count } canlyniad.
    [one] Adferwyd { $count } canlyniad.
    [two] Adferwyd { $count } ganlyniad.
    [few] Adferwyd { $count } chanlyniad.
    [many] Adferwyd { $count } chanlyniad.
   *[other] Adferwyd { $count } canlyniad.
}
results-and-performance-restored = { $count ->
    [zero] Adferwyd { $count } canlyniad a'r data perfformiad gwasanaethau.
    [one] Adferwyd { $count } canlyniad a'r data perfformiad gwasanaethau.
    [two] Adferwyd { $count } ganlyniad a'r data perfformiad gwasanaethau.
    [few] Adferwyd { $count } chanlyniad a'r data perfformiad gwasanaethau.
    [many] Adferwyd { $count } chanlyniad a'r data perfformiad gwasanaethau.
   *[other] Adferwyd { $count } canlyniad a'r data perfformiad gwasanaethau.
}
not-restored = { $count ->
    [zero] { " " }Ni adferwyd { $count } cofnod yn y copi wrth gefn, oherwydd nid oedd modd darllen y cofnodion o'r un enwau ar y ddyfais hon ac maent wedi'u cadw fel yr oeddent: gweler “Nid oedd modd darllen rhai cofnodion a gadwyd” isod.
    [one] { " " }Ni adferwyd { $count } cofnod yn y copi wrth gefn, oherwydd nid oedd modd darllen y cofnod o'r un enw ar y ddyfais hon ac mae wedi'i gadw fel yr oedd: gweler “Nid oedd modd darllen rhai cofnodion a gadwyd” isod.
    [two] { " " }Ni adferwyd { $count } gofnod yn y copi wrth gefn, oherwydd nid oedd modd darllen y cofnodion o'r un enwau ar y ddyfais hon ac maent wedi'u cadw fel yr oeddent: gweler “Nid oedd modd darllen rhai cofnodion a gadwyd” isod.
    [few] { " " }Ni adferwyd { $count } chofnod yn y copi wrth gefn, oherwydd nid oedd modd darllen y cofnodion o'r un enwau ar y ddyfais hon ac maent wedi'u cadw fel yr oeddent: gweler “Nid oedd modd darllen rhai cofnodion a gadwyd” isod.
    [many] { " " }Ni adferwyd { $count } chofnod yn y copi wrth gefn, oherwydd nid oedd modd darllen y cofnodion o'r un enwau ar y ddyfais hon ac maent wedi'u cadw fel yr oeddent: gweler “Nid oedd modd darllen rhai cofnodion a gadwyd” isod.
   *[other] { " " }Ni adferwyd { $count } cofnod yn y copi wrth gefn, oherwydd nid oedd modd darllen y cofnodion o'r un enwau ar y ddyfais hon ac maent wedi'u cadw fel yr oeddent: gweler “Nid oedd modd darllen rhai cofnodion a gadwyd” isod.
}
not-kept = { " " }Nid yw'r porwr hwn yn cadw newidiadau ar y ddyfais hon ar hyn o bryd, felly dim ond tra bo'r dudalen hon ar agor y cânt eu cadw: llwythwch gopi wrth gefn i lawr cyn i chi ei chau.

# Gwneud copi wrth gefn ac adfer.
# Yng nghanol brawddeg: "Nid oedd modd adfer y copi wrth gefn" (restore-failed).
the-backup = y copi wrth gefn
restore-no-room = ni newidiwyd dim, oherwydd { $error }. Dilëwch hen ganlyniadau i wneud lle, yna rhowch gynnig arall arni.
backup-file-name = almanac-copi-wrth-gefn-{ $date }.json
backup-heading = Gwneud copi wrth gefn ac adfer
backup-body = Mae copi wrth gefn yn un ffeil sy'n cynnwys pob canlyniad, cynllun gweithredu a fframwaith a fewnforiwyd ar y ddyfais hon, y data perfformiad gwasanaethau, a'ch grwpiau o asesiadau pobl eraill. Cadwch hi yn rhywle diogel, neu defnyddiwch hi i symud i ddyfais arall.
download-backup = Llwytho copi wrth gefn o bopeth i lawr
restore-failed = Nid oedd modd adfer { $file }
# UNSURE: treiglo "grŵp" ar ôl "2" (grŵp neu rŵp)
groups-added = { $count ->
    [zero] Bydd { $count } grŵp o asesiadau pobl eraill yn cael eu hychwanegu
    [one] Bydd { $count } grŵp o asesiadau pobl eraill yn cael ei ychwanegu
    [two] Bydd { $count } grŵp o asesiadau pobl eraill yn cael eu hychwanegu
    [few] Bydd { $count } grŵp o asesiadau pobl eraill yn cael eu hychwanegu
    [many] Bydd { $count } grŵp o asesiadau pobl eraill yn cael eu hychwanegu
   *[other] Bydd { $count } grŵp o asesiadau pobl eraill yn cael eu hychwanegu
}
groups-kept = { $count ->
    [zero] ; bydd { $count } sydd eisoes ar y ddyfais hon yn cael eu cadw fel y maent
    [one] ; bydd { $count } sydd eisoes ar y ddyfais hon yn cael ei gadw fel y mae
    [two] ; bydd { $count } sydd eisoes ar y ddyfais hon yn cael eu cadw fel y maent
    [few] ; bydd { $count } sydd eisoes ar y ddyfais hon yn cael eu cadw fel y maent
    [many] ; bydd { $count } sydd eisoes ar y ddyfais hon yn cael eu cadw fel y maent
   *[other] ; bydd { $count } sydd eisoes ar y ddyfais hon yn cael eu cadw fel y maent
}
keep-mine = Cadw'r un ar y ddyfais hon (newidiwyd { $date })
replace-with-backup = Rhoi'r fersiwn o'r copi wrth gefn yn ei le (newidiwyd { $date })
restore-question = Adfer y copi wrth gefn o { $date }?
results-added = { $count ->
    [zero] Bydd { $count } canlyniad newydd yn cael eu hychwanegu
    [one] Bydd { $count } canlyniad newydd yn cael ei ychwanegu
    [two] Bydd { $count } ganlyniad newydd yn cael eu hychwanegu
    [few] Bydd { $count } chanlyniad newydd yn cael eu hychwanegu
    [many] Bydd { $count } chanlyniad newydd yn cael eu hychwanegu
   *[other] Bydd { $count } canlyniad newydd yn cael eu hychwanegu
}
results-clashing = { $count ->
    [zero] Mae { $count } canlyniad eisoes ar y ddyfais hon: dewiswch ar gyfer pob un isod
    [one] Mae { $count } canlyniad eisoes ar y ddyfais hon: dewiswch ar ei gyfer isod
    [two] Mae { $count } ganlyniad eisoes ar y ddyfais hon: dewiswch ar gyfer pob un isod
    [few] Mae { $count } chanlyniad eisoes ar y ddyfais hon: dewiswch ar gyfer pob un isod
    [many] Mae { $count } chanlyniad eisoes ar y ddyfais hon: dewiswch ar gyfer pob un isod
   *[other] Mae { $count } canlyniad eisoes ar y ddyfais hon: dewiswch ar gyfer pob un isod
}
frameworks-added = { $count ->
    [zero] Bydd { $count } fframwaith a fewnforiwyd yn cael eu hychwanegu
    [one] Bydd { $count } fframwaith a fewnforiwyd yn cael ei ychwanegu
    [two] Bydd { $count } fframwaith a fewnforiwyd yn cael eu hychwanegu
    [few] Bydd { $count } fframwaith a fewnforiwyd yn cael eu hychwanegu
    [many] Bydd { $count } fframwaith a fewnforiwyd yn cael eu hychwanegu
   *[other] Bydd { $count } fframwaith a fewnforiwyd yn cael eu hychwanegu
}
restore = Adfer
restore-label = Adfer copi wrth gefn
restore-hint = Ffeil copi wrth gefn o Almanac. Byddwch yn gweld beth y mae'n ei ychwanegu neu'n ei ddisodli cyn i ddim newid.
performance-added = { $count ->
    [zero] Bydd y data perfformiad gwasanaethau ({ $count } gwasanaeth) yn cael ei ychwanegu.
    [one] Bydd y data perfformiad gwasanaethau ({ $count } gwasanaeth) yn cael ei ychwanegu.
    [two] Bydd y data perfformiad gwasanaethau ({ $count } wasanaeth) yn cael ei ychwanegu.
    [few] Bydd y data perfformiad gwasanaethau ({ $count } gwasanaeth) yn cael ei ychwanegu.
    [many] Bydd y data perfformiad gwasanaethau ({ $count } gwasanaeth) yn cael ei ychwanegu.
   *[other] Bydd y data perfformiad gwasanaethau ({ $count } gwasanaeth) yn cael ei ychwanegu.
}
performance-legend = Data perfformiad gwasanaethau
keep-performance = Cadw'r data gwasanaethau ar y ddyfais hon
replace-performance = { $count ->
    [zero] Rhoi data'r copi wrth gefn yn ei le ({ $count } gwasanaeth)
    [one] Rhoi data'r copi wrth gefn yn ei le ({ $count } gwasanaeth)
    [two] Rhoi data'r copi wrth gefn yn ei le ({ $count } wasanaeth)
    [few] Rhoi data'r copi wrth gefn yn ei le ({ $count } gwasanaeth)
    [many] Rhoi data'r copi wrth gefn yn ei le ({ $count } gwasanaeth)
   *[other] Rhoi data'r copi wrth gefn yn ei le ({ $count } gwasanaeth)
}

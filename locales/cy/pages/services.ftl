# Y gofrestr gwasanaethau: pob gwasanaeth wedi'i drefnu yn ôl nifer, ychwanegu gwasanaeth, a symud
# ffigurau i mewn ac allan (templed y daenlen a'i fewnforio, allforion, y sampl). Nid yw penawdau
# colofnau'r templed yma: gweler performance-sheet.ftl.

heading = Gwasanaethau
intro = Rhestrwch y gwasanaethau y mae pobl yn eu defnyddio fwyaf, yna cofnodwch ar gyfer pob cyfnod faint o drafodion a gwblhaodd pob sianel, beth oedd eu cost a pha mor fodlon oedd pobl. Gofynnir i gynghorau ddilyn o leiaf eu 10 i 20 prif wasanaeth yn ôl nifer.
dashboard-link = Mynd i'r dangosfwrdd perfformiad
ranked-caption = Gwasanaethau wedi'u trefnu yn ôl y trafodion a gwblhawyd ar gyfer { $period }
unranked-caption = Gwasanaethau (dim ffigurau eto)
top-tag = { $top } uchaf
register-scrolls = Cofrestr gwasanaethau (yn sgrolio i'r ochr)
rank = Safle
service = Gwasanaeth
transactions = Trafodion
category = Categori
owner = Perchennog
problem = Mae problem
added-before = Ychwanegwyd “
added-after = ” at y gofrestr
add-heading = Ychwanegu gwasanaeth
add-button = Ychwanegu'r gwasanaeth
template-file = almanac-templed-ffigurau-{ $period }.csv
imported = { $count ->
    [zero] Mewnforiwyd { $count } rhes o ffigurau.
    [one] Mewnforiwyd { $count } rhes o ffigurau.
    [two] Mewnforiwyd { $count } res o ffigurau.
    [few] Mewnforiwyd { $count } rhes o ffigurau.
    [many] Mewnforiwyd { $count } rhes o ffigurau.
   *[other] Mewnforiwyd { $count } rhes o ffigurau.
}
no-figures-in-file = nid oes ffigurau yn y ffeil: mae ffigurau pob rhes yn wag
figures-file = almanac-ffigurau-gwasanaethau-{ $date }.csv
data-file = almanac-perfformiad-gwasanaethau-{ $date }.json
not-imported = Nid oedd modd mewnforio { $file }
import-heading = Mewnforio ffigurau o daenlen
import-intro = Llwythwch y templed ar gyfer cyfnod i lawr: mae ganddo res ar gyfer pob gwasanaeth a sianel, gydag unrhyw ffigurau sydd eisoes wedi'u rhoi. Llenwch ef, cadwch ef fel CSV neu fel llyfr gwaith Excel (.xlsx) a'i uwchlwytho. Caiff rhesi a adawyd yn wag eu hepgor.
template-period = Cyfnod ar gyfer y templed
error-prefix = Gwall:{ " " }
download-template = Llwytho'r templed CSV i lawr
clash-question = Mae rhai ffigurau wedi'u rhoi eisoes
replace-them = Rhoi'r rhain yn eu lle
cancel-import = Canslo'r mewnforio
clashes = { $count ->
    [zero] Mae gan { $count } rhes o'r ffeil ffigurau gwahanol ar gyfer gwasanaeth, cyfnod a sianel sydd wedi'u rhoi eisoes. Rhoi ffigurau'r ffeil yn lle'r rheini? Nid oes dim yn newid os byddwch yn canslo.
    [one] Mae gan { $count } rhes o'r ffeil ffigurau gwahanol ar gyfer gwasanaeth, cyfnod a sianel sydd wedi'u rhoi eisoes. Rhoi ffigurau'r ffeil yn lle'r rheini? Nid oes dim yn newid os byddwch yn canslo.
    [two] Mae gan { $count } res o'r ffeil ffigurau gwahanol ar gyfer gwasanaeth, cyfnod a sianel sydd wedi'u rhoi eisoes. Rhoi ffigurau'r ffeil yn lle'r rheini? Nid oes dim yn newid os byddwch yn canslo.
    [few] Mae gan { $count } rhes o'r ffeil ffigurau gwahanol ar gyfer gwasanaeth, cyfnod a sianel sydd wedi'u rhoi eisoes. Rhoi ffigurau'r ffeil yn lle'r rheini? Nid oes dim yn newid os byddwch yn canslo.
    [many] Mae gan { $count } rhes o'r ffeil ffigurau gwahanol ar gyfer gwasanaeth, cyfnod a sianel sydd wedi'u rhoi eisoes. Rhoi ffigurau'r ffeil yn lle'r rheini? Nid oes dim yn newid os byddwch yn canslo.
   *[other] Mae gan { $count } rhes o'r ffeil ffigurau gwahanol ar gyfer gwasanaeth, cyfnod a sianel sydd wedi'u rhoi eisoes. Rhoi ffigurau'r ffeil yn lle'r rheini? Nid oes dim yn newid os byddwch yn canslo.
}
upload-figures = Uwchlwytho ffigurau wedi'u llenwi
upload-figures-hint = Ffeil .csv neu lyfr gwaith Excel (.xlsx) yng nghynllun y templed. Nid oes dim yn cael ei newid oni bai bod pob rhes yn ddilys.
export-heading = Allforio a mewnforio data gwasanaethau
download-figures = Llwytho pob ffigur i lawr (CSV)
download-data = Llwytho holl ddata'r gwasanaethau i lawr (JSON)
# UNSURE: dau rif heb ddewisydd, felly dim treiglad ar ôl 2 ("2 wasanaeth", "2 res").
file-summary = Mae gan y ffeil { $services } gwasanaeth a { $rows } rhes o ffigurau. Mae'n disodli pob gwasanaeth a ffigur ar y ddyfais hon.
replace-question = Disodli'r data gwasanaethau ar y ddyfais hon?
replace-all = Disodli holl ddata'r gwasanaethau
keep = Cadw'r hyn sydd yma
replaced = Cafodd y data gwasanaethau ei ddisodli.
upload-data = Uwchlwytho data gwasanaethau (JSON)
upload-data-hint = Ffeil data gwasanaethau a lwythwyd i lawr o Almanac. Gofynnir i chi cyn i ddim gael ei ddisodli.
sample-heading = Rhoi cynnig arni gyda data sampl
sample-intro = Llwythwch ddeuddeg gwasanaeth wedi'u dyfeisio gyda phedwar chwarter o ffigurau, i weld sut mae'r gofrestr, y dangosyddion a'r siartiau'n gweithio. Mae'r ffigurau'n enghreifftiol, nid yn rhai go iawn.
load-sample = Llwytho'r data sampl enghreifftiol
sample-question = Rhoi'r sampl yn lle eich data gwasanaethau?
yes-sample = Ie, rhowch y sampl yn ei le
cancel = Canslo
sample-warning = Caiff pob gwasanaeth a ffigur ar y ddyfais hon eu disodli gan y sampl sydd wedi'i ddyfeisio. Llwythwch eich data i lawr yn gyntaf os ydych am ei gadw.
delete-heading = Dileu holl ddata'r gwasanaethau
delete-button = Dileu holl ddata'r gwasanaethau
delete-question = Ydych chi'n siŵr eich bod am ddileu holl ddata'r gwasanaethau?
yes-delete = Ie, dileu holl ddata'r gwasanaethau
delete-warning = Caiff pob gwasanaeth a ffigur eu dileu o'r porwr hwn. Caiff eich sianeli a'ch tybiaethau am gostau uned eu cadw. Ni ellir dadwneud hyn.

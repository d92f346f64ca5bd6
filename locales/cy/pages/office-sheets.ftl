# Llyfrau gwaith Excel (src/office/*_workbook.rs): golwg gyfunol grŵp, y data perfformiad
# gwasanaethau, a ffigurau gwasanaethau wedi'u darllen yn ôl o lyfr gwaith.
#
# Mae enw dalen yn 31 nod neu lai, a heb yr un o : \ / ? * [ ].

# UNSURE: "Ynghylch" neu "Amdano" fel enw dalen
about-sheet = Ynghylch
about-heading = Ynghylch y llyfr gwaith hwn
made-on = Gwnaed ar
organisation = Sefydliad

## Golwg gyfunol grŵp

# Enw'r ffeil wedi'i llwytho i lawr; { $framework } yw dynodydd y fframwaith.
combined-file = almanac-{ $framework }-cyfunol.xlsx
statements-sheet = Datganiadau
areas-sheet = Meysydd
levels-sheet = Lefelau pob ymatebydd
group = Grŵp
# Enw ffeil ymatebydd, neu "Dolen rannu 3".
respondent = Ymatebydd
role-or-team = Rôl neu dîm
answers-changed = Newidiwyd yr atebion ddiwethaf
level = Lefel
answer = Ateb
how-worked-out = Sut y cyfrifir y ffigurau
# { $sheet } yw enw dalen lefelau pob ymatebydd.
levels-explained = Mae gan y ddalen “{ $sheet }” res ar gyfer pob ymatebydd a datganiad, felly gall ei hidlwyr ddangos un ymatebydd, rôl neu dîm, datganiad neu lefel ar y tro.

## Y data perfformiad gwasanaethau

# Enw'r ffeil wedi'i llwytho i lawr; { $date } yw dyddiad fel 2026-03-03.
performance-file = almanac-perfformiad-gwasanaethau-{ $date }.xlsx
figures-sheet = Ffigurau
indicators-sheet = Dangosyddion
unit-costs-sheet = Costau uned tybiedig
channel = Sianel
digital = Sianel ddigidol
assumed-cost = Cost dybiedig un trafodiad (£)
# UNSURE: "Ydy"/"Nac ydy" yn ateb "A yw'n sianel ddigidol?"; neu "Ie"/"Na"?
yes = Ydy
no = Nac ydy
figures = Ffigurau
illustrative = Wedi'u dyfeisio, i ddangos beth mae Almanac yn ei wneud: nid ffigurau cyngor
year-starts = Mis dechrau'r flwyddyn ariannol
# { $sheet } yw enw dalen y ffigurau.
figures-explained = Mae'r ddalen “{ $sheet }” wedi'i gosod fel y templed CSV: newidiwch hi neu ychwanegwch ati, yna uwchlwythwch hi ar y dudalen Gwasanaethau.
# UNSURE: "Sail prisio'r arbediad" yw pennawd y golofn yn y daenlen dangosyddion (performance-computed.ftl)
unit-costs-explained = Ffigurau cychwynnol crwn neu eich amcangyfrifon eich hun yw'r costau uned tybiedig, nid mesuriadau. Dim ond lle nad yw costau gwasanaeth ei hun wedi'u rhoi ar gyfer pob sianel yn y ddau gyfnod y mae'r arbediad o symud sianel yn eu defnyddio, ac mae'n dweud hynny yn y golofn “Sail prisio'r arbediad”.

## Ffigurau gwasanaethau wedi'u darllen o lyfr gwaith; yn cael eu dangos ar ôl enw'r ffeil mewn rhestr o broblemau

not-workbook = nid yw hwn yn llyfr gwaith Excel (.xlsx) y gall Almanac ei ddarllen: cadwch ef fel llyfr gwaith Excel neu fel CSV, yna uwchlwythwch ef eto
old-workbook = mae hon yn ffeil Excel hŷn (.xls), neu'n llyfr gwaith wedi'i ddiogelu â chyfrinair: cadwch hi fel llyfr gwaith Excel (.xlsx) heb gyfrinair, neu fel CSV, yna uwchlwythwch hi eto
# { $sheet } yw enw'r ddalen a ddarllenodd Almanac.
empty-sheet = mae'r ddalen “{ $sheet }” yn wag: rhowch y ffigurau ar y ddalen gyntaf, wedi'u gosod fel y templed
too-many-cells = mae gan y ddalen “{ $sheet }” fwy o gelloedd wedi'u llenwi nag y mae { $rows } rhes o'r templed yn eu dal
not-loaded = nid oedd modd darllen y ffeil: nid oedd y ddyfais hon yn gallu nôl y rhan o Almanac sy'n darllen llyfrau gwaith. Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni

# Adroddiad y bwrdd: ffigurau'r portffolio ar gyfer un cyfnod, wedi'u gosod i'w hargraffu ar A4.

back = Yn ôl i'r dangosfwrdd
heading = Adroddiad y bwrdd
no-figures-before = Nid oes ffigurau i'w hadrodd eto.{ " " }
no-figures-link = Ychwanegwch eich gwasanaethau a'u ffigurau
no-figures-after = { " " }yn gyntaf.
title = Perfformiad gwasanaethau
title-of = { $organisation }: perfformiad gwasanaethau
indicators-file = almanac-dangosyddion-gwasanaethau-{ $date }.csv
change-over = { $count ->
    [zero] { $change } (dros { $count } gwasanaeth)
    [one] { $change } (dros { $count } gwasanaeth)
    [two] { $change } (dros { $count } wasanaeth)
    [few] { $change } (dros { $count } gwasanaeth)
    [many] { $change } (dros { $count } gwasanaeth)
   *[other] { $change } (dros { $count } gwasanaeth)
}
not-known = Anhysbys
print-note = Mae'r dudalen hon wedi'i gosod i'w hargraffu ar A4. I wneud PDF, argraffwch hi a dewiswch “Cadw fel PDF” fel yr argraffydd.
print = Argraffu neu gadw fel PDF
download-indicators = Llwytho'r dangosyddion i lawr (CSV)
report-caption = Adroddiad perfformiad gwasanaethau
period = Cyfnod
compared-with = O'i gymharu â
services-with-figures = Gwasanaethau sydd â ffigurau
in-register = { $count } o { $total } yn y gofrestr
figures = Ffigurau
illustrative = Data sampl enghreifftiol, wedi'u dyfeisio i ddangos sut mae'r dangosfwrdd yn gweithio: nid ffigurau go iawn unrhyw gyngor
report-produced = Adroddiad wedi'i lunio
with-almanac = { " " }gydag Almanac
headline-heading = Prif ffigurau
headline-intro = Pob gwasanaeth gyda'i gilydd ar gyfer { $period }. Caiff pob ffigur ei gyfrifo dros y gwasanaethau y mae eu ffigurau'n ei roi; mae'r newid ers { $previous } dros y gwasanaethau a gyfrifwyd yn y ddau gyfnod, felly ni chaiff gwasanaeth a ychwanegwyd neu a ollyngwyd fyth ei gyfrif fel cynnydd neu ostyngiad.
headline-scrolls = Prif ffigurau (yn sgrolio i'r ochr)
headline-caption = Y pedwar dangosydd a'r nifer ar gyfer pob gwasanaeth, { $period }
indicator = Dangosydd
change-since = Newid ers { $period }
rests-on = Yn seiliedig ar
targets = Targedau
shift-by-service = Symud sianel fesul gwasanaeth
top-services = Y { $top } gwasanaeth uchaf
trends = Tueddiadau
data-quality = Ansawdd data
illustrative-note = Ffigurau sampl enghreifftiol yw'r rhain, wedi'u dyfeisio i ddangos sut mae'r dangosfwrdd yn gweithio: nid ffigurau go iawn unrhyw gyngor ydynt.
leaves-out = { $count ->
    [zero] Mae { $indicator } yn gadael { $count } gwasanaeth allan, am nad oes ganddynt ffigur sydd ei angen: { $services }.
    [one] Mae { $indicator } yn gadael { $count } gwasanaeth allan, am nad oes ganddo ffigur sydd ei angen: { $services }.
    [two] Mae { $indicator } yn gadael { $count } wasanaeth allan, am nad oes ganddynt ffigur sydd ei angen: { $services }.
    [few] Mae { $indicator } yn gadael { $count } gwasanaeth allan, am nad oes ganddynt ffigur sydd ei angen: { $services }.
    [many] Mae { $indicator } yn gadael { $count } gwasanaeth allan, am nad oes ganddynt ffigur sydd ei angen: { $services }.
   *[other] Mae { $indicator } yn gadael { $count } gwasanaeth allan, am nad oes ganddynt ffigur sydd ei angen: { $services }.
}
gap = { $service }, { $channel }: nid yw { $period } wedi'i adio o'i fisoedd, oherwydd nad oes ffigurau ar gyfer: { $missing }.
# Coma rhwng y cyfnodau yn hytrach nag "a"/"ac" (sy'n dibynnu ar lafariad), gyda cholon o'u blaen yn gap.
and = ,{ " " }
none-given = dim wedi'i rhoi
assumptions = Lle nad yw costau gwasanaeth ei hun yn gyflawn ar gyfer y ddau gyfnod, caiff ei arbediad ei brisio ar gostau uned tybiedig fesul trafodiad: { $costs }. Tybiaethau yw'r rhain, nid mesuriadau.
unknown-channels = Mae sianel heb ffigurau ar gyfer gwasanaeth mewn cyfnod yn anhysbys, ac ni chaiff fyth ei chyfrif fel dim; dim ond sianel sydd wedi'i nodi'n “heb ei chynnig” sy'n cyfrif fel dim.

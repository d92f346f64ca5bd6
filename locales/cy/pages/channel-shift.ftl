# Symud sianel mewn geiriau ac fel tabl. Cyfnodau yw { $period } a { $previous }, megis
# "Ebrill i Fehefin 2026 (Q1 2026/27)".

no-figures-in = dim ffigurau ar gyfer { $period }
# UNSURE: enw'r sianel (data, heb dreiglad) yn dilyn "ffigurau"; "dim ffigurau Ffôn ar gyfer …".
no-channel-figures-in = dim ffigurau { $channels } ar gyfer { $period }
take-up-unknown = defnydd digidol yn anhysbys (cyfrif gwag, neu ni chofnodwyd sianel ddigidol neu sianel all-lein)
or = { " " }neu{ " " }
# Coma rhwng enwau'r sianeli yn hytrach nag "a"/"ac" (sy'n dibynnu ar yr enw), gyda cholon o'u blaen yn no-assumed-cost.
and = ,{ " " }
coverage-share = , { $share } o'r trafodion ar gyfer { $period }
# UNSURE: "Tebyg am debyg" am "like for like"; a yw'n glir heb "cymhariaeth"?
like-for-like = { $total ->
    [zero] Tebyg am debyg: { $compared } o'r { $total } gwasanaeth sydd â ffigurau{ $share }.
    [one] Tebyg am debyg: { $compared } o'r { $total } gwasanaeth sydd â ffigurau{ $share }.
    [two] Tebyg am debyg: { $compared } o'r { $total } wasanaeth sydd â ffigurau{ $share }.
    [few] Tebyg am debyg: { $compared } o'r { $total } gwasanaeth sydd â ffigurau{ $share }.
    [many] Tebyg am debyg: { $compared } o'r { $total } gwasanaeth sydd â ffigurau{ $share }.
   *[other] Tebyg am debyg: { $compared } o'r { $total } gwasanaeth sydd â ffigurau{ $share }.
}
left-out = { " " }Wedi'u gadael allan, felly heb eu cyfrif fel symud sianel nac yn ei erbyn: { $named }.
moved-to = symudodd tua { $count } o drafodion i sianeli digidol
moved-away = symudodd tua { $count } o drafodion i ffwrdd o sianeli digidol
extra-cost = cost ychwanegol o { $amount }
per-year = , neu tua { $amount } y flwyddyn ar y gyfradd honno
estimated-saving = Arbediad amcangyfrifedig ar gyfer { $period }: { $saving }{ $per-year }.
valued-own = Wedi'i brisio ar eich costau eich hun: { $offline } am drafodiad all-lein ar gyfer { $previous } a { $digital } am un digidol ar gyfer { $period }.
valued-assumed = Wedi'i brisio ar y costau uned tybiedig ({ $offline } am drafodiad all-lein, { $digital } am un digidol), oherwydd nad yw eich costau eich hun yn gyflawn ar gyfer y ddau gyfnod.
valued-own-all = Wedi'i brisio ar eich costau eich hun ar gyfer pob gwasanaeth a gyfrifwyd.
valued-assumed-all = Wedi'i brisio ar y costau uned tybiedig ar gyfer pob gwasanaeth a gyfrifwyd, oherwydd nad yw costau unrhyw wasanaeth ei hun yn gyflawn ar gyfer y ddau gyfnod.
# UNSURE: gall { $measured } fod yn "cost ychwanegol o £…" yn hytrach na swm.
valued-mixed = Mae { $measured } ohono wedi'i brisio ar eich costau eich hun; { $assumed } ar y costau uned tybiedig, ar gyfer gwasanaethau nad yw eu costau eu hunain yn gyflawn ar gyfer y ddau gyfnod. Mae'r tabl o symud sianel fesul gwasanaeth yn dweud pa rai.
no-assumed-cost = Ni ellir amcangyfrif yr arbediad: nid yw'r costau'n gyflawn ar gyfer y ddau gyfnod, ac nid oes cost uned dybiedig ar gyfer: { $channels }.
services-unvalued = Ni roddir cyfanswm arbediad, oherwydd byddai'n gadael allan { $services }: nid yw eu costau'n gyflawn ar gyfer y ddau gyfnod ac nid oes cost uned dybiedig gan sianel y maent yn ei defnyddio.
shift-heading = Symud sianel ers { $period }
shift-not-known = Anhysbys: dim ffigurau ar gyfer yr un sianeli yn y ddau gyfnod, gyda phob cyfrif wedi'i lenwi.
take-up-went = Aeth y defnydd digidol o { $before } i { $now } ({ $change }): { $moved }.
check-costs = Gwirio neu newid y costau uned tybiedig
assumed-costs-pair = Costau tybiedig ({ $offline } all-lein, { $digital } digidol)
own-costs-pair = Eich costau eich hun ({ $offline } all-lein, { $digital } digidol)
own-costs = Eich costau eich hun
not-known = Anhysbys
no-assumed-cost-for = Dim cost dybiedig ar gyfer { $channels }
table-caption = Symud sianel fesul gwasanaeth, { $period } o'i gymharu â { $previous }
scrolls = { $caption } (yn sgrolio i'r ochr)
service = Gwasanaeth
take-up-before = Defnydd o'r blaen
take-up-now = Defnydd nawr
moved = Trafodion a symudodd
saving = Arbediad
valued-on = Wedi'i brisio ar

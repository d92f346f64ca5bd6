# Darnau y mae tudalennau perfformiad gwasanaethau yn eu rhannu: baner y data sampl, y dangosyddion
# a'r hyn y maent yn seiliedig arno, y siartiau tueddiadau gyda'u testun amgen a'u tablau data,
# cymorth y maes cyfnod a ffurflen y gwasanaeth.

banner-title = Data sampl enghreifftiol
banner-before = Mae'r gwasanaethau a'r ffigurau hyn wedi'u dyfeisio, i ddangos sut mae'r dangosfwrdd yn gweithio. Nid ffigurau go iawn unrhyw gyngor ydynt.{ " " }
banner-link = Rhowch eich rhai eich hun yn eu lle
banner-after = { " " }pan fyddwch yn barod.
since = Ers { $period }: { $change }
# UNSURE: "tebyg am debyg" am "like for like", fel yn channel-shift.ftl
since-like-for-like = { $count ->
    [zero] Ers { $period }, tebyg am debyg dros { $count } gwasanaeth: { $change }
    [one] Ers { $period }, tebyg am debyg dros { $count } gwasanaeth: { $change }
    [two] Ers { $period }, tebyg am debyg dros { $count } wasanaeth: { $change }
    [few] Ers { $period }, tebyg am debyg dros { $count } gwasanaeth: { $change }
    [many] Ers { $period }, tebyg am debyg dros { $count } gwasanaeth: { $change }
   *[other] Ers { $period }, tebyg am debyg dros { $count } gwasanaeth: { $change }
}
since-not-known = Ers { $period }: Anhysbys
top-highlighted = Mae'r { $top } gwasanaeth uchaf yn ôl nifer y trafodion wedi'u hamlygu.
none-marked = Mae gwasanaethau wedi'u trefnu yn ôl nifer y trafodion; gyda { $ranked } wedi'u trefnu, mae pob un yn y { $top } uchaf, felly nid oes yr un wedi'i farcio.
satisfaction-caption = Bodlonrwydd defnyddwyr fesul sianel, { $period }
scrolls = { $caption } (yn sgrolio i'r ochr)
channel = Sianel
responses = Ymatebion
satisfied = Bodlon
period-hint = Chwarter o'r flwyddyn ariannol, megis { $quarter } ar gyfer { $months }, mis, megis 2026-04, neu flwyddyn gyfan, megis { $year }
period-message = Rhowch chwarter fel { $quarter }, mis fel 2026-04 neu flwyddyn fel { $year }
# UNSURE: "o { $count } sydd â ffigurau" heb enw ar ôl y rhif, i osgoi treiglo.
none-gives = Nid oes yr un gwasanaeth o'r { $count } sydd â ffigurau yn rhoi hwn
rests-on-all = { $count ->
    [zero] Yn seiliedig ar bob un o'r { $count } gwasanaeth sydd â ffigurau
    [one] Yn seiliedig ar yr unig wasanaeth sydd â ffigurau
    [two] Yn seiliedig ar y ddau wasanaeth sydd â ffigurau
    [few] Yn seiliedig ar bob un o'r { $count } gwasanaeth sydd â ffigurau
    [many] Yn seiliedig ar bob un o'r { $count } gwasanaeth sydd â ffigurau
   *[other] Yn seiliedig ar bob un o'r { $count } gwasanaeth sydd â ffigurau
}
rests-on-part = { $total ->
    [zero] Yn seiliedig ar { $counted } o'r { $total } gwasanaeth sydd â ffigurau{ $share } (nid oes gan y lleill ffigur sydd ei angen)
    [one] Yn seiliedig ar { $counted } o'r { $total } gwasanaeth sydd â ffigurau{ $share } (nid oes gan y lleill ffigur sydd ei angen)
    [two] Yn seiliedig ar { $counted } o'r { $total } wasanaeth sydd â ffigurau{ $share } (nid oes gan y llall ffigur sydd ei angen)
    [few] Yn seiliedig ar { $counted } o'r { $total } gwasanaeth sydd â ffigurau{ $share } (nid oes gan y lleill ffigur sydd ei angen)
    [many] Yn seiliedig ar { $counted } o'r { $total } gwasanaeth sydd â ffigurau{ $share } (nid oes gan y lleill ffigur sydd ei angen)
   *[other] Yn seiliedig ar { $counted } o'r { $total } gwasanaeth sydd â ffigurau{ $share } (nid oes gan y lleill ffigur sydd ei angen)
}
basis-all = { $count ->
    [zero] Pob un o'r { $count } gwasanaeth sydd â ffigurau
    [one] Yr unig wasanaeth sydd â ffigurau
    [two] Y ddau wasanaeth sydd â ffigurau
    [few] Pob un o'r { $count } gwasanaeth sydd â ffigurau
    [many] Pob un o'r { $count } gwasanaeth sydd â ffigurau
   *[other] Pob un o'r { $count } gwasanaeth sydd â ffigurau
}
basis-part = { $total ->
    [zero] { $counted } o'r { $total } gwasanaeth sydd â ffigurau{ $share } (nid oes gan y lleill ffigur sydd ei angen)
    [one] { $counted } o'r { $total } gwasanaeth sydd â ffigurau{ $share } (nid oes gan y lleill ffigur sydd ei angen)
    [two] { $counted } o'r { $total } wasanaeth sydd â ffigurau{ $share } (nid oes gan y llall ffigur sydd ei angen)
    [few] { $counted } o'r { $total } gwasanaeth sydd â ffigurau{ $share } (nid oes gan y lleill ffigur sydd ei angen)
    [many] { $counted } o'r { $total } gwasanaeth sydd â ffigurau{ $share } (nid oes gan y lleill ffigur sydd ei angen)
   *[other] { $counted } o'r { $total } gwasanaeth sydd â ffigurau{ $share } (nid oes gan y lleill ffigur sydd ei angen)
}
share-of-transactions = , { $share } o'r trafodion
all-services = pob gwasanaeth
all-services-slug = pob-gwasanaeth
services-counted = Gwasanaethau a gyfrifwyd
counted-of = { $counted } o { $total }
take-up-series = Defnydd digidol, { $who }
target-series = Targed erbyn diwedd { $period }
target-note = { " " }Mae llinell lorweddol yn dangos y targed o { $share } erbyn diwedd { $period }.
all-channels = Pob sianel
total-not-known = Anhysbys (mae cyfrif yn wag)
# UNSURE: "hyd" rhwng dau gyfnod, i osgoi treiglo enw'r mis ar ôl "i" neu "o".
span = { $first } hyd { $last }
take-up-heading = Defnydd digidol dros amser
take-up-chart = Siart linell o'r defnydd digidol ar gyfer { $who }, { $span }. { $description }{ $target } Mae'r tabl isod yn rhoi pob gwerth.
take-up-file = almanac-defnydd-digidol-{ $slug }.png
take-up-caption = Defnydd digidol ar gyfer { $who }
cost-heading = Cost fesul trafodiad fesul sianel
no-costs = Nid oes costau wedi'u rhoi eto.
cost-chart = Siart linell o'r gost fesul trafodiad ar bob sianel ar gyfer { $who }, { $span }, un llinell ar gyfer pob un o'r rhain: { $channels }. Mae'r tabl isod yn rhoi pob gwerth.
cost-file = almanac-cost-fesul-trafodiad-{ $slug }.png
cost-caption = Cost fesul trafodiad fesul sianel ar gyfer { $who }
volume-heading = Trafodion fesul sianel
no-transactions = Nid oes trafodion wedi'u rhoi eto.
# UNSURE: "siart bar wedi'i bentyrru" am "stacked bar chart"
volume-chart = Siart bar wedi'i bentyrru o'r trafodion a gwblhawyd ar gyfer { $who }, { $span }, gyda haen ar gyfer pob un o'r rhain: { $channels }. Mae'r tabl isod yn rhoi pob gwerth.
volume-file = almanac-trafodion-fesul-sianel-{ $slug }.png
volume-caption = Trafodion a gwblhawyd fesul sianel ar gyfer { $who }
# Cyfnodau byr mewn cromfachau, i osgoi treiglo ar ôl "yn": "O 58.0% (Q3 2025/26) i 70.0% (Q2 2026/27)."
from-to = O { $first } ({ $first-period }) i { $last } ({ $last-period }).
only-value = { $value } ({ $period }).
no-values = Nid oes gwerthoedd yn hysbys eto.
period = Cyfnod
name-label = Enw'r gwasanaeth
name-hint = Yr hyn y mae pobl yn ei alw, megis “Rhoi gwybod am fin heb ei gasglu”.
description-label = Disgrifiad (dewisol)
description-hint = Brawddeg am yr hyn y mae'r gwasanaeth yn ei wneud.
owner-label = Perchennog (dewisol)
owner-hint = Y tîm neu'r unigolyn sy'n gyfrifol, megis “Gwasanaethau gwastraff”.
category-label = Categori (dewisol)
category-hint = Grŵp i drefnu gwasanaethau yn ei ôl, megis “Yr amgylchedd”.

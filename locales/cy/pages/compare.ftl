# Cymharu a chyfuno: yr hafan, y duedd ar draws asesiadau o'r un fframwaith, a dau asesiad ochr
# yn ochr (src/pages/compare.rs); ac, ar y diwedd, sut newidiodd sgôr neu ateb
# (src/domain/compare.rs).
# Mae { " " } yn cadw bwlch ar ddechrau neu ddiwedd testun sydd wrth ymyl un arall.

heading = Cymharu a chyfuno
lead = Gwelwch sut mae sgoriau wedi symud ers y tro diwethaf, rhowch ddau asesiad ochr yn ochr, neu cyfunwch asesiadau pobl eraill i weld lle maent yn cytuno a lle nad ydynt.
over-time-heading = Eich asesiadau dros amser
no-results = Nid oes canlyniadau wedi'u cadw ar y ddyfais hon eto. Ar ôl i chi wneud asesiad fwy nag unwaith, bydd ei duedd yn ymddangos yma.
# { $framework } yw teitl y fframwaith.
trend-for = Tuedd ar gyfer { $framework }
# Ar ôl y ddolen i duedd fframwaith: faint o asesiadau ohono sydd.
assessment-count = { $count ->
    [one] { " " }({ $count } asesiad)
   *[other] { " " }({ $count } asesiad)
}

## Dau asesiad ochr yn ochr: eu dewis

side-by-side-heading = Dau asesiad ochr yn ochr
side-by-side-body = Gwelwch beth aeth i fyny, beth aeth i lawr a beth arhosodd yr un fath, ar gyfer pob maes a phob datganiad.
error-title = Mae problem
# Mae defnyddwyr darllenydd sgrin yn clywed hyn cyn y neges gwall.
error-prefix = Gwall:{ " " }
choose-earlier = Dewiswch yr asesiad cynharach
choose-later = Dewiswch yr asesiad diweddarach
choose-different = Dewiswch ddau asesiad gwahanol
choose-same-framework = Dewiswch ddau asesiad o'r un fframwaith
earlier-assessment = Asesiad cynharach
later-assessment = Asesiad diweddarach
choose-assessment = Dewiswch asesiad
# Asesiad fel y mae'r rhestrau a'r gymhariaeth yn ei enwi: ei deitl, yna ei ddyddiad.
title-and-date = { $title }, { $date }
compare-button = Cymharu'r ddau hyn

## Grwpiau o asesiadau pobl eraill

combine-heading = Cyfuno asesiadau pobl eraill
combine-body = Casglwch ffeiliau canlyniadau cydweithwyr neu bartneriaid mewn grŵp i weld sut mae'r atebion yn amrywio a lle mae pobl yn anghytuno. Mae grwpiau'n cael eu cadw ar wahân i'ch canlyniadau chi.
# Ar ôl y ddolen i grŵp: asesiadau faint o bobl sydd ynddo.
respondent-count = { $count ->
    [one] { " " }({ $count } ymatebydd)
   *[other] { " " }({ $count } ymatebydd)
}
group-name-missing = Rhowch enw ar gyfer y grŵp
group-name-too-long = Rhaid i'r enw fod yn { $max } nod neu lai
group-name-label = Enw grŵp newydd
group-name-hint = Er enghraifft, “Gweithdy arweinwyr digidol, Tachwedd 2026” neu “Cynghorau dosbarth 2026”.
create-group = Creu grŵp

## Meincnodau

# Y pennawd, y geiriau a'r ddolen ar ddiwedd y dudalen, sy'n arwain at y dudalen meincnodau.
benchmarks-heading = Meincnodau
benchmarks-body = Mae meincnod yn dangos lle mae eich cyngor yn sefyll o'i gymharu ag eraill, o gyfrifon a chwartelau y mae cydlynydd partneriaeth yn eu cyhoeddi o grŵp.
benchmarks-link = Agor a rheoli meincnodau

## Tuedd un fframwaith

back = Yn ôl i gymharu a chyfuno
# { $title } yw teitl asesiad, { $date } ei ddyddiad.
other-version = Gwnaed { $title } ({ $date }) gyda fersiwn { $version }
# Testun amgen y siart. { $max } yw brig y raddfa.
chart-label = Siart linell o'r sgôr gyffredinol ym mhob un o'r { $count } asesiad, yr hynaf yn gyntaf, ar raddfa o 0 i { $max }. Mae'r un ffigurau yn y tabl sy'n dilyn.
# Yr un peth, pan fydd un maes yn cael ei ddangos hefyd: { $area } yw ei deitl.
chart-label-area = Siart linell o'r sgôr gyffredinol a'r sgôr ar gyfer { $area } ym mhob un o'r { $count } asesiad, yr hynaf yn gyntaf, ar raddfa o 0 i { $max }. Mae'r un ffigurau yn y tabl sy'n dilyn.
# Enw llun y siart wrth ei lwytho i lawr; { $framework } yw dynodydd y fframwaith.
chart-file = almanac-tuedd-{ $framework }.png
# UNSURE: mae'r Saesneg yn enwi botwm “Repeat this assessment”, ond “Re-assess from a copy” (“Ailasesu o gopi”) yw ei enw ar y dudalen Canlyniadau wedi'u cadw
only-one = Dim ond un asesiad o'r fframwaith hwn sydd ar y ddyfais hon. Gwnewch ef eto (ar y dudalen Canlyniadau wedi'u cadw, dewiswch “Ailasesu o gopi”) i weld tuedd.
# { $first } a { $last } yw dyddiadau.
trend-summary = { $count } asesiad, o { $first } i { $last }. Mae'r sgoriau allan o { $top }.
versions-note = Mae'r sgoriau'n cael eu cyfrifo ar fersiwn { $version } o'r fframwaith. Dim ond ar y datganiadau sydd gan y fersiynau yn gyffredin y mae asesiadau a wnaed gyda fersiwn arall yn cyfrif:
# { $noun } yw enw'r fframwaith ar faes, fel “canlyniad”.
also-show = Dangos un { $noun } ar y siart hefyd
overall-only = Sgôr gyffredinol yn unig
trend-caption = Sgoriau cyffredinol a sgoriau pob { $noun } ym mhob asesiad, allan o { $top }
overall = Cyffredinol

## Dau asesiad ochr yn ochr

earlier = Cynharach
later = Diweddarach
overall-score = Sgôr gyffredinol
# Sgôr gyffredinol yr asesiad cynharach, yna un yr asesiad diweddarach.
score-then = { $before } yna { $after }
# Mae'r tri yn gwneud un frawddeg: "{ $up }, { $down } ac { $same }."
statements-up = { $count ->
    [zero] Aeth { $count } datganiad i fyny
    [one] Aeth { $count } datganiad i fyny
    [two] Aeth { $count } ddatganiad i fyny
    [few] Aeth { $count } datganiad i fyny
    [many] Aeth { $count } datganiad i fyny
   *[other] Aeth { $count } datganiad i fyny
}
statements-down = { $count ->
    [zero] aeth { $count } datganiad i lawr
    [one] aeth { $count } datganiad i lawr
    [two] aeth { $count } ddatganiad i lawr
    [few] aeth { $count } datganiad i lawr
    [many] aeth { $count } datganiad i lawr
   *[other] aeth { $count } datganiad i lawr
}
statements-same = { $count ->
    [zero] arhosodd { $count } datganiad yr un fath
    [one] arhosodd { $count } datganiad yr un fath
    [two] arhosodd { $count } ddatganiad yr un fath
    [few] arhosodd { $count } datganiad yr un fath
    [many] arhosodd { $count } datganiad yr un fath
   *[other] arhosodd { $count } datganiad yr un fath
}
tally = { $up }, { $down } ac { $same }.
# { $dont-know } a { $not-applicable } yw geiriau'r fframwaith ei hun am “Ddim yn gwybod” ac “Amherthnasol”.
not-comparable = { $count ->
    [zero] Nid oes modd cymharu { $count } datganiad, oherwydd bod un ateb neu'r ddau yn wag, yn “{ $dont-know }” neu'n “{ $not-applicable }”.
    [one] Nid oes modd cymharu { $count } datganiad, oherwydd bod un ateb neu'r ddau yn wag, yn “{ $dont-know }” neu'n “{ $not-applicable }”.
    [two] Nid oes modd cymharu { $count } ddatganiad, oherwydd bod un ateb neu'r ddau yn wag, yn “{ $dont-know }” neu'n “{ $not-applicable }”.
    [few] Nid oes modd cymharu { $count } datganiad, oherwydd bod un ateb neu'r ddau yn wag, yn “{ $dont-know }” neu'n “{ $not-applicable }”.
    [many] Nid oes modd cymharu { $count } datganiad, oherwydd bod un ateb neu'r ddau yn wag, yn “{ $dont-know }” neu'n “{ $not-applicable }”.
   *[other] Nid oes modd cymharu { $count } datganiad, oherwydd bod un ateb neu'r ddau yn wag, yn “{ $dont-know }” neu'n “{ $not-applicable }”.
}
versions-compared = Mae'r ddau'n cael eu cymharu ar fersiwn { $version } o'r fframwaith, ar y datganiadau sydd gan eu fersiynau yn gyffredin.
not-answered = Heb ei ateb
not-in-plan = Ddim yn y cynllun
area-caption = Sgôr pob { $noun }, allan o { $top }
change = Newid
statements-caption = Ateb pob datganiad, a'r statws a roddodd cynllun gweithredu'r asesiad cynharach iddo
# UNSURE: pennawd colofn sy'n dangos statws y cynllun (Heb ddechrau, Ar waith, Wedi'i wneud)
plan-delivered = Cyflawni'r cynllun
# Ar ôl datganiad: y maes y mae ynddo.
in-area = ({ $area })

## Sut newidiodd sgôr neu ateb, mewn tag (src/domain/compare.rs). Rhif yw { $amount }, fel 1.5.

up = I fyny { $amount }
down = I lawr { $amount }
same = Yr un fath
cannot-compare = Dim modd cymharu

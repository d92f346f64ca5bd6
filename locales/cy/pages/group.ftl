# Grŵp o asesiadau pobl eraill: ychwanegu eu ffeiliau a golwg gyfunol ar eu hatebion
# (src/pages/group.rs). Mae pwy sydd yn y grŵp yn respondents.ftl.
# Mae { " " } yn cadw bwlch ar ddechrau neu ddiwedd testun sydd wrth ymyl un arall.

back = Yn ôl i gymharu a chyfuno
caption = Asesiadau cyfunol
workshop-link = Paratoi pecyn gweithdy
workshop-after = , i gytuno ar un farn gyda'r bobl yn yr ystafell
# O dan enw'r grŵp, dolen i gyhoeddi meincnod ohono, a'r geiriau ar ôl y ddolen.
benchmark-link = Cyhoeddi meincnod
benchmark-after = , fel y gall pob cyngor weld lle mae'n sefyll o'i gymharu â'r lleill
add-more-heading = Ychwanegu rhagor o ffeiliau asesu
add-heading = Ychwanegu ffeiliau asesu
how-to-add = Gofynnwch i bob person lwytho ei ganlyniad i lawr o Almanac ac anfon y ffeil atoch. Dim ond y lefelau a ddewiswyd ganddynt sy'n cael eu cadw yn y grŵp: mae eu nodiadau tystiolaeth a'u cynlluniau gweithredu yn aros yn eu ffeiliau. Ni fydd dim yn cael ei ychwanegu nes i chi wirio beth fydd yn cael ei ychwanegu.
upload-label = Uwchlwytho ffeiliau asesu
upload-hint = Dewiswch gymaint o ffeiliau canlyniad .json ag y mynnwch ar unwaith, neu llusgwch nhw yma.
links-label = Neu gludwch ddolenni rhannu
links-hint = Un ddolen ar bob llinell. Mae dolen rannu yn cynnwys y canlyniad ei hun.
add-links = Ychwanegu dolenni rhannu
# O ble daeth ymatebydd, pan ddaeth fel dolen wedi'i gludo yn hytrach na ffeil.
share-link = Dolen rannu { $number }
# Yn y rhestr o broblemau pan fydd y blwch dolenni rhannu yn wag.
share-links = Dolenni rhannu
no-links = gludwch o leiaf un ddolen rannu, un ar bob llinell
delete-heading = Dileu'r grŵp hwn
delete-body = Mae dileu'r grŵp yn tynnu'r atebion cyfunol oddi ar y ddyfais hon. Nid yw hyn yn effeithio ar y ffeiliau a anfonodd pobl atoch.
delete-button = Dileu'r grŵp hwn
delete-question = Dileu'r grŵp hwn oddi ar y ddyfais hon?
delete-yes = Ie, dileu'r grŵp
cancel = Canslo
delete-warning = { $count ->
    [one] Bydd atebion cyfunol { $count } ymatebydd yn cael eu dileu. Nid oes modd dadwneud hyn.
   *[other] Bydd atebion cyfunol { $count } ymatebydd yn cael eu dileu. Nid oes modd dadwneud hyn.
}

## Ychwanegu ffeiliau

reading = Wrthi'n darllen ffeiliau: { $done } o { $total }
added = { $count ->
    [one] Mae { $count } asesiad wedi'i ychwanegu at y grŵp.
   *[other] Mae { $count } asesiad wedi'u hychwanegu at y grŵp.
}
# Yn dilyn "added".
replaced = { $count ->
    [one] { " " }Roedd { $count } eisoes yn y grŵp, ac mae wedi'i ddisodli.
   *[other] { " " }Roedd { $count } eisoes yn y grŵp, ac maent wedi'u disodli.
}
# Ffeil nad oes modd ei hychwanegu: ei henw, yna beth sydd o'i le arni.
refused = { $source }: { $problems }
# Tair problem gyntaf ffeil, yna faint yn rhagor sydd.
more-problems = { $count ->
    [zero] { $problems } (a { $count } problem arall)
    [one] { $problems } (a { $count } broblem arall)
    [two] { $problems } (a { $count } broblem arall)
    [few] { $problems } (a { $count } phroblem arall)
    [many] { $problems } (a { $count } phroblem arall)
   *[other] { $problems } (a { $count } problem arall)
}
will-add = { $count ->
    [one] Bydd { $count } asesiad newydd yn cael ei ychwanegu.
   *[other] Bydd { $count } asesiad newydd yn cael eu hychwanegu.
}
# { $sources } yw enwau'r ffeiliau, wedi'u gwahanu gan atalnodau.
will-replace = { $count ->
    [one] Mae { $count } eisoes yn y grŵp hwn a bydd yn disodli'r copi sydd yno: { $sources }.
   *[other] Mae { $count } eisoes yn y grŵp hwn a byddant yn disodli'r copïau sydd yno: { $sources }.
}
left-out = { $count ->
    [one] Bydd y ffeil a restrir uchod yn cael ei gadael allan.
   *[other] Bydd y ffeiliau a restrir uchod ({ $count }) yn cael eu gadael allan.
}
add-question = Ychwanegu'r asesiadau hyn at y grŵp?
add-yes = Ie, eu hychwanegu
nothing-added = Nid oes dim wedi'i ychwanegu. Cywirwch y ffeiliau a'u dewis eto.
cannot-add = { $count ->
    [one] Nid oes modd ychwanegu { $count } ffeil
   *[other] Nid oes modd ychwanegu { $count } ffeil
}

## Yr olwg gyfunol

no-framework = Nid yw'r fframwaith a ddefnyddiwyd i wneud yr asesiadau hyn ar y ddyfais hon mwyach. Mewnforiwch ef eto ar y dudalen Fframweithiau i weld yr olwg gyfunol.
show-answers-of = Dangos atebion
everyone = Pawb
# Enwau ffeiliau wedi'u llwytho i lawr; { $framework } yw dynodydd y fframwaith.
csv-file = almanac-{ $framework }-cyfunol.csv
json-file = almanac-{ $framework }-cyfunol.json
radar-file = almanac-{ $framework }-cyfunol-radar.png
levels-file = almanac-{ $framework }-cyfunol-lefelau.png
download-csv = Llwytho'r olwg gyfunol i lawr (CSV)
download-json = Llwytho'r olwg gyfunol i lawr (JSON)
print = Argraffu neu gadw fel PDF
respondents = { $count ->
    [one] { $count } ymatebydd
   *[other] { $count } ymatebydd
}
# Ar ôl "respondents", pan ddangosir dim ond y rhai sydd ag un rôl neu dîm: cyn ac ar ôl y label.
labelled-before = { " " }â'r label “
labelled-after = ”
# Sgoriau yw { $median }, { $min } a { $max }; { $top } yw brig y raddfa.
overall-median = Sgôr gyffredinol ganolrifol { $median } allan o { $top }, o { $min } i { $max }.
no-overall = Nid oes gan unrhyw ymatebydd sgôr gyffredinol eto.
# Grŵp o ffeiliau a wnaed gyda fersiwn arall o'r fframwaith. { $sources } yw eu henwau.
version-uses = { $count ->
    [one] Mae { $count } ffeil yn defnyddio fersiwn { $version } yn hytrach na { $current }: { $sources }.
   *[other] Mae { $count } ffeil yn defnyddio fersiwn { $version } yn hytrach na { $current }: { $sources }.
}
# Yn dilyn "version-uses". { $statements } yw dynodyddion y datganiadau, wedi'u gwahanu gan atalnodau.
version-missing = { " " }Nid oes gan fersiwn { $version } y datganiadau hyn, felly nid yw'r ffeiliau hynny'n cael eu cyfrif arnynt: { $statements }.
# Yn dilyn "version-uses".
version-ignored = { $count ->
    [one] { " " }Mae { $count } ateb i ddatganiadau nad ydynt yn fersiwn { $current } wedi'i adael allan.
   *[other] { " " }Mae { $count } ateb i ddatganiadau nad ydynt yn fersiwn { $current } wedi'u gadael allan.
}
# Testun amgen y siart. { $nouns } yw enw'r fframwaith ar ei feysydd, fel “canlyniadau”.
# UNSURE: y nifer mewn cromfachau i osgoi treiglo enw'r fframwaith ar ôl rhif
radar-label = Siart o'r sgôr ganolrifol ar gyfer pob un o'r { $nouns } ({ $count } i gyd), gyda band wedi'i liwio o sgôr yr ymatebydd isaf i sgôr yr uchaf, ar raddfa o 1 i { $top }. Mae'r un ffigurau yn y tabl sy'n dilyn.
# DK, N/A a None yw tair colofn olaf y map gwres (yn Gymraeg: DG, Amh a Dim).
# UNSURE: rhaid i'r talfyriadau gyd-fynd â cholofnau'r map gwres (src/components/result_tables.rs)
heat-note = Datganiad yw pob rhes, wedi'i rifo fel yn y tabl ar gyfer pob { $noun } isod; mae pob rhif yn dangos faint o ymatebwyr a ddewisodd y lefel honno. DG: “{ $dont-know }”. Amh: “{ $not-applicable }”. Dim: heb ei ateb, neu ddim yn eu fersiwn nhw o'r fframwaith.
combined-heading = Atebion cyfunol
framework = Fframwaith
framework-version = { $title }, fersiwn { $version }
respondents-key = Ymatebwyr
overall = Cyffredinol
produced = Lluniwyd
# { $date } yw dyddiad heddiw.
produced-with = { $date } gydag Almanac
method = Ar gyfer pob datganiad, y canolrif yw'r ateb canol pan fydd yr atebion yn cael eu rhoi mewn trefn; yr amrediad yw'r ateb uchaf llai'r isaf. Mae “{ $dont-know }” ac “{ $not-applicable }” yn cael eu cyfrif ond yn cael eu gadael allan o'r ffigurau hyn. Mae ffigurau pob { $noun } yn seiliedig ar sgôr pob ymatebydd, sef cyfartaledd ei atebion i'r datganiadau hynny.
versions-differ = Nid yw pob ffeil yn defnyddio'r un fersiwn o'r fframwaith. Mae pob un yn cael ei chymharu ar fersiwn { $version }, ar y datganiadau sydd gan y fersiynau yn gyffredin.
disagree-heading = Lle mae pobl yn anghytuno fwyaf
median-range-heading = Canolrif ac amrediad pob { $noun }
area-caption = Sgoriau'r ymatebwyr ar gyfer pob { $noun }, allan o { $top }
levels-heading = Faint a ddewisodd bob lefel
levels-label = Map gwres o faint o ymatebwyr a ddewisodd bob lefel ar gyfer pob datganiad. Mae'r un niferoedd yn y tablau sy'n dilyn.
every-statement = Pob datganiad

## Lle mae pobl yn anghytuno

# UNSURE: “ddwy lefel neu fwy ar wahân” am “two or more levels apart”, yma ac yn y negeseuon sy'n dilyn
no-disagreement = Nid oes gan unrhyw ddatganiad atebion sydd ddwy lefel neu fwy ar wahân: mae pobl yn cytuno ar y cyfan.
disagreements = { $count ->
    [zero] Mae gan { $count } datganiad atebion sydd ddwy lefel neu fwy ar wahân.
    [one] Mae gan { $count } datganiad atebion sydd ddwy lefel neu fwy ar wahân.
    [two] Mae gan { $count } ddatganiad atebion sydd ddwy lefel neu fwy ar wahân.
    [few] Mae gan { $count } datganiad atebion sydd ddwy lefel neu fwy ar wahân.
    [many] Mae gan { $count } datganiad atebion sydd ddwy lefel neu fwy ar wahân.
   *[other] Mae gan { $count } datganiad atebion sydd ddwy lefel neu fwy ar wahân.
}
# Pan fydd mwy na { $shown }: mae'r gweddill wedi'u plygu o'r golwg.
disagreements-first = { $count ->
    [zero] Mae gan { $count } datganiad atebion sydd ddwy lefel neu fwy ar wahân; mae'r { $shown } sydd â'r amrywiaeth fwyaf yn dod gyntaf.
    [one] Mae gan { $count } datganiad atebion sydd ddwy lefel neu fwy ar wahân; mae'r { $shown } sydd â'r amrywiaeth fwyaf yn dod gyntaf.
    [two] Mae gan { $count } ddatganiad atebion sydd ddwy lefel neu fwy ar wahân; mae'r { $shown } sydd â'r amrywiaeth fwyaf yn dod gyntaf.
    [few] Mae gan { $count } datganiad atebion sydd ddwy lefel neu fwy ar wahân; mae'r { $shown } sydd â'r amrywiaeth fwyaf yn dod gyntaf.
    [many] Mae gan { $count } datganiad atebion sydd ddwy lefel neu fwy ar wahân; mae'r { $shown } sydd â'r amrywiaeth fwyaf yn dod gyntaf.
   *[other] Mae gan { $count } datganiad atebion sydd ddwy lefel neu fwy ar wahân; mae'r { $shown } sydd â'r amrywiaeth fwyaf yn dod gyntaf.
}
# Yn dilyn "disagreements".
start-with-these = { " " }Dechreuwch y sgwrs gyda'r rhain: mae pobl yn gweld yr un peth yn wahanol, neu'n gwybod pethau gwahanol amdano.
show-other-disagreements = { $count ->
    [one] Dangos y datganiad arall y mae pobl yn anghytuno yn ei gylch ({ $count })
   *[other] Dangos y datganiadau eraill y mae pobl yn anghytuno yn eu cylch ({ $count })
}
more-caption = Rhagor o ddatganiadau y mae pobl yn anghytuno yn eu cylch, yr amrediad ehangaf yn gyntaf
# Ar ôl datganiad: y maes y mae ynddo.
in-area = ({ $area })
disagreements-caption = Datganiadau gyda'r amrediad ehangaf o atebion yn gyntaf, ar raddfa o 1 i { $top }
lowest = Isaf
highest = Uchaf
range = Amrediad
median = Canolrif
answers = Atebion
disagreement = Anghytundeb
# Penawdau colofnau “Ddim yn gwybod” ac “Amherthnasol”, gyda'r geiriau llawn wrth hofran.
# UNSURE: talfyriad o “Ddim yn gwybod”; rhaid iddo gyd-fynd â'r map gwres
dont-know-short = DG
# UNSURE: talfyriad o “Amherthnasol”; rhaid iddo gyd-fynd â'r map gwres
not-applicable-short = Amh

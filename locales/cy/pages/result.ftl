# Tudalen y canlyniad (src/pages/result.rs): sgoriau, siartiau, camau nesaf, rhannu a chadw'r canlyniad.

kept-in-browser = Dim ond yn y porwr hwn y mae eich canlyniad wedi'i gadw. Llwythwch ef i lawr i gadw copi neu i'w anfon at rywun.
not-kept = Nid yw'r porwr hwn yn gadael i Almanac gadw eich canlyniad. Llwythwch ef i lawr nawr i'w gadw.
not-complete = { $total ->
    [zero] Rydych wedi ateb { $answered } o { $total } cwestiwn, felly nid yw'r canlyniad hwn yn gyflawn eto.{ " " }
    [one] Rydych wedi ateb { $answered } o { $total } cwestiwn, felly nid yw'r canlyniad hwn yn gyflawn eto.{ " " }
    [two] Rydych wedi ateb { $answered } o { $total } gwestiwn, felly nid yw'r canlyniad hwn yn gyflawn eto.{ " " }
    [few] Rydych wedi ateb { $answered } o { $total } chwestiwn, felly nid yw'r canlyniad hwn yn gyflawn eto.{ " " }
    [many] Rydych wedi ateb { $answered } o { $total } chwestiwn, felly nid yw'r canlyniad hwn yn gyflawn eto.{ " " }
   *[other] Rydych wedi ateb { $answered } o { $total } cwestiwn, felly nid yw'r canlyniad hwn yn gyflawn eto.{ " " }
}
continue-answering = Parhau i ateb
full-plan-link = Gweld y cynllun gweithredu llawn
full-plan-after = , wedi'i drefnu yn ôl blaenoriaeth, gyda chyngor y fframwaith, a heriau cyffredin ac arferion da ar gyfer pob maes.
# UNSURE: "map trywydd" for "roadmap" (as Llywodraeth Cymru uses it), here and on every page of the plan.
roadmap-link = Cynllunio'r gwaith fesul cam
roadmap-after = { " " }ar y map trywydd, gyda'r sgoriau y dylai pob cam eu cyrraedd.
downloads-heading = Adroddiadau a ffeiliau i'w llwytho i lawr
printable-report = Adroddiad i'w argraffu
download-answers = Llwytho'r atebion i lawr (CSV)
answers-file = atebion
keep-heading = Cadw eich canlyniad
download-result = Llwytho eich canlyniad i lawr
change-answers = Newid eich atebion
delete-result = Dileu'r canlyniad hwn
delete-question = Dileu'r canlyniad hwn o'r ddyfais hon?
# UNSURE: the answer to "Dileu…?": "Ie, ei ddileu" or "Ydw, dileu"?
delete-yes = Ie, ei ddileu
delete-no = Canslo
delete-warning = Nid oes modd dadwneud hyn. Llwythwch y canlyniad i lawr yn gyntaf os gallai fod ei angen arnoch eto.
title = Canlyniad: { $title }
overall-score = Sgôr gyffredinol
out-of = { $score } allan o { $top }
closest-level = Y lefel agosaf: { $level }
no-overall-score = Nid oes sgôr gyffredinol eto, oherwydd nid oes unrhyw gwestiwn wedi'i ateb gyda lefel.
how-scored = Sut mae'r sgôr yn cael ei chyfrifo
next-heading = Beth i weithio arno nesaf
next-steps-offline = Nid yw eich camau nesaf ar y ddyfais hon eto. Byddant yn ymddangos yma cyn gynted ag y bydd y ddyfais ar-lein eto.
no-next-step = Nid oes cam nesaf i'w awgrymu: atebwch o leiaf un cwestiwn gyda lefel sy'n is na brig y raddfa.
you-answered = Eich ateb: { $level } ({ $name })
common-challenge = Her gyffredin:{ " " }
what-helps = Beth sy'n helpu:{ " " }
example = Enghraifft:{ " " }
# UNSURE: "Darlun" for an illustrative (made-up) example, as against a real one ("Enghraifft").
illustration = Darlun:{ " " }
good-practice = Arfer da:{ " " }
agreed-in-workshop = { $count ->
    [zero] Cytunwyd arno mewn gweithdy ar { $date } gan { $count } o bobl.
    [one] Cytunwyd arno mewn gweithdy ar { $date } gan { $count } person.
    [two] Cytunwyd arno mewn gweithdy ar { $date } gan { $count } berson.
    [few] Cytunwyd arno mewn gweithdy ar { $date } gan { $count } pherson.
    [many] Cytunwyd arno mewn gweithdy ar { $date } gan { $count } pherson.
   *[other] Cytunwyd arno mewn gweithdy ar { $date } gan { $count } o bobl.
}
share-heading = Rhannu eich canlyniad
share-body = Mae'r ddolen yn cynnwys y canlyniad ei hun, felly gall unrhyw un sydd â'r ddolen ei weld. Nid yw byth yn cael ei hanfon at Almanac nac at unrhyw weinydd, ac nid yw ei hagor yn cadw dim oni bai bod y person yn dewis gwneud hynny.
share-notes = Cynnwys nodiadau tystiolaeth a manylion yr asesiad
create-link = Creu dolen rannu
share-link = Dolen rannu
copy-link = Copïo'r ddolen
link-copied = Wedi copïo'r ddolen.
copy-refused = Copïwch y ddolen o'r blwch uchod.
too-long-without-notes = Rhannwch ef heb y nodiadau, neu llwythwch y canlyniad i lawr fel ffeil ac anfonwch honno.
too-long-instead = Llwythwch y canlyniad i lawr fel ffeil ac anfonwch honno yn lle hynny.
too-long-heading = Mae'r canlyniad hwn yn rhy fawr i'w rannu fel dolen
too-long = Byddai'r ddolen yn { $length } nod o hyd, a'r mwyaf y gall dolen i Almanac ei gario yw { $most }, felly ni fyddai'n agor. { $instead }
download-file = Llwytho'r canlyniad i lawr fel ffeil
# Enw'r fframwaith am ei feysydd sydd yn { $nouns } ("canlyniadau"); mae'r nifer mewn cromfachau, fel nad oes angen treiglo'r enw.
radar-label = Siart o'r sgôr ar gyfer pob un o'r { $nouns } ({ $count }), ar raddfa o 1 i { $top }. Mae'r un ffigurau yn y tabl sy'n dilyn.
radar-label-targets = Siart o'r sgôr a'r targed ar gyfer pob un o'r { $nouns } ({ $count }), ar raddfa o 1 i { $top }. Mae'r un ffigurau yn y tabl sy'n dilyn.
# DG, Amh a Dim yw colofnau'r map gwres (result-tables.ftl).
heat-note = DG: “{ $dont_know }”. Amh: “{ $not_applicable }”. Dim: heb ei ateb eto.
scores-and-targets-heading = Sgôr a tharged ar gyfer pob { $noun }
scores-heading = Eich sgôr ar gyfer pob { $noun }
gaps-heading = Bylchau i'w cau, y mwyaf yn gyntaf
gaps-label = Siart bar o'r bwlch rhwng y sgôr a'r targed ar gyfer pob { $noun } sydd â bwlch, y mwyaf yn gyntaf. Mae'r un ffigurau yn y tabl sy'n dilyn.
levels-heading = Atebion fesul lefel
levels-label = Map gwres o faint o ddatganiadau ym mhob { $noun } sydd ar bob lefel. Mae'r un niferoedd yn y tabl sy'n dilyn.
scores-file = { $stem }-sgoriau.png
gaps-file = { $stem }-bylchau.png
levels-file = { $stem }-lefelau.png

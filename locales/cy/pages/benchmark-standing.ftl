# Adran tudalen y canlyniad (a'r adroddiad printiedig) sy'n cymharu'r canlyniad â meincnod.
heading = Sut rydych yn cymharu â chynghorau eraill
# Pan nad oes meincnod o fframwaith y canlyniad ar agor nac wedi'i ddarparu.
none-yet = Mae meincnod yn dangos lle mae eich cyngor yn sefyll o'i gymharu ag eraill, o ffigurau y mae partneriaeth neu gydlynydd yn eu cyhoeddi. Nid oes un ar gyfer y fframwaith hwn ar agor ar y ddyfais hon.
# Dolen ar ôl none-yet.
open-one = Agor ffeil meincnod
# Dolen o dan y gymhariaeth.
manage = Gweld neu ddileu meincnodau
# Label y dewis rhwng sawl meincnod o'r fframwaith.
choose-benchmark = Meincnod
# Un meincnod yn y dewis hwnnw. { $date } yw pryd y'i cyhoeddwyd.
benchmark-option = { $title }, { $date }
# Label y dewis o fath o gyngor, pan fydd y meincnod wedi'i rannu yn ôl math.
choose-kind = Cymharu â
# Dewis cyntaf y dewis hwnnw.
all-councils = Pob cyngor yn y meincnod
# Beth yw'r meincnod. { $count } yw faint o asesiadau y mae'n eu cyfuno; { $threshold } y nifer
# lleiaf y mae unrhyw ffigur yn dibynnu arno. Daw'r enw cyn y rhif, fel nad oes rhaid ei dreiglo.
about = { $count ->
    [zero] { $title }: { $population }. Cyhoeddwyd { $date }. Mae'n cyfuno asesiadau (nifer: { $count }), ac nid oes unrhyw ffigur yn dibynnu ar lai na { $threshold }.
    [one] { $title }: { $population }. Cyhoeddwyd { $date }. Mae'n cyfuno asesiadau (nifer: { $count }), ac nid oes unrhyw ffigur yn dibynnu ar lai na { $threshold }.
    [two] { $title }: { $population }. Cyhoeddwyd { $date }. Mae'n cyfuno asesiadau (nifer: { $count }), ac nid oes unrhyw ffigur yn dibynnu ar lai na { $threshold }.
    [few] { $title }: { $population }. Cyhoeddwyd { $date }. Mae'n cyfuno asesiadau (nifer: { $count }), ac nid oes unrhyw ffigur yn dibynnu ar lai na { $threshold }.
    [many] { $title }: { $population }. Cyhoeddwyd { $date }. Mae'n cyfuno asesiadau (nifer: { $count }), ac nid oes unrhyw ffigur yn dibynnu ar lai na { $threshold }.
   *[other] { $title }: { $population }. Cyhoeddwyd { $date }. Mae'n cyfuno asesiadau (nifer: { $count }), ac nid oes unrhyw ffigur yn dibynnu ar lai na { $threshold }.
}
# Pan ddewisir un math o gyngor. { $kinds } yw, er enghraifft, "Cynghorau dosbarth".
compared-with = Wedi'i gymharu â'r canlynol yn unig: { $kinds }.
# Pan wnaed y meincnod gyda fersiwn arall o'r fframwaith. { $count } yw nifer datganiadau fersiwn
# y canlyniad hwn, { $shared } faint ohonynt sydd yn y meincnod hefyd.
other-version = { $count ->
    [zero] Gwnaed y meincnod hwn gyda fersiwn { $theirs } o'r fframwaith a'r canlyniad hwn gyda fersiwn { $ours }. Cânt eu cymharu ar y datganiadau sydd gan y ddwy fersiwn ({ $shared } o { $count }). Ni chaiff meysydd y newidiodd eu datganiadau, na'r sgôr gyffredinol, eu cymharu.
    [one] Gwnaed y meincnod hwn gyda fersiwn { $theirs } o'r fframwaith a'r canlyniad hwn gyda fersiwn { $ours }. Cânt eu cymharu ar y datganiadau sydd gan y ddwy fersiwn ({ $shared } o { $count }). Ni chaiff meysydd y newidiodd eu datganiadau, na'r sgôr gyffredinol, eu cymharu.
    [two] Gwnaed y meincnod hwn gyda fersiwn { $theirs } o'r fframwaith a'r canlyniad hwn gyda fersiwn { $ours }. Cânt eu cymharu ar y datganiadau sydd gan y ddwy fersiwn ({ $shared } o { $count }). Ni chaiff meysydd y newidiodd eu datganiadau, na'r sgôr gyffredinol, eu cymharu.
    [few] Gwnaed y meincnod hwn gyda fersiwn { $theirs } o'r fframwaith a'r canlyniad hwn gyda fersiwn { $ours }. Cânt eu cymharu ar y datganiadau sydd gan y ddwy fersiwn ({ $shared } o { $count }). Ni chaiff meysydd y newidiodd eu datganiadau, na'r sgôr gyffredinol, eu cymharu.
    [many] Gwnaed y meincnod hwn gyda fersiwn { $theirs } o'r fframwaith a'r canlyniad hwn gyda fersiwn { $ours }. Cânt eu cymharu ar y datganiadau sydd gan y ddwy fersiwn ({ $shared } o { $count }). Ni chaiff meysydd y newidiodd eu datganiadau, na'r sgôr gyffredinol, eu cymharu.
   *[other] Gwnaed y meincnod hwn gyda fersiwn { $theirs } o'r fframwaith a'r canlyniad hwn gyda fersiwn { $ours }. Cânt eu cymharu ar y datganiadau sydd gan y ddwy fersiwn ({ $shared } o { $count }). Ni chaiff meysydd y newidiodd eu datganiadau, na'r sgôr gyffredinol, eu cymharu.
}
# Safle'r sgôr gyffredinol. { $position } yw, er enghraifft, "yn y chwarter uchaf".
overall = Mae eich sgôr gyffredinol, { $score }, { $position } ymhlith y cynghorau hyn. Sgoriodd eu hanner canol o { $lower } i { $upper }, a'u canolrif yw { $median }.
# Meysydd heb gymhariaeth. Mae { $list } wedi'i wneud o not-compared-item wedi'u gwahanu â hanner colon.
not-compared = Heb eu cymharu: { $list }.
not-compared-item = { $area } ({ $reason })
# Pam nad yw maes yn cael ei gymharu.
# UNSURE: "llai na { $threshold } o gynghorau"
fewer-than = atebodd llai na { $threshold } o gynghorau
protects-others = wedi'i ddal yn ôl fel na ellir cyfrifo ffigurau grŵp llai
not-in-benchmark = nid yw yn fersiwn y meincnod o'r fframwaith
changed-between-versions = newidiodd ei ddatganiadau rhwng fersiynau
no-score = nid oes gennych sgôr ar ei gyfer
# Testun amgen y siart stribed. { $plural } yw'r hyn y mae'r fframwaith yn galw ei feysydd.
chart-label = { $count ->
    [zero] Siart o'ch sgôr ym mhob un o'r { $plural } (nifer: { $count }) o'i gymharu â'r meincnod: hanner canol ei gynghorau fel band, eu canolrif fel llinell a'ch sgôr fel diemwnt, ar raddfa o 1 i { $top }. Mae'r tabl isod yn rhoi'r ffigurau.
    [one] Siart o'ch sgôr ym mhob un o'r { $plural } (nifer: { $count }) o'i gymharu â'r meincnod: hanner canol ei gynghorau fel band, eu canolrif fel llinell a'ch sgôr fel diemwnt, ar raddfa o 1 i { $top }. Mae'r tabl isod yn rhoi'r ffigurau.
    [two] Siart o'ch sgôr ym mhob un o'r { $plural } (nifer: { $count }) o'i gymharu â'r meincnod: hanner canol ei gynghorau fel band, eu canolrif fel llinell a'ch sgôr fel diemwnt, ar raddfa o 1 i { $top }. Mae'r tabl isod yn rhoi'r ffigurau.
    [few] Siart o'ch sgôr ym mhob un o'r { $plural } (nifer: { $count }) o'i gymharu â'r meincnod: hanner canol ei gynghorau fel band, eu canolrif fel llinell a'ch sgôr fel diemwnt, ar raddfa o 1 i { $top }. Mae'r tabl isod yn rhoi'r ffigurau.
    [many] Siart o'ch sgôr ym mhob un o'r { $plural } (nifer: { $count }) o'i gymharu â'r meincnod: hanner canol ei gynghorau fel band, eu canolrif fel llinell a'ch sgôr fel diemwnt, ar raddfa o 1 i { $top }. Mae'r tabl isod yn rhoi'r ffigurau.
   *[other] Siart o'ch sgôr ym mhob un o'r { $plural } (nifer: { $count }) o'i gymharu â'r meincnod: hanner canol ei gynghorau fel band, eu canolrif fel llinell a'ch sgôr fel diemwnt, ar raddfa o 1 i { $top }. Mae'r tabl isod yn rhoi'r ffigurau.
}
# Enw'r siart wrth ei lawrlwytho.
chart-file = almanac-{ $framework }-meincnod.png
# Y tabl o dan y siart.
table-caption = Eich sgorau o'u cymharu â'r meincnod
your-score = Eich sgôr
lower-quartile = Chwartel isaf
median = Canolrif
upper-quartile = Chwartel uchaf
councils = Cynghorau
where-you-stand = Lle rydych yn sefyll
# Enw'r rhanbarth sgrolio o amgylch y tabl hwnnw, ar gyfer darllenwyr sgrin.
table-region = Eich sgorau o'u cymharu â'r meincnod (yn sgrolio i'r ochr)

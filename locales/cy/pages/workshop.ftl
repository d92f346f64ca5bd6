# Pecyn gweithdy grŵp: pob datganiad, yr anghytundeb mwyaf yn gyntaf, a'r lefel y cytunodd yr
# ystafell arni ar gyfer pob un (src/pages/workshop.rs); ac, ar y diwedd, sut roedd atebion yr
# ystafell yn amrywio a theitl yr asesiad y cytunwyd arno (src/domain/workshop.rs).

back = Yn ôl i'r grŵp
caption = Pecyn gweithdy
no-members = Nid oes gan y grŵp hwn ffeiliau asesu eto. Ychwanegwch rai ar dudalen y grŵp, yna dewch yn ôl i baratoi'r pecyn.
no-framework = Nid yw'r fframwaith a ddefnyddiwyd i wneud yr asesiadau hyn ar y ddyfais hon mwyach. Mewnforiwch ef eto ar y dudalen Fframweithiau i baratoi'r pecyn.
# Atebion faint o bobl sydd yn y pecyn; yn mynd i mewn i "lead".
people = { $count ->
    [zero] { $count } o bobl
    [one] { $count } person
    [two] { $count } berson
    [few] { $count } pherson
    [many] { $count } pherson
   *[other] { $count } o bobl
}
# Trefn y pecyn, pan nad oes atebion unrhyw ddatganiad yn bell oddi wrth ei gilydd; yn mynd i mewn i "lead".
order-none = nid oes gan unrhyw ddatganiad atebion sydd ddwy lefel neu fwy ar wahân
# Trefn y pecyn fel arall; yn mynd i mewn i "lead".
order = { $count ->
    [one] yn gyntaf y datganiad y mae ei atebion ddwy lefel neu fwy ar wahân
   *[other] yn gyntaf y datganiadau ({ $count }) y mae eu hatebion ddwy lefel neu fwy ar wahân, yr amrywiaeth ehangaf yn gyntaf
}
# { $framework } yw teitl y fframwaith.
lead = Atebion { $people } i “{ $framework }”, fersiwn { $version }: { $order }, yna'r gweddill yn nhrefn y fframwaith.
# Ar bapur yn unig. { $date } yw dyddiad heddiw.
produced = Lluniwyd { $date } gydag Almanac.
print-intro = Argraffwch y pecyn ar gyfer y bobl yn yr ystafell: mae llinell i ysgrifennu'r lefel y cytunwyd arni ar gyfer pob datganiad. Cofnodwch yma yr hyn y mae'r ystafell yn cytuno arno, yn ystod y gweithdy neu wedyn; mae'n cael ei gadw gyda'r grŵp ar y ddyfais hon wrth i chi fynd. Nid yw enw na ffeil neb yn y pecyn.
print-button = Argraffu'r pecyn

## Penderfyniadau hyd yma

decisions-heading = Penderfyniadau hyd yma
decided = { $total ->
    [zero] Mae { $decided } o { $total } datganiad wedi'u penderfynu.
    [one] Mae { $decided } o { $total } datganiad wedi'u penderfynu.
    [two] Mae { $decided } o { $total } ddatganiad wedi'u penderfynu.
    [few] Mae { $decided } o { $total } datganiad wedi'u penderfynu.
    [many] Mae { $decided } o { $total } datganiad wedi'u penderfynu.
   *[other] Mae { $decided } o { $total } datganiad wedi'u penderfynu.
}
accepted = { $count ->
    [zero] Mae { $count } datganiad y cytunodd pawb arnynt wedi'u cofnodi fel rhai y cytunwyd arnynt.
    [one] Mae { $count } datganiad y cytunodd pawb arno wedi'i gofnodi fel un y cytunwyd arno.
    [two] Mae { $count } ddatganiad y cytunodd pawb arnynt wedi'u cofnodi fel rhai y cytunwyd arnynt.
    [few] Mae { $count } datganiad y cytunodd pawb arnynt wedi'u cofnodi fel rhai y cytunwyd arnynt.
    [many] Mae { $count } datganiad y cytunodd pawb arnynt wedi'u cofnodi fel rhai y cytunwyd arnynt.
   *[other] Mae { $count } datganiad y cytunodd pawb arnynt wedi'u cofnodi fel rhai y cytunwyd arnynt.
}
not-decided-list = Heb eu penderfynu eto:
accept-intro = Lle rhoddodd pob ymatebydd yr un ateb, gallwch ei gofnodi fel ateb y cytunwyd arno heb ei drafod. Gallwch newid unrhyw un ohonynt o hyd.
accept-button = { $count ->
    [one] Derbyn y datganiad y cytunodd pawb arno ({ $count })
   *[other] Derbyn y datganiadau y cytunodd pawb arnynt ({ $count })
}

## Un datganiad

not-answered = Heb ateb
# { $labels } yw'r rolau neu'r timau, wedi'u gwahanu gan atalnodau.
answered-by = Rolau neu dimau a atebodd: { $labels }.
# UNSURE: “ddwy lefel neu fwy ar wahân” am “two or more levels apart” (hefyd yn group.ftl)
far-apart = Atebion sydd ddwy lefel neu fwy ar wahân
# { $spread } yw sut roedd yr atebion yn amrywio, fel "5 o bobl: dau wedi dewis 2, tri wedi dewis 3".
spread = { $spread }.
levels-region = Faint a ddewisodd bob lefel, datganiad { $number } (mae'n sgrolio i'r ochr)
levels-caption = Faint a ddewisodd bob lefel, datganiad { $number }
level = Lefel
name = Enw
looks-like = Sut mae'n edrych
people-heading = Pobl
discuss-heading = I'w drafod
discuss-evidence = Pa dystiolaeth fyddai'n datrys hyn?
discuss-move-up = Beth fyddai ei angen i symud i fyny un lefel?
not-decided = Heb ei benderfynu eto
# Rhwng y lefelau a'r ddau ateb nad ydynt yn lefelau.
or = neu
# Ar bapur: yr hyn y cytunodd yr ystafell arno, neu linell i'w ysgrifennu.
agreed-level = Y lefel y cytunwyd arni:{ " " }
evidence-notes = Tystiolaeth a nodiadau:{ " " }
agreed-legend = Y lefel y cytunwyd arni ar gyfer datganiad { $number }
note-label = Nodyn o'r gweithdy ar gyfer datganiad { $number } (dewisol)
note-hint = Beth a ddatrysodd y mater, neu beth sydd angen ei ganfod. Mae'n cael ei gadw pan fyddwch yn gadael y blwch.

## Yr asesiad y cytunwyd arno

make-heading = Gwneud yr asesiad y cytunwyd arno
error-title = Mae problem
none-agreed = Cofnodwch y lefel y cytunwyd arni ar gyfer o leiaf un datganiad yn gyntaf
# UNSURE: “map trywydd” am “roadmap”, fel tudalennau'r cynllun
make-body = Mae hyn yn gwneud asesiad newydd o'r cyngor o'r lefelau y cytunwyd arnynt yma: mae ganddo ei ganlyniadau, ei gynllun gweithredu a'i fap trywydd ei hun. Mae'r amrywiaeth barn a'ch nodiadau yn mynd i dystiolaeth pob datganiad; nid yw enw neb yn mynd iddi.
all-decided = Mae pob datganiad wedi'i benderfynu, felly bydd yr asesiad yn gyflawn.
open = { $count ->
    [zero] Nid yw { $count } datganiad wedi'u penderfynu eto. Bydd yr asesiad yn cael ei adael ar waith, i chi ei orffen fel unrhyw asesiad arall.
    [one] Nid yw { $count } datganiad wedi'i benderfynu eto. Bydd yr asesiad yn cael ei adael ar waith, i chi ei orffen fel unrhyw asesiad arall.
    [two] Nid yw { $count } ddatganiad wedi'u penderfynu eto. Bydd yr asesiad yn cael ei adael ar waith, i chi ei orffen fel unrhyw asesiad arall.
    [few] Nid yw { $count } datganiad wedi'u penderfynu eto. Bydd yr asesiad yn cael ei adael ar waith, i chi ei orffen fel unrhyw asesiad arall.
    [many] Nid yw { $count } datganiad wedi'u penderfynu eto. Bydd yr asesiad yn cael ei adael ar waith, i chi ei orffen fel unrhyw asesiad arall.
   *[other] Nid yw { $count } datganiad wedi'u penderfynu eto. Bydd yr asesiad yn cael ei adael ar waith, i chi ei orffen fel unrhyw asesiad arall.
}
make-button = Gwneud yr asesiad y cytunwyd arno

## Sut roedd atebion yr ystafell yn amrywio (src/domain/workshop.rs), fel
## "5 o bobl: dau wedi dewis 2, tri wedi dewis 3, un ddim yn gwybod". Mae hefyd yn cael ei gadw
## yn nhystiolaeth yr asesiad y cytunwyd arno, yn iaith y dudalen lle cafodd ei wneud.

# Un i naw mewn geiriau, am faint o bobl a roddodd ateb; ffigurau yw 10 a mwy.
one = un
two = dau
three = tri
four = pedwar
five = pump
six = chwech
seven = saith
eight = wyth
nine = naw
# { $people } yw nifer ("dau", "12"); { $level } yw rhif lefel.
# UNSURE: brawddeg gryno heb ferf gyflawn ("dau wedi dewis 2"), fel mewn nodyn
said-level = { $people } wedi dewis { $level }
didnt-know = { $people } ddim yn gwybod
said-not-applicable = { $people } wedi dweud amherthnasol
did-not-answer = { $people } heb ateb
# { $parts } yw'r atebion uchod, wedi'u gwahanu gan atalnodau.
spread-of-views = { $count ->
    [zero] { $count } o bobl: { $parts }
    [one] { $count } person: { $parts }
    [two] { $count } berson: { $parts }
    [few] { $count } pherson: { $parts }
    [many] { $count } pherson: { $parts }
   *[other] { $count } o bobl: { $parts }
}
# Teitl yr asesiad y cytunwyd arno; { $group } yw enw'r grŵp.
agreed-title = Barn y cytunwyd arni: { $group }

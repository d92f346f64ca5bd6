# Cyhoeddi meincnod o grŵp (src/pages/publish_benchmark.rs), yn #/group/<id>/benchmark.

# Pennawd y dudalen.
heading = Cyhoeddi meincnod
# Y ddolen yn ôl ar frig y dudalen.
back = Yn ôl i'r grŵp
# O dan y pennawd.
intro = Mae meincnod yn gadael i unrhyw gyngor weld lle mae'n sefyll o'i gymharu â'r cynghorau yn y grŵp hwn. Dim ond cyfrifon a chwartelau sydd yn y ffeil: does dim atebion, enwau, enwau ffeiliau na nodiadau neb ynddi.
# Dolen yn ôl i'r grŵp, pan fo ganddo ry ychydig o ymatebwyr ar gyfer meincnod.
add-more = Ychwanegu rhagor o ffeiliau asesu at y grŵp
# Yn lle'r ffurflen, pan nad yw fframwaith y grŵp ar y ddyfais hon.
no-framework = Nid yw'r fframwaith y mae'r asesiadau hyn yn ei ddefnyddio ar y ddyfais hon, felly ni ellir gwneud meincnod ohonynt. Mewnforiwch y fframwaith ar y dudalen fframweithiau yn gyntaf.
# Teitl y crynodeb gwallau uwchben y ffurflen.
error-title = Mae problem
# Yr hyn y mae defnyddwyr darllenydd sgrin yn ei glywed cyn neges gwall o dan faes.
error-prefix = Gwall:{ " " }

## Y ffurflen

title-label = Teitl
title-hint = Er enghraifft, “Aeddfedrwydd digidol cynghorau'r Gogledd Orllewin, 2026”.
# Gwallau ar gyfer y teitl; { $max } yw'r nifer mwyaf o nodau a ganiateir.
title-missing = Rhowch deitl i'r meincnod
title-too-long = Rhaid i'r teitl fod yn { $max } nod neu lai
population-label = Pwy mae'r ffigurau'n eu disgrifio
population-hint = Er enghraifft, “14 cyngor yn y Gogledd Orllewin, a aseswyd yn hydref 2026”. Mae pawb sy'n agor y ffeil yn gweld hyn.
# Gwallau ar gyfer pwy mae'r ffigurau'n eu disgrifio; { $max } yw'r nifer mwyaf o nodau a ganiateir.
population-missing = Nodwch pwy mae'r ffigurau'n eu disgrifio
population-too-long = Rhaid i'r disgrifiad o bwy mae'r ffigurau'n eu disgrifio fod yn { $max } nod neu lai
date-label = Dyddiad cyhoeddi
date-hint = Mae pawb sy'n agor y ffeil yn gweld y dyddiad hwn. Fel arfer, dyddiad heddiw yw hwn.
# Gwallau ar gyfer y dyddiad.
date-missing = Rhowch y dyddiad y cyhoeddir y meincnod
date-invalid = Rhaid i'r dyddiad cyhoeddi fod yn ddyddiad go iawn, fel 1 12 2026
# UNSURE: "y caiff ffigur ddibynnu arnynt" am "a figure may rest on"
threshold-label = Y nifer lleiaf o bobl y caiff ffigur ddibynnu arnynt
# { $min } yw'r isaf y caiff y trothwy fod (5).
threshold-hint = Caiff ffigur a atebwyd gan lai o bobl ei adael allan o'r ffeil a'i farcio'n “llai na” y rhif hwn, fel na ellir dewis atebion unrhyw gyngor. Ni all fod yn llai na { $min }.
# Gwallau ar gyfer y trothwy; { $min } yw'r isaf y caiff fod (5).
threshold-missing = Rhowch y nifer lleiaf o bobl y caiff ffigur ddibynnu arnynt, { $min } neu fwy
threshold-not-number = Rhaid i'r nifer lleiaf o bobl y caiff ffigur ddibynnu arnynt fod yn rhif cyfan, fel { $min }
threshold-too-low = Rhaid i'r nifer lleiaf o bobl y caiff ffigur ddibynnu arnynt fod yn { $min } neu fwy, fel na ellir dewis atebion unrhyw gyngor
# Y blwch ticio, a ddangosir pan fo o leiaf un ymatebydd wedi dweud pa fath o gyngor ydyw.
split-label = Ychwanegu ffigurau ar gyfer pob math o gyngor
# Cyngor y blwch ticio, pan fo pob ymatebydd wedi dweud pa fath o gyngor ydyw.
split-hint = Mae pob math o gyngor yn cael ei ffigurau ei hun, dan yr un rheol. Caiff math sydd â rhy ychydig o ymatebwyr ei adael allan.
# Cyngor y blwch ticio, pan nad yw { $count } ymatebydd wedi dweud.
split-hint-missing = { $count ->
    [zero] Mae pob math o gyngor yn cael ei ffigurau ei hun, dan yr un rheol. Caiff math sydd â rhy ychydig o ymatebwyr ei adael allan. Nid yw { $count } ymatebydd wedi dweud pa fath o gyngor ydynt, felly dim ond yn y ffigurau ar gyfer yr holl ymatebwyr y maent yn cyfrif.
    [one] Mae pob math o gyngor yn cael ei ffigurau ei hun, dan yr un rheol. Caiff math sydd â rhy ychydig o ymatebwyr ei adael allan. Nid yw { $count } ymatebydd wedi dweud pa fath o gyngor ydyw, felly dim ond yn y ffigurau ar gyfer yr holl ymatebwyr y mae'n cyfrif.
    [two] Mae pob math o gyngor yn cael ei ffigurau ei hun, dan yr un rheol. Caiff math sydd â rhy ychydig o ymatebwyr ei adael allan. Nid yw { $count } ymatebydd wedi dweud pa fath o gyngor ydynt, felly dim ond yn y ffigurau ar gyfer yr holl ymatebwyr y maent yn cyfrif.
    [few] Mae pob math o gyngor yn cael ei ffigurau ei hun, dan yr un rheol. Caiff math sydd â rhy ychydig o ymatebwyr ei adael allan. Nid yw { $count } ymatebydd wedi dweud pa fath o gyngor ydynt, felly dim ond yn y ffigurau ar gyfer yr holl ymatebwyr y maent yn cyfrif.
    [many] Mae pob math o gyngor yn cael ei ffigurau ei hun, dan yr un rheol. Caiff math sydd â rhy ychydig o ymatebwyr ei adael allan. Nid yw { $count } ymatebydd wedi dweud pa fath o gyngor ydynt, felly dim ond yn y ffigurau ar gyfer yr holl ymatebwyr y maent yn cyfrif.
   *[other] Mae pob math o gyngor yn cael ei ffigurau ei hun, dan yr un rheol. Caiff math sydd â rhy ychydig o ymatebwyr ei adael allan. Nid yw { $count } ymatebydd wedi dweud pa fath o gyngor ydynt, felly dim ond yn y ffigurau ar gyfer yr holl ymatebwyr y maent yn cyfrif.
}
# Botwm y ffurflen.
preview-button = Rhagweld y meincnod
# Yn lle'r rhagolwg, pan fo'r ffurflen wedi newid ers ei wneud.
changed = Rydych wedi newid y ffurflen ers y rhagolwg. Rhagwelwch y meincnod eto i weld beth fydd yn y ffeil.

## Y rhagolwg

preview-heading = Beth fydd yn y ffeil
preview-intro = Dyma bopeth sydd yn y ffeil. Does dim atebion, enwau, enwau ffeiliau na nodiadau neb ynddi.
# Y pennawd uwchben y ffigurau ar gyfer pob ymatebydd.
everyone-heading = Pob ymatebydd
# Y pennawd uwchben y mathau o gyngor nad yw eu ffigurau yn y ffeil.
left-out-heading = Mathau o gyngor a adawyd allan
# Math o gyngor a adawyd allan: { $kind } yw ei enw, fel "Cynghorau dosbarth"; { $threshold } yw'r nifer lleiaf y caiff ffigur ddibynnu arno.
split-too-few = { $kind }: llai na { $threshold } ymatebydd
split-protects-others = { $kind }: wedi'u dal yn ôl fel na ellir cyfrifo ffigurau grŵp llai
# Y rhan wedi'i phlygu sy'n dangos testun y ffeil.
show-file = Dangos y ffeil ei hun
# Yr hyn y mae darllenydd sgrin yn ei glywed ar gyfer y blwch sy'n dal testun y ffeil, sy'n sgrolio.
file-region = Ffeil y meincnod
# Cyn y botymau sy'n cadw'r ffeil.
send-hint = Anfonwch y ffeil at y cynghorau y mae'n eu disgrifio, neu at bwy bynnag sy'n lletya Almanac ar gyfer eich partneriaeth. Mae unrhyw un sy'n ei hagor yn gweld lle mae ei ganlyniad ei hun yn sefyll.
download = Llwytho ffeil y meincnod i lawr
keep = Ei defnyddio ar y ddyfais hon hefyd
# Ar ôl cadw'r meincnod ar y ddyfais hon, gyda dolen i'r dudalen meincnodau.
kept = Mae'r meincnod wedi'i gadw ar y ddyfais hon.
kept-link = Gweld eich meincnodau

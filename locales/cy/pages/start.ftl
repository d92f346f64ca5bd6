# Dechrau asesiad llawn, a newid manylion asesiad.

# Asesiad cynharach y gall yr un newydd ddechrau ohono, fel yn "Dechrau ar sail eich Adolygiad blynyddol o 3 Mawrth 2026".
# { $title } yw ei deitl, { $date } yw dyddiad. Mae'n dilyn "ar sail", fel nad yw "eich" yn cwtogi i "'ch".
# UNSURE: "eich … o { $date }" am "your … of { $date }"
earlier = eich { $title } o { $date }
framework-missing = Dewiswch y fframwaith i asesu yn ei erbyn
back = Yn ôl
heading = Dechrau asesiad llawn
intro = Mae asesiad llawn ar gyfer swyddogion ac arweinwyr digidol. Mae'n cymryd mwy o amser na'r gwiriad cyflym a gellir ei wneud dros sawl sesiwn: caiff pob ateb ei gadw wrth i chi ei roi.
start-button = Dechrau'r asesiad
framework-heading = Yn erbyn pa fframwaith yr hoffech asesu?
# Yn cael ei glywed gan ddefnyddwyr darllenydd sgrin cyn y neges gwall.
error-prefix = Gwall:{ " " }
# O dan grynodeb pob fframwaith. { $areas } yw nifer ei feysydd; { $plural } yw'r hyn y mae'n eu
# galw, fel "canlyniadau"; { $version } yw ei fersiwn, fel "2.0.0". Daw'r enw cyn y nifer, fel nad
# oes rhaid ei dreiglo ar ôl rhif.
# UNSURE: "datganiad (canlyniadau: 12)" er mwyn osgoi "12 canlyniadau"
size = { $count ->
    [zero] { $count } datganiad ({ $plural }: { $areas }). Fersiwn { $version }.
    [one] { $count } datganiad ({ $plural }: { $areas }). Fersiwn { $version }.
    [two] { $count } ddatganiad ({ $plural }: { $areas }). Fersiwn { $version }.
    [few] { $count } datganiad ({ $plural }: { $areas }). Fersiwn { $version }.
    [many] { $count } datganiad ({ $plural }: { $areas }). Fersiwn { $version }.
   *[other] { $count } datganiad ({ $plural }: { $areas }). Fersiwn { $version }.
}
# { $earlier } yw'r neges "earlier" uchod.
start-from = Dechrau ar sail { $earlier }
carry-over-hint = { $count ->
    [zero] Mae { $count } datganiad yn y fframwaith hwn yn ymdrin â'r un pethau â chwestiynau a atebwyd gennych yno. Maent yn dechrau ar eich lefel gynharach, wedi'u marcio fel rhai a gariwyd drosodd nes i chi gadarnhau neu newid pob un.
    [one] Mae 1 datganiad yn y fframwaith hwn yn ymdrin â'r un pethau â chwestiwn a atebwyd gennych yno. Mae'n dechrau ar eich lefel gynharach, wedi'i farcio fel un a gariwyd drosodd nes i chi ei gadarnhau neu ei newid.
    [two] Mae { $count } ddatganiad yn y fframwaith hwn yn ymdrin â'r un pethau â chwestiynau a atebwyd gennych yno. Maent yn dechrau ar eich lefel gynharach, wedi'u marcio fel rhai a gariwyd drosodd nes i chi gadarnhau neu newid pob un.
    [few] Mae { $count } datganiad yn y fframwaith hwn yn ymdrin â'r un pethau â chwestiynau a atebwyd gennych yno. Maent yn dechrau ar eich lefel gynharach, wedi'u marcio fel rhai a gariwyd drosodd nes i chi gadarnhau neu newid pob un.
    [many] Mae { $count } datganiad yn y fframwaith hwn yn ymdrin â'r un pethau â chwestiynau a atebwyd gennych yno. Maent yn dechrau ar eich lefel gynharach, wedi'u marcio fel rhai a gariwyd drosodd nes i chi gadarnhau neu newid pob un.
   *[other] Mae { $count } datganiad yn y fframwaith hwn yn ymdrin â'r un pethau â chwestiynau a atebwyd gennych yno. Maent yn dechrau ar eich lefel gynharach, wedi'u marcio fel rhai a gariwyd drosodd nes i chi gadarnhau neu newid pob un.
}
# Yna'r ddolen import-link, ac atalnod llawn.
own-version = Oes gan eich cyngor ei fersiwn ei hun o fframwaith?{ " " }
import-link = Mewnforio fframwaith
details-heading = Manylion yr asesiad
save-details = Cadw'r manylion
# { $max } yw'r nifer mwyaf o nodau y gall manylyn ei gael.
title-too-long = Rhaid i'r teitl fod yn { $max } nod neu lai
organisation-too-long = Rhaid i enw'r sefydliad fod yn { $max } nod neu lai
scope-name-too-long = Rhaid i enw'r gyfarwyddiaeth neu'r gwasanaeth fod yn { $max } nod neu lai
date-invalid = Rhaid i ddyddiad yr asesiad fod yn ddyddiad go iawn, fel 23 11 2026
error-title = Mae problem
about-heading = Am yr asesiad hwn (dewisol)
title-label = Teitl
title-hint = Er enghraifft, “Adolygiad blynyddol 2026” neu “Gofal cymdeithasol oedolion, golwg gyntaf”.
organisation-label = Sefydliad
organisation-hint = Eich cyngor neu eich sefydliad. Gadewch hwn yn wag os yw'n well gennych.
type-label = Math o sefydliad
type-hint = Fel y gall meincnod gymharu eich atebion ag atebion cynghorau o'r un math.
region-label = Rhanbarth
region-hint = Y rhanbarth yn Lloegr, neu Gymru, yr Alban neu Ogledd Iwerddon.
# Y dewis cyntaf ar gyfer math a rhanbarth, i'w gadael yn wag.
not-given = Heb ei nodi
scope-legend = Beth mae'r asesiad yn ymdrin ag ef?
scope-name-label = Enw'r gyfarwyddiaeth neu'r gwasanaeth
scope-name-hint = Er enghraifft, “Lle” neu “Gwastraff ac ailgylchu”.
date-label = Dyddiad yr asesiad
date-hint = Y dyddiad y mae'r atebion yn ei ddisgrifio. Fel arfer, dyddiad heddiw yw hwn.

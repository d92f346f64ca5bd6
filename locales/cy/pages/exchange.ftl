# Beth sydd o'i le ar ffeil asesiad (mewnforio, canlyniad a storiwyd). Daw pob un ar ôl llwybr y
# maes sydd ar fai. Geiriau'r ffeil ei hun yw testun mewn "dyfynodau"; mae geiriau fel "small" neu
# "quarters" mewn dyfynodau yn eiriau y gall ffeil eu defnyddio, felly maent yn aros yn Saesneg.

too-large = mae'r ffeil yn fwy na'r { $size } KB y gall asesiad fod
not-assessment = nid yw hon yn ffeil asesiad Almanac
newer-format = cafodd y ffeil ei gwneud gan fersiwn mwy newydd o Almanac (fformat { $version }); mae'r fersiwn hon yn darllen hyd at fformat { $supported }
whole-number-from-1 = rhaid iddo fod yn rhif cyfan o 1 ymlaen
earlier-than-created = mae'n gynharach na'r dyddiad y cafodd ei greu
longer-than = mae'n hirach na { $max } nod
# UNSURE: enw'r fframwaith am faes ({ $area }) heb dreiglad
no-such-area = nid oes gan "{ $framework }" { $area } gyda'r dynodydd hwn
weight-range = rhaid iddo fod yn fwy na 0 ac yn 100 ar y mwyaf, nid { $weight }
not-a-phase = nid yw "{ $code }" yn gam: defnyddiwch chwarter blwyddyn ariannol fel "2027-q1" (Ebrill i Fehefin 2027), neu "now", "next" neu "later"
# Math o gyngor neu ranbarth mewn ffeil asesiad nad yw Almanac yn ei adnabod. Mae { $codes } yn rhestru'r rhai y mae'n eu hadnabod.
not-an-organisation-type = nid yw "{ $code }" yn fath o gyngor y mae Almanac yn ei adnabod: defnyddiwch un o { $codes }
not-a-region = nid yw "{ $code }" yn rhanbarth y mae Almanac yn ei adnabod: defnyddiwch un o { $codes }
not-an-effort = nid yw "{ $code }" yn ymdrech: defnyddiwch "small", "medium", "large" neu nifer o ddiwrnodau o 1 i { $max }, fel "12 days"
not-a-phasing = nid yw "{ $code }" yn ffordd o enwi camau: defnyddiwch "quarters" neu "now_next_later"
not-a-ranking = nid yw "{ $code }" yn rheol drefnu: defnyddiwch "gap_times_weight" neu "value_for_effort"
not-in-order = nid yw "{ $statement }" yn ddatganiad yn y fframwaith hwn, neu mae wedi'i restru ddwywaith
people-range = rhaid iddo fod o 1 i { $max }, nid { $people }
past-last = { $count ->
    [zero] mae { $position } y tu hwnt i'r olaf o'r { $count } datganiad
    [one] mae { $position } y tu hwnt i'r olaf o'r { $count } datganiad
    [two] mae { $position } y tu hwnt i'r olaf o'r { $count } ddatganiad
    [few] mae { $position } y tu hwnt i'r olaf o'r { $count } datganiad
    [many] mae { $position } y tu hwnt i'r olaf o'r { $count } datganiad
   *[other] mae { $position } y tu hwnt i'r olaf o'r { $count } datganiad
}
invalid-id = nid yw "{ $id }" yn ddynodydd dilys: defnyddiwch rhwng 1 a 64 o lythrennau bach, digidau a chysylltnodau
missing-framework = nid yw'r fframwaith "{ $id }" fersiwn { $version } ar y ddyfais hon; mewnforiwch y fframwaith yn gyntaf
no-such-statement = nid oes gan "{ $framework }" ddatganiad gyda'r dynodydd hwn
off-scale = nid yw lefel { $level } ar raddfa'r fframwaith hwn (1 i { $top })

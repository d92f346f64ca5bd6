# Beth sydd o'i le ar ffeil fframwaith a fewnforiwyd, y tu hwnt i'w siâp. Daw pob un ar ôl llwybr
# y maes sydd ar fai. Geiriau'r ffeil ei hun, neu'r hyn y gall y ffeil ei ddweud, yw'r geiriau
# mewn "dyfynodau".

wrong-format = rhaid iddo fod yn "{ $format }", nid "{ $found }"
newer-format = cafodd fersiwn { $version } ei wneud gan fersiwn mwy newydd o Almanac; mae'r fersiwn hon yn darllen hyd at fersiwn { $supported }
one-or-more = rhaid iddo fod yn 1 neu fwy
same-version = rhaid iddo fod yn wahanol i'r fersiwn hon
source-used = mae "{ $id }" yn cael ei ddefnyddio gan ffynhonnell arall
level-count = mae angen rhwng 2 a 10 lefel, nid { $count }
level-value = rhaid iddo fod yn { $expected } (caiff lefelau eu rhifo 1, 2, 3 … yn eu trefn), nid { $found }
no-areas = mae angen o leiaf un maes
area-used = mae "{ $id }" yn cael ei ddefnyddio gan faes arall
weight-range = rhaid iddo fod yn fwy na 0 ac yn 100 ar y mwyaf, nid { $weight }
no-mitigations = mae angen o leiaf un ffordd o ymdrin â'r her
no-kind = mae ar goll: rhowch "example" ar gyfer achos go iawn gyda'i ffynhonnell, neu "illustration"
no-source = mae ar goll: mae enghraifft go iawn yn enwi ei ffynhonnell
unknown-source = nid yw "{ $source }" yn un o ffynonellau'r fframwaith
illustration-source = rhaid ei adael allan: mae darlun wedi'i ddyfeisio, felly nid oes ganddo ffynhonnell
no-statements = mae angen o leiaf un datganiad
statement-used = mae "{ $id }" yn cael ei ddefnyddio gan ddatganiad arall
carried-already = mae "{ $id }" eisoes yn cael ei gario i ddatganiad arall
level-entries = mae { $entries } eitem ynddo ond mae { $levels } lefel yn y raddfa
no-next-step = mae ar goll: mae angen arweiniad ar bob lefel ac eithrio'r un uchaf i gyrraedd yr un nesaf
top-next-step = rhaid ei adael allan ar y lefel uchaf, nad oes lefel nesaf ar ei hôl
own-language = dyma iaith y fframwaith ei hun ({ $language }): mae ei destunau yn y meysydd eu hunain
language-english = Saesneg
language-welsh = Cymraeg
given-twice = mae wedi'i roi ddwywaith: cadwch un
not-a-text = nid yw'n destun yn y fframwaith hwn: gwiriwch yr allwedd yn erbyn y rhestr yn y README
no-translation = nid oes testun ar gyfer "{ $key }" yn translations.{ $code }
empty = ni ddylai fod yn wag
longer-than = mae'n hirach na { $max } nod
invalid-version = nid yw "{ $version }" yn fersiwn dilys: defnyddiwch rhwng 1 a 32 o lythrennau, digidau, atalnodau llawn a chysylltnodau
invalid-id = nid yw "{ $id }" yn ddynodydd dilys: defnyddiwch rhwng 1 a 64 o lythrennau bach, digidau a chysylltnodau

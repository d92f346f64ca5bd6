# Y meincnodau a agorwyd ar y ddyfais hon a'r rhai y mae'r safle sy'n lletya yn eu darparu
# (src/pages/benchmarks.rs), yn #/benchmarks.

# Pennawd y dudalen.
heading = Meincnodau
# O dan y pennawd.
lead = Mae meincnod yn dangos lle mae eich cyngor yn sefyll o'i gymharu â chynghorau eraill.
intro = Dim ond cyfrifon a chwartelau o'u hasesiadau sydd ynddo: dim atebion nac enwau neb. Mae pob tudalen canlyniad yn cymharu'r canlyniad ag unrhyw feincnod o'i fframwaith.
# Pan nad oes meincnod ar y ddyfais hon ac nad yw'r safle'n darparu un.
none = Does dim meincnodau yma eto. Gofynnwch i gydlynydd eich partneriaeth am ffeil meincnod: mae'n ei gwneud ar dudalen grŵp, gyda “Cyhoeddi meincnod”. Yna agorwch hi isod.
# Y pennawd uwchben y meincnodau a agorwyd ar y ddyfais hon.
kept-heading = Wedi'u hagor ar y ddyfais hon
# Y pennawd uwchben y meincnodau sy'n dod gyda'r copi hwn o Almanac, a'r geiriau oddi tano.
hosted-heading = Wedi'u darparu gan y safle hwn
hosted-body = Mae'r rhain yn dod gyda'r copi hwn o Almanac, felly ni ellir eu tynnu yma.
# Rhybudd i bwy bynnag sy'n rhedeg y safle, pan na ellid darllen rhai o'r ffeiliau y mae'n eu rhestru.
hosted-problems-heading = Ni ellid darllen rhai o ffeiliau meincnod y safle hwn
hosted-problems-body = Gall pwy bynnag sy'n rhedeg y safle hwn gywiro'r rhain. Gellir defnyddio'r meincnodau eraill fel arfer.
# Un ffeil y mae'r safle'n ei rhestru na ellid ei darllen: { $file } yw ei henw, { $problem } yw'r hyn sydd o'i le.
hosted-problem = { $file }: { $problem }
# Ffeil y mae'r safle sy'n lletya yn ei rhestru nad yw'n enw ffeil plaen wrth ymyl y rhestr.
hosted-bad-name = rhaid iddo fod yn enw ffeil .json yn yr un ffolder â'r rhestr

## Agor ffeil meincnod

open-heading = Agor ffeil meincnod
open-label = Uwchlwytho ffeil meincnod
open-hint = Ffeil meincnod .json o Almanac. Caiff ei chadw ar y ddyfais hon nes i chi ei thynnu.
# Teitl y crynodeb gwallau pan na ellid agor ffeil; { $file } yw ei henw.
open-failed = Nid oedd modd agor { $file }
# Ar ôl agor ffeil meincnod; { $title } yw teitl y meincnod.
opened = Mae “{ $title }” wedi'i gadw ar y ddyfais hon.
# Oddi tano, pan fo'i fframwaith ar y ddyfais hon: { $framework } yw teitl y fframwaith.
opened-compare = Agorwch ganlyniad o { $framework } i weld lle mae'n sefyll.
# Oddi tano, pan nad yw'i fframwaith ar y ddyfais hon: { $id } yw dynodydd y fframwaith yn y ffeil.
opened-no-framework = Nid yw ei fframwaith (“{ $id }”) ar y ddyfais hon. I gymharu ag ef, mae angen canlyniadau o'r fframwaith hwnnw arnoch.

## Tynnu meincnod

# Y botwm o dan bob meincnod a agorwyd ar y ddyfais hon.
remove = Tynnu
# Ar ôl "Tynnu", dim ond defnyddwyr darllenydd sgrin sy'n ei glywed: { $title } yw teitl y meincnod.
remove-which = { " " }“{ $title }”
# Y cwestiwn cyn tynnu; { $title } yw teitl y meincnod.
remove-question = Tynnu “{ $title }” o'r ddyfais hon?
remove-body = Nid yw eich canlyniadau'n newid. Gallwch agor y ffeil eto unrhyw bryd.
remove-yes = Ie, ei dynnu
cancel = Canslo
# Ar ôl tynnu meincnod; { $title } yw ei deitl.
removed = Cafodd “{ $title }” ei dynnu o'r ddyfais hon.

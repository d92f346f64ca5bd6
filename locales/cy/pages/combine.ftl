# Cyfuno asesiadau pobl eraill mewn grŵp (src/domain/combine): beth sydd o'i le ar ffeil a
# gynigir i grŵp, neu ar grŵp mewn copi wrth gefn; a'r olwg gyfunol fel taenlen.
# Mae problem yn dilyn enw'r ffeil ("anne.json: nid oes atebion ynddo eto") neu'r man yn y grŵp
# sydd ar fai ("members[2].label: mae'n hirach na 60 nod"), felly mae'n dechrau â llythyren fach.

## Problemau

# { $format } yw'r math o ffeil y mae Almanac yn ei disgwyl, "almanac.group".
must-be-format = rhaid iddo fod yn "{ $format }"
whole-number = rhaid iddo fod yn rhif cyfan o 1 ymlaen
newer-version = cafodd y grŵp ei wneud gan fersiwn mwy newydd o Almanac
not-share-link = nid yw hon yn ddolen rannu Almanac: dylai gynnwys “#/shared/”
no-answers = nid oes atebion ynddo eto
# { $source } yw enw'r ffeil a gynigiwyd gyntaf.
same-assessment = dyma'r un asesiad â { $source }, felly mae wedi'i adael allan
# { $framework } a { $group } yw teitlau dau fframwaith.
other-framework = mae'n asesiad o “{ $framework }”, ond mae'r grŵp hwn yn cyfuno “{ $group }”: rhowch ef mewn grŵp ar ei ben ei hun
empty = ni ddylai fod yn wag
too-long = mae'n hirach na { $max } nod
# { $assessment } yw dynodydd asesiad.
twice = mae "{ $assessment }" yn y grŵp ddwywaith
agreed-without-respondents = mae ganddo lefelau y cytunwyd arnynt, ond nid oes ymatebwyr yn y grŵp

## Taenlen yr olwg gyfunol (CSV): penawdau ei cholofnau, a beth yw pob rhes

row = Rhes
area = Maes
statement-id = Dynodydd y datganiad
statement = Datganiad
respondents = Ymatebwyr
median = Canolrif
lowest = Isaf
highest = Uchaf
range = Amrediad
# Colofn ar gyfer pob lefel: ei rhif a'i henw.
level = Lefel { $value } ({ $name })
not-answered = Heb ateb
# Rhes o ffigurau maes, cyn rhesi ei ddatganiadau (pob un yn "Datganiad").
area-score = Sgôr y maes

# Beth sydd o'i le ar ffeil copi wrth gefn. Daw pob un ar ôl llwybr y maes sydd ar fai.

too-large = mae'r ffeil yn fwy na'r { $size } MB y gall copi wrth gefn fod
not-backup = nid yw hwn yn gopi wrth gefn Almanac (ei fformat yw "{ $format }")
newer-format = cafodd y copi wrth gefn ei wneud gan fersiwn mwy newydd o Almanac (fformat { $version })
whole-number-from-1 = rhaid iddo fod yn rhif cyfan o 1 ymlaen
too-many-records = mae'r copi wrth gefn yn cynnwys mwy na { $max } o gofnodion
different-content = mae "{ $id }" fersiwn { $version } eisoes ar y ddyfais hon gyda chynnwys gwahanol
twice = mae "{ $id }" yn y copi wrth gefn ddwywaith

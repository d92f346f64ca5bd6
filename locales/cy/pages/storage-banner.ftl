# Uwchben y dudalen pan nad oes modd cadw atebion ar y ddyfais hon, neu pan fydd tab arall wedi newid yr un peth.
# { $error } yw'r drafferth gyda'r porwr, fel "this browser's storage for Almanac is full".

ok = Iawn
blocked-heading = Nid yw eich atebion yn cael eu cadw ar y ddyfais hon
blocked = Ni all Almanac gadw yma oherwydd { $error }. Gallwch ateb pob cwestiwn a gweld eich canlyniad o hyd; llwythwch ef i lawr cyn i chi gau'r dudalen hon.
read-only-heading = Nid oes modd cadw'r newidiadau a wnewch nawr ar y ddyfais hon
read-only-full = Mae storfa'r porwr hwn ar gyfer Almanac yn llawn. Mae popeth a gadwyd o'r blaen yma ac yn ddiogel, a gallwch lwytho copi wrth gefn ohono i lawr o'r dudalen Canlyniadau wedi'u cadw. Dim ond tra bydd y dudalen hon ar agor y caiff atebion newydd eu cadw: dilëwch hen ganlyniadau, neu llwythwch eich canlyniad i lawr cyn i chi gau'r dudalen.
read-only = Gall Almanac ddarllen yr hyn sydd wedi'i gadw yma ond ni all gadw, oherwydd { $error }. Mae popeth a gadwyd o'r blaen yma, a gallwch lwytho copi wrth gefn ohono i lawr o'r dudalen Canlyniadau wedi'u cadw. Dim ond tra bydd y dudalen hon ar agor y caiff atebion newydd eu cadw: llwythwch eich canlyniad i lawr cyn i chi gau'r dudalen.
write-failed-heading = Nid oedd modd cadw eich atebion diweddaraf
write-failed-full = Mae storfa'r porwr hwn yn llawn. Caiff eich atebion eu cadw tra bydd y dudalen hon ar agor: llwythwch eich canlyniad i lawr, yna dilëwch hen ganlyniadau i wneud lle.
write-failed = Methodd Almanac â chadw oherwydd { $error }. Caiff eich atebion eu cadw tra bydd y dudalen hon ar agor: llwythwch eich canlyniad i lawr cyn i chi ei chau.
download-latest = Llwytho eich atebion diweddaraf i lawr
kept-both-heading = Cafodd y canlyniad hwn ei newid yn rhywle arall hefyd
# { $title } yw teitl y canlyniad. Mae diwedd teitl y copi fel y mae Almanac yn ei enwi (src/state/writes.rs).
kept-both = Cafodd “{ $title }” ei newid mewn tab neu ffenestr arall. Mae'r fersiwn honno wedi'i chadw, ac mae'r newidiadau a wnaed yma wedi'u cadw wrth ei hochr fel “{ $title } (copi o dab arall)”.
merged-heading = Cafodd hyn ei newid yn rhywle arall hefyd
merged-group = Cafodd y grŵp hwn ei newid mewn tab neu ffenestr arall ar yr un pryd. Mae'r ddwy set o newidiadau wedi'u cadw.
merged-performance = Cafodd y data perfformiad gwasanaethau ei newid mewn tab neu ffenestr arall ar yr un pryd. Mae'r ddwy set o newidiadau wedi'u cadw.
# Ar ôl merged-group neu merged-performance. Mae eitem yn enw benywaidd (dwy eitem).
merged-clashes = { $count ->
    [zero] Cafodd { $count } eitem eu newid yn y ddau le, yn wahanol: cadwyd y newidiadau a wnaed yma.
    [one] Cafodd un eitem ei newid yn y ddau le, yn wahanol: cadwyd y newid a wnaed yma.
    [two] Cafodd { $count } eitem eu newid yn y ddau le, yn wahanol: cadwyd y newidiadau a wnaed yma.
    [few] Cafodd { $count } eitem eu newid yn y ddau le, yn wahanol: cadwyd y newidiadau a wnaed yma.
    [many] Cafodd { $count } eitem eu newid yn y ddau le, yn wahanol: cadwyd y newidiadau a wnaed yma.
   *[other] Cafodd { $count } eitem eu newid yn y ddau le, yn wahanol: cadwyd y newidiadau a wnaed yma.
}
held-back-heading = Nid yw eich newid wedi'i gadw eto
held-back = Nid oedd modd darllen cofnod ar y ddyfais hon y byddai'r newid hwn yn cymryd ei le: mae wedi'i ddifrodi, neu cafodd ei gadw gan fersiwn fwy newydd o Almanac. Caiff ei gadw yn union fel yr oedd. Caiff eich newid ei gadw tra bydd y dudalen hon ar agor: ewch i'r dudalen Canlyniadau wedi'u cadw, llwythwch i lawr y cofnod nad oedd modd ei ddarllen, yna dilëwch ef, a chaiff eich newid ei gadw.

# Yr hysbysiad uwchben pob tudalen pan nad yw atebion yn cael eu cadw ar y ddyfais hon, neu pan
# newidiodd tab neu ffenestr arall yr un peth. Mae { $error } yn dweud beth sydd o'i le ar storfa'r
# porwr, er enghraifft "mae storfa'r porwr hwn ar gyfer Almanac yn llawn".

ok = Iawn
blocked-heading = Nid yw eich atebion yn cael eu cadw ar y ddyfais hon
blocked = Ni all Almanac gadw yma oherwydd { $error }. Gallwch barhau i ateb pob cwestiwn a gweld eich canlyniad; llwythwch ef i lawr cyn i chi gau'r dudalen hon.
read-only-heading = Ni ellir cadw'r newidiadau rydych yn eu gwneud nawr ar y ddyfais hon
read-only-full = Mae storfa'r porwr hwn ar gyfer Almanac yn llawn. Mae popeth a gadwyd o'r blaen yma ac yn ddiogel, a gallwch lwytho copi wrth gefn ohono i lawr o'r dudalen Canlyniadau wedi'u cadw. Dim ond tra bo'r dudalen hon ar agor y caiff atebion newydd eu cadw: dilëwch hen ganlyniadau, neu llwythwch eich canlyniad i lawr cyn i chi gau'r dudalen.
read-only = Gall Almanac ddarllen yr hyn sydd wedi'i gadw yma ond ni all gadw, oherwydd { $error }. Mae popeth a gadwyd o'r blaen yma, a gallwch lwytho copi wrth gefn ohono i lawr o'r dudalen Canlyniadau wedi'u cadw. Dim ond tra bo'r dudalen hon ar agor y caiff atebion newydd eu cadw: llwythwch eich canlyniad i lawr cyn i chi gau'r dudalen.
write-failed-heading = Nid oedd modd cadw eich atebion diweddaraf
write-failed-full = Mae storfa'r porwr hwn yn llawn. Caiff eich atebion eu cadw tra bo'r dudalen hon ar agor: llwythwch eich canlyniad i lawr, yna dilëwch hen ganlyniadau i wneud lle.
write-failed = Methodd y cadw oherwydd { $error }. Caiff eich atebion eu cadw tra bo'r dudalen hon ar agor: llwythwch eich canlyniad i lawr cyn i chi ei chau.
download-latest = Llwytho eich atebion diweddaraf i lawr
kept-both-heading = Cafodd y canlyniad hwn ei newid yn rhywle arall hefyd
kept-both = Cafodd “{ $title }” ei newid mewn tab neu ffenestr arall. Mae'r fersiwn honno wedi'i chadw, ac mae'r newidiadau a wnaed yma wedi'u cadw wrth ei hochr fel “{ $copy }”.
merged-heading = Cafodd hwn ei newid yn rhywle arall hefyd
merged-group = Cafodd y grŵp hwn ei newid mewn tab neu ffenestr arall ar yr un pryd. Mae'r ddwy set o newidiadau wedi'u cadw.
merged-performance = Cafodd y data perfformiad gwasanaethau ei newid mewn tab neu ffenestr arall ar yr un pryd. Mae'r ddwy set o newidiadau wedi'u cadw.
clashes = { $count ->
    [zero] { " " }Cafodd { $count } eitem eu newid yn y ddau, yn wahanol: mae'r newidiadau a wnaed yma wedi'u cadw.
    [one] { " " }Cafodd un eitem ei newid yn y ddau, yn wahanol: mae'r newid a wnaed yma wedi'i gadw.
    [two] { " " }Cafodd { $count } eitem eu newid yn y ddau, yn wahanol: mae'r newidiadau a wnaed yma wedi'u cadw.
    [few] { " " }Cafodd { $count } eitem eu newid yn y ddau, yn wahanol: mae'r newidiadau a wnaed yma wedi'u cadw.
    [many] { " " }Cafodd { $count } eitem eu newid yn y ddau, yn wahanol: mae'r newidiadau a wnaed yma wedi'u cadw.
   *[other] { " " }Cafodd { $count } eitem eu newid yn y ddau, yn wahanol: mae'r newidiadau a wnaed yma wedi'u cadw.
}
held-back-heading = Nid yw eich newid wedi'i gadw eto
held-back = Nid oedd modd darllen cofnod ar y ddyfais hon y byddai'r newid hwn yn cymryd ei le: mae wedi'i ddifrodi, neu cafodd ei gadw gan fersiwn mwy newydd o Almanac. Mae wedi'i gadw yn union fel yr oedd. Caiff eich newid ei gadw tra bo'r dudalen hon ar agor: ewch i'r dudalen Canlyniadau wedi'u cadw, llwythwch i lawr y cofnod nad oedd modd ei ddarllen, yna dilëwch ef, a bydd eich newid yn cael ei gadw.

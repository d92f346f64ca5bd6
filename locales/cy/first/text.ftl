# Ffeil nad yw'n destun y gall Almanac ei ddarllen, a gwerth hir sy'n cael ei ddyfynnu mewn neges.
# Mae enwau dewislenni Excel yn Saesneg, fel y maent yn y rhan fwyaf o gopïau o Excel.
# Yn y lawrlwythiad cyntaf: caiff gosodiadau tudalen sy'n mewnosod Almanac eu darllen, a gallant
# ddyfynnu gwerth, cyn i eiriau'r tudalennau gyrraedd.

utf16 = mae'r ffeil hon wedi'i chadw fel UTF-16 (“Unicode text”), ac mae Almanac yn darllen UTF-8: cadwch hi eto fel UTF-8 (yn Excel, “CSV UTF-8 (Comma delimited)”; mewn golygydd testun, yr amgodiad “UTF-8”) a mewnforiwch honno
not-utf8 = nid yw'r ffeil hon wedi'i chadw fel UTF-8, yr amgodiad testun y mae Almanac yn ei ddarllen (mae nod mewn amgodiad arall ar linell { $line }, fel Windows-1252 o fersiynau hŷn o Excel): cadwch hi eto fel UTF-8 (yn Excel, “CSV UTF-8 (Comma delimited)”; mewn golygydd testun, yr amgodiad “UTF-8”) a mewnforiwch honno
excerpt = { $count ->
    [zero] { $start }… ({ $count } nod)
    [one] { $start }… ({ $count } nod)
    [two] { $start }… ({ $count } nod)
    [few] { $start }… ({ $count } nod)
    [many] { $start }… ({ $count } nod)
   *[other] { $start }… ({ $count } nod)
}

# Ffeil nad yw'n destun y gall Almanac ei ddarllen. Mae enwau dewislenni Excel yn Saesneg, fel y
# maent yn y rhan fwyaf o gopïau o Excel.

utf16 = mae'r ffeil hon wedi'i chadw fel UTF-16 (“Unicode text”), ac mae Almanac yn darllen UTF-8: cadwch hi eto fel UTF-8 (yn Excel, “CSV UTF-8 (Comma delimited)”; mewn golygydd testun, yr amgodiad “UTF-8”) a mewnforiwch honno
not-utf8 = nid yw'r ffeil hon wedi'i chadw fel UTF-8, yr amgodiad testun y mae Almanac yn ei ddarllen (mae nod mewn amgodiad arall ar linell { $line }, fel Windows-1252 o fersiynau hŷn o Excel): cadwch hi eto fel UTF-8 (yn Excel, “CSV UTF-8 (Comma delimited)”; mewn golygydd testun, yr amgodiad “UTF-8”) a mewnforiwch honno

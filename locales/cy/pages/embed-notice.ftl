# Uwchben y dudalen, i rywun sy'n defnyddio Almanac y tu mewn i dudalen cyngor.

settings-heading = Ni ddefnyddiwyd rhai o'r gosodiadau yng nghyfeiriad y dudalen hon
# Ar ôl y rhestr o osodiadau na chawsant eu defnyddio.
settings-body = Mae Almanac yn gweithio hebddynt. Gall pwy bynnag a osododd y dudalen hon gywiro'r cyfeiriad.
other-site-blocked = Rydych yn defnyddio Almanac y tu mewn i dudalen gwefan arall, lle nad yw eich porwr yn gadael iddo gadw.{ " " }
other-site-kept-apart = Rydych yn defnyddio Almanac y tu mewn i dudalen gwefan arall. Mae eich porwr yn cadw eich atebion ar gyfer y dudalen hon yn unig, ar wahân i Almanac pan gaiff ei agor ar ei ben ei hun, a gall eu clirio'n gynt.{ " " }
# Yna'r ddolen open-own-tab, ac atalnod llawn.
download-or = Llwythwch eich canlyniad i lawr i gadw copi, neu{ " " }
open-own-tab = agor Almanac yn ei dab ei hun (yn agor mewn tab newydd)

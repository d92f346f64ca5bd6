# Pam nad oedd modd darllen ffeil a ddewisodd rhywun (src/web.rs). Dangosir ar ôl enw'r ffeil,
# felly mae pob un yn dechrau â llythyren fach.

too-large = mae'r ffeil yn { $size } KB, sy'n fwy na'r { $limit } KB y mae Almanac yn ei ddarllen ar gyfer hyn
too-large-for-assessment = mae'r ffeil yn fwy na'r { $limit } KB y gall asesiad fod
unreadable = nid oedd modd darllen y ffeil

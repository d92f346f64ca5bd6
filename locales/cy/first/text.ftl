# Gwerth hir sy'n cael ei ddyfynnu mewn neges: yn y lawrlwythiad cyntaf, gan fod gosodiadau tudalen
# sy'n mewnosod Almanac yn cael eu darllen, ac yn gallu dyfynnu gwerth, cyn i eiriau'r tudalennau gyrraedd.

# Nid cyfrif: byddai ei ffurfiau'n dod â rheolau lluosog CLDR i'r lawrlwythiad cyntaf, ac mae
# dyfyniad bob amser yn hwy na 40 nod.
excerpt = { $start }… ({ $count } nod)

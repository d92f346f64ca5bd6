# Gwerth hir sy'n cael ei ddyfynnu mewn neges: yn y lawrlwythiad cyntaf, gan fod gosodiadau tudalen
# sy'n mewnosod Almanac yn cael eu darllen, ac yn gallu dyfynnu gwerth, cyn i eiriau'r tudalennau gyrraedd.

excerpt = { $count ->
    [zero] { $start }… ({ $count } nod)
    [one] { $start }… ({ $count } nod)
    [two] { $start }… ({ $count } nod)
    [few] { $start }… ({ $count } nod)
    [many] { $start }… ({ $count } nod)
   *[other] { $start }… ({ $count } nod)
}

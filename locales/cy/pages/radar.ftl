# Y geiriau ar siart radar o sgorau (tudalen y canlyniad).

# Yr allwedd: y llinell drwy'r sgorau presennol, ac amlinell doredig y targedau.
current = Presennol
target = Targed
# O dan enw maes pan nad oes ganddo sgôr eto.
no-score = (dim sgôr)

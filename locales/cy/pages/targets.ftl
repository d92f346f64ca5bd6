# Targedau ar gyfer dangosyddion perfformiad gwasanaethau, a'r ffurflen sy'n gosod un (src/components/targets.rs).

target-text = { $indicator } o { $value } erbyn diwedd { $period }
reached = Wedi'i gyrraedd
not-yet-reached = Heb ei gyrraedd eto
missed = Wedi'i fethu
not-known = Ddim yn hysbys
remove = Tynnu
# Testun cudd ar ôl "Tynnu": "Tynnu targed: …" (heb fannod, felly dim "Tynnu'r").
remove-which = { " " }targed: { $target }
region = Targedau (yn sgrolio i'r ochr)
caption = Targedau, gyda'r ffigur ar gyfer { $period }
target = Targed
# UNSURE: a column head, "Yn Ch1 2026/27" (the figure in that period).
figure-in = Yn { $period }
standing = Sefyllfa
action = Cam gweithredu
no-targets = Nid oes targedau wedi'u gosod.
target-for = Y targed ar gyfer { $indicator }
enter-target = Rhowch { $what }
set-a-target = Gosod targed
error-title = Mae problem
indicator = Dangosydd
volume-hint = Nifer o drafodion, fel 12000
cost-hint = Swm mewn punnoedd, fel 1.20; mae'r targed yn cael ei gyrraedd drwy fynd ato neu'n is nag ef
percentage-hint = Canran, fel 80
by-the-end-of = I'w gyrraedd erbyn diwedd
set-the-target = Gosod y targed

# Taenlenni (CSV) atebion canlyniad a'i gynllun gweithredu: penawdau'r colofnau, yna'r geiriau
# yn eu celloedd.

area = Maes
statement-id = ID y datganiad
statement = Datganiad
answer = Ateb
level = Lefel
target-level = Lefel darged
confidence = Hyder
evidence = Tystiolaeth
rank = Safle
action = Cam gweithredu
current-level = Lefel bresennol
level-to-reach = Lefel i'w chyrraedd
priority = Blaenoriaeth
next-step = Cam nesaf
phase = Cam
effort = Ymdrech
status = Statws
owner = Perchennog
due = Dyddiad dyledus

not-answered = Heb ei ateb
find-out = Cael gwybod
improve = Gwella
first = Yn gyntaf

# Rhestr dasgau asesiad llawn: pob maes gyda'i statws, a'r ffordd i wirio a gorffen (src/pages/overview.rs).

completed = Wedi cwblhau
in-progress = Ar y gweill
not-started = Heb ddechrau
statements = { $count ->
    [zero] { $count } datganiad
    [one] { $count } datganiad
    [two] { $count } ddatganiad
    [few] { $count } datganiad
    [many] { $count } datganiad
   *[other] { $count } datganiad
}
back = Pob asesiad sydd wedi'i gadw
framework-version = { $title } · fersiwn { $version }
carried-levels = { $count ->
    [one] Cafodd { $count } lefel ei chario drosodd o asesiad cynharach ac mae'n aros i chi ei chadarnhau. Mae wedi'i marcio ar ei datganiad.
   *[other] Cafodd { $count } lefel eu cario drosodd o asesiad cynharach ac maent yn aros i chi eu cadarnhau. Mae pob un wedi'i marcio ar ei datganiad.
}
change-details = Newid manylion yr asesiad
completed-on = Cwblhawyd ar { $date }
reopen-first = I newid ateb, ailagorwch yr asesiad yn gyntaf.
view-results = Gweld y canlyniadau
reopen = Ailagor yr asesiad
# UNSURE: the framework's plural noun in brackets ("3 o 12 (canlyniadau)"), since a noun after a number is singular in Welsh and the noun comes from the framework.
progress = Rydych wedi cwblhau { $completed } o { $total } ({ $areas })
check-heading = Gwirio a gorffen
check-body = Gwiriwch eich atebion cyn i chi nodi bod yr asesiad wedi'i gwblhau. Gallwch weld y canlyniadau ar unrhyw adeg.
check-answers = Gwirio eich atebion
results-so-far = Gweld y canlyniadau hyd yma
carried-title = Dechreuwyd ar fersiwn { $version } gan ddefnyddio eich atebion o fersiwn { $from }
carried-answers = { $count ->
    [one] Cafodd { $count } ateb ei gario drosodd. Gwiriwch fod pob un yn dal yn addas: mae rhai datganiadau wedi'u geirio'n wahanol yn y fersiwn hon.
   *[other] Cafodd { $count } ateb eu cario drosodd. Gwiriwch fod pob un yn dal yn addas: mae rhai datganiadau wedi'u geirio'n wahanol yn y fersiwn hon.
}
not-carried = { $count ->
    [one] Nid oedd modd cario { $count } ateb drosodd. Mae eich asesiad cynharach yn ei gadw:
   *[other] Nid oedd modd cario { $count } ateb drosodd. Mae eich asesiad cynharach yn eu cadw:
}

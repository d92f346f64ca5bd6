# Yr adroddiad ar gyfer uwch reolwyr, wedi'i osod i'w argraffu ar A4 (src/pages/report.rs).

completed-on = Cwblhawyd ar { $date }
in-progress = Ar y gweill: heb ei farcio'n gyflawn eto
overall = Sgôr gyffredinol: { $score } allan o { $top }.
no-overall = Nid oes sgôr gyffredinol eto.
back = Yn ôl i'r canlyniadau
# UNSURE: "Cadw fel PDF" as the browser's print dialog names it in Welsh.
print-note = Mae'r dudalen hon wedi'i gosod i'w hargraffu ar A4. I wneud PDF, argraffwch hi a dewis “Cadw fel PDF” fel yr argraffydd.
print = Argraffu neu gadw fel PDF
kind = Hunanasesiad aeddfedrwydd digidol
framework = Fframwaith
framework-version = { $title }, fersiwn { $version }
status = Statws
source = Ffynhonnell
produced = Adroddiad wedi'i lunio
with-almanac = { " " }gydag Almanac
summary = Crynodeb
own-weights = Pwysoliadau'r asesiad hwn ei hun yw'r rhain, wedi'u gosod yn lle rhai'r fframwaith ar gyfer: { $areas }.
action-plan = Cynllun gweithredu
roadmap = Map trywydd
roadmap-intro = Y cynllun gweithredu fesul cam, gyda'r sgoriau y dylai pob cam eu cyrraedd os bydd pob eitem ynddo, ac yn y camau cyn hynny, yn cyrraedd ei lefel.
all-answers = Pob ateb

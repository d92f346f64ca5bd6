# Y dangosfwrdd perfformiad gwasanaethau.

heading = Perfformiad gwasanaethau
intro = Y pedwar dangosydd y mae GOV.UK yn eu gofyn gan bob gwasanaeth — cost fesul trafodiad, bodlonrwydd defnyddwyr, cyfradd cwblhau a defnydd digidol — ar gyfer pob un o'ch gwasanaethau, a faint mae pobl wedi symud i sianeli digidol.
no-figures-before = Nid oes ffigurau eto.{ " " }
no-figures-link = Ychwanegwch eich gwasanaethau a'u ffigurau
no-figures-after = , neu llwythwch y data sampl enghreifftiol yno i weld sut mae'r dangosfwrdd yn gweithio.
services-link = Cofrestr gwasanaethau, ffigurau a mewnforion
channels-link = Sianeli, costau uned a blwyddyn ariannol
report-link = Adroddiad y bwrdd ar gyfer y cyfnod hwn
period-label = Cyfnod
period-hint = Caiff chwarteri a blynyddoedd eu hadio o ffigurau misol lle mae gan bob mis ffigurau.
all-services = Pob gwasanaeth, { $period }
targets-heading = Targedau ar gyfer pob gwasanaeth
shift-by-service = Symud sianel fesul gwasanaeth
each-service = Pob gwasanaeth unigol
# UNSURE: "heb ei adio" am "not added up" (chwarter neu flwyddyn heb ei gyfrifo o'i fisoedd); neu "heb ei gyfansymio"?
gap = { $service }, { $channel }: { $period } heb ei adio (dim ffigurau ar gyfer { $missing })
gaps = { $count ->
    [zero] { $count } chwarter neu flwyddyn heb eu hadio, oherwydd nad oes ffigurau gan ran ohonynt
    [one] { $count } chwarter neu flwyddyn heb ei adio, oherwydd nad oes ffigurau gan ran ohono
    [two] { $count } chwarter neu flwyddyn heb eu hadio, oherwydd nad oes ffigurau gan ran ohonynt
    [few] { $count } chwarter neu flwyddyn heb eu hadio, oherwydd nad oes ffigurau gan ran ohonynt
    [many] { $count } chwarter neu flwyddyn heb eu hadio, oherwydd nad oes ffigurau gan ran ohonynt
   *[other] { $count } chwarter neu flwyddyn heb eu hadio, oherwydd nad oes ffigurau gan ran ohonynt
}

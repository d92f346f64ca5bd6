# Tudalen y cynllun gweithredu (src/pages/action_plan.rs).

back = Yn ôl i'r canlyniadau
heading = Cynllun gweithredu
lead = Beth i weithio arno gyntaf, gyda chyngor y fframwaith ar gyfer cyrraedd y lefel nesaf. Gosodwch statws, perchennog, dyddiad dyledus, cam, ymdrech a'r lefel i'w chyrraedd ar gyfer pob eitem: maent yn cael eu cadw gyda'r asesiad, ac mae'r map trywydd yn dangos y camau.
how-ranked = Sut mae'r cynllun yn cael ei drefnu
see-roadmap = Gweld y map trywydd
download-plan = Llwytho'r cynllun i lawr (CSV)
printable-report = Adroddiad i'w argraffu
plan-file = cynllun-gweithredu
nothing-in-plan = Nid oes dim yn y cynllun: mae pob datganiad a atebwyd wrth ei darged, neu'n amherthnasol. Atebwch ragor o ddatganiadau, neu gosodwch dargedau uwch.
help-heading = Heriau ac arferion da
help-intro = Ar gyfer pob un o'r { $names } yn y cynllun: problemau y mae cynghorau'n eu hwynebu'n aml, beth sy'n helpu, ac arferion da.

# Teipio ffigurau un gwasanaeth ar gyfer un cyfnod, grŵp o feysydd ar gyfer pob sianel.

problem = Mae problem
back = Yn ôl i { $service }
heading = Ffigurau ar gyfer { $period }
unsaved = Caiff eich newidiadau eu cadw ar y ddyfais hon wrth i chi deipio, ond nid ydynt yn cael eu defnyddio nes i chi eu cadw.{ " " }
# UNSURE: "Taflu'r newidiadau" am "Discard the changes"; neu "Gwaredu'r newidiadau"?
discard = Taflu'r newidiadau
guidance = Rhowch yr hyn rydych yn ei wybod ar gyfer pob sianel a gadewch y gweddill yn wag: dangosir bwlch fel “Dim data”, byth fel 0, ac mae sianel a adawyd yn wag yn anhysbys. Os na chafodd y gwasanaeth ei gynnig ar sianel yn y cyfnod hwn, ticiwch “heb ei gynnig”: dim ond wedyn y mae'n cyfrif fel dim. Rhowch naill ai gyfanswm y gost neu'r gost fesul trafodiad.
save = Cadw'r ffigurau
cancel = Canslo
started-hint = Trafodion digidol a ddechreuwyd, wedi'u gorffen neu beidio
unit-cost-hint = Dim ond os nad oes gennych gyfanswm y gost
digital-legend = { $channel } (digidol)
not-offered = Ni chafodd { $channel } ei gynnig ar gyfer y gwasanaeth hwn yn y cyfnod hwn
survey-legend = { $channel }: ymatebion i'r arolwg bodlonrwydd
survey-hint = Faint o bobl a roddodd bob ateb. Gadewch y pump yn wag os na ofynnwyd i neb.
three-point-summary = { $channel }: defnyddiodd yr arolwg raddfa tri phwynt
three-point-hint = Rhowch y rhain yn lle'r pump uchod pan ofynnwyd i bobl ddewis o dri ateb.
error-prefix = Gwall:{ " " }

# Y brawddegau sy'n crynhoi canlyniad, a sut y caiff ei sgoriau eu cyfrifo. Enw'r fframwaith ei
# hun am faes yw { $noun }, er enghraifft "canlyniad"; teitl maes yw { $area }, yn aml gyda sgôr
# mewn cromfachau. Nid oes modd treiglo { $noun }, felly mae'r brawddegau'n ei osod lle nad oes
# angen treiglad.

no-score = Dim sgôr
answered-of = { $total ->
    [zero] Rydych wedi ateb { $answered } o'r { $total } cwestiwn.
    [one] Rydych wedi ateb { $answered } o'r { $total } cwestiwn.
    [two] Rydych wedi ateb { $answered } o'r { $total } gwestiwn.
    [few] Rydych wedi ateb { $answered } o'r { $total } chwestiwn.
    [many] Rydych wedi ateb { $answered } o'r { $total } chwestiwn.
   *[other] Rydych wedi ateb { $answered } o'r { $total } cwestiwn.
}
unscored = { $count ->
    [zero] { " " }Nid yw { $count } ateb “{ $label }” yn cael eu sgorio.
    [one] { " " }Nid yw { $count } ateb “{ $label }” yn cael ei sgorio.
    [two] { " " }Nid yw { $count } ateb “{ $label }” yn cael eu sgorio.
    [few] { " " }Nid yw { $count } ateb “{ $label }” yn cael eu sgorio.
    [many] { " " }Nid yw { $count } ateb “{ $label }” yn cael eu sgorio.
   *[other] { " " }Nid yw { $count } ateb “{ $label }” yn cael eu sgorio.
}
unscored-both = { " " }Nid yw { $dont-know-count } ateb “{ $dont-know }” na { $not-applicable-count } ateb “{ $not-applicable }” yn cael eu sgorio.
only-one-scored = Dim ond un { $noun }, { $area }, sydd â sgôr hyd yma.
# UNSURE: ni ellir treiglo'r ansoddeiriau ar ôl enw benywaidd ({ $noun })
strongest-weakest = Eich { $noun } cryfaf yw { $strong } ({ $strong-score }) a'r gwannaf yw { $weak } ({ $weak-score }).
same-score = Mae gan bob { $noun } sydd â sgôr yr un sgôr, { $score }.
none-scored = Nid oes sgôr gan unrhyw { $noun } eto.
every-target-reached = Mae pob { $noun } sydd â tharged wedi'i gyrraedd neu wedi mynd y tu hwnt iddo.
no-targets = Nid oes targedau wedi'u gosod eto: gosodwch lefel darged ar gyfer datganiad i weld y bwlch i'w gau.
only-gap = Mae'r unig fwlch rhwng sgôr a tharged yn { $area }.
largest-gaps = Mae'r bylchau mwyaf rhwng sgôr a tharged yn { $areas } ac yn { $last }.
evidence-gap = { $count ->
    [zero] Mae { $count } ateb yn “{ $label }”, yn { $area }. Canfod yr atebion yw'r cam cyntaf yn y cynllun gweithredu.
    [one] Mae { $count } ateb yn “{ $label }”, yn { $area }. Canfod yr ateb yw'r cam cyntaf yn y cynllun gweithredu.
    [two] Mae { $count } ateb yn “{ $label }”, yn { $area }. Canfod yr atebion yw'r cam cyntaf yn y cynllun gweithredu.
    [few] Mae { $count } ateb yn “{ $label }”, yn { $area }. Canfod yr atebion yw'r cam cyntaf yn y cynllun gweithredu.
    [many] Mae { $count } ateb yn “{ $label }”, yn { $area }. Canfod yr atebion yw'r cam cyntaf yn y cynllun gweithredu.
   *[other] Mae { $count } ateb yn “{ $label }”, yn { $area }. Canfod yr atebion yw'r cam cyntaf yn y cynllun gweithredu.
}
evidence-gaps = { $count ->
    [zero] Mae { $count } ateb yn “{ $label }”, yn { $areas } ac yn { $last }. Canfod yr atebion hyn yw'r cam cyntaf yn y cynllun gweithredu.
    [one] Mae { $count } ateb yn “{ $label }”, yn { $areas } ac yn { $last }. Canfod yr atebion hyn yw'r cam cyntaf yn y cynllun gweithredu.
    [two] Mae { $count } ateb yn “{ $label }”, yn { $areas } ac yn { $last }. Canfod yr atebion hyn yw'r cam cyntaf yn y cynllun gweithredu.
    [few] Mae { $count } ateb yn “{ $label }”, yn { $areas } ac yn { $last }. Canfod yr atebion hyn yw'r cam cyntaf yn y cynllun gweithredu.
    [many] Mae { $count } ateb yn “{ $label }”, yn { $areas } ac yn { $last }. Canfod yr atebion hyn yw'r cam cyntaf yn y cynllun gweithredu.
   *[other] Mae { $count } ateb yn “{ $label }”, yn { $areas } ac yn { $last }. Canfod yr atebion hyn yw'r cam cyntaf yn y cynllun gweithredu.
}
# UNSURE: "ei atebion" (gwrywaidd) hyd yn oed pan fo { $noun } yn fenywaidd
explanation = Mae pob ateb yn sgorio ei lefel, o 1 ({ $lowest }) i { $top } ({ $highest }). Sgôr pob { $noun } yw cyfartaledd ei atebion, a'r { $overall }. Caiff atebion “{ $dont-know }” ac atebion “{ $not-applicable }” eu gadael allan, felly nid ydynt yn codi nac yn gostwng sgôr.
overall-plain = sgôr gyffredinol yw cyfartaledd sgoriau pob { $noun }
overall-weighted = sgôr gyffredinol yw cyfartaledd sgoriau pob { $noun }, wedi'i bwysoli yn ôl pwysigrwydd pob { $noun } ({ $weights })
weights-others = { $named }; pob { $noun } arall { $usual }

# Ar gynllun gweithredu ailasesiad: beth ddigwyddodd i bob eitem yn y cynllun cynharach (src/components/plan_delivered.rs).

# UNSURE: "wedi'u marcio fel rhai wedi'u gwneud" for "marked done" (the status is "Wedi'i wneud").
summary = { $count ->
    [one] Roedd gan gynllun eich asesiad cynharach, “{ $title }” ({ $date }), { $count } eitem: { $done } wedi'u marcio fel rhai wedi'u gwneud, a { $moved } y mae eu hateb wedi codi ers hynny.
   *[other] Roedd gan gynllun eich asesiad cynharach, “{ $title }” ({ $date }), { $count } eitem: { $done } wedi'u marcio fel rhai wedi'u gwneud, a { $moved } y mae eu hateb wedi codi ers hynny.
}
not-answered = Heb ei ateb
heading = Beth ddigwyddodd i'r cynllun diwethaf
region = Eitemau'r cynllun diwethaf (yn sgrolio i'r ochr)
caption = Pob eitem yn y cynllun diwethaf: sut y cafodd ei marcio, a'i hateb bryd hynny a nawr
marked-as = Wedi'i marcio fel
answer-then = Ateb bryd hynny
answer-now = Ateb nawr
moved = Wedi symud

# Pwysoliadau person ei hun ar gyfer meysydd ei asesiad, yn lle rhai'r fframwaith.

# UNSURE: "pwysoliad" am "weight" (nid yw yn yr eirfa)
change = Newid y pwysoliadau
# { $area } yw'r hyn y mae'r fframwaith yn galw un o'i feysydd, fel "canlyniad" neu "gallu".
explained = Mae pwysoliad yn dweud faint mae pob { $area } yn cyfrif yn y sgôr gyffredinol ac wrth flaenoriaethu'r cynllun hwn. Awgrym y fframwaith yw ei bwysoliadau; gosodwch eich rhai eich hun os yw blaenoriaethau eich cyngor yn wahanol. Cânt eu cadw gyda'r asesiad hwn a'u dangos yn ei adroddiad.
reset = Defnyddio pwysoliadau'r fframwaith ar gyfer pob { $area }
# { $weight } yw rhif, fel 1.5.
default-weight = Mae'r fframwaith yn rhoi { $weight }
# Yn cael ei glywed gan ddefnyddwyr darllenydd sgrin cyn y neges gwall.
error-prefix = Gwall:{ " " }
invalid = Rhowch bwysoliad sy'n fwy na 0 ac yn 100 ar y mwyaf, fel 1.5

# Geiriau'r cynllun gweithredu ei hun (src/domain/plan.rs): sut mae'n cael ei drefnu a statws pob eitem.

ranking-gap-times-weight = Bwlch × pwysoliad
ranking-value-for-effort = Gwerth am ymdrech
rule-common = Mae datganiadau a atebwyd gyda “Ddim yn gwybod” yn dod gyntaf: dewch i wybod ble rydych chi arni cyn gweithredu. Y bwlch yw eich lefel darged llai eich lefel bresennol; lle nad oes targed wedi'i osod, y targed yw brig y raddfa. Y pwysoliad yw'r pwysigrwydd a roddir i faes y datganiad.
rule-gap-times-weight = Mae'r gweddill yn cael eu trefnu yn ôl bwlch × pwysoliad.
rule-value-for-effort = Mae'r gweddill yn cael eu trefnu yn ôl gwerth am ymdrech: bwlch × pwysoliad wedi'i rannu â'r ymdrech, gan gyfrif bach fel 1, canolig fel 2 a mawr fel 3 (mae ymdrech mewn diwrnodau yn cyfrif fel bach hyd at 5 diwrnod, canolig hyd at 20, a mawr y tu hwnt i hynny). Mae eitemau heb ymdrech yn dod ar ôl y rhai sydd ag un, wedi'u trefnu yn ôl bwlch × pwysoliad.
rule-end = Os yw dwy eitem yn gyfartal, mae'r un â'r lefel bresennol is yn dod gyntaf. Mae datganiadau sydd eisoes wrth eu targed, a'r rhai sy'n amherthnasol, yn cael eu gadael allan. Gallwch symud eitemau i fyny ac i lawr: mae eich trefn yn cael ei chadw nes i chi ddewis rheol eto.
status-not-started = Heb ddechrau
status-in-progress = Ar y gweill
# UNSURE: "Wedi'i wneud" for a plan item marked Done (or "Wedi gorffen"?); the status list also appears in the CSV.
status-done = Wedi'i wneud

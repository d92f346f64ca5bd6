# Cadw: pan newidiodd tab arall yr un canlyniad, caiff fersiwn y tab hwn ei gadw wrth ei ochr o
# dan y teitl hwn. Yn y lawrlwythiad cyntaf, gan y gall gwiriad cyflym gwrdd â newid tab arall.

copy-title = { $title } (copi o dab arall)

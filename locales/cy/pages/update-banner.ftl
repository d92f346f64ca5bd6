# Uwchben y dudalen pan fydd fersiwn newydd o Almanac wedi'i llwytho i lawr.

heading = Mae fersiwn newydd o Almanac yn barod
body = Mae popeth rydych wedi'i nodi wedi'i gadw. Newidiwch pan fydd yn gyfleus i chi: bydd y dudalen yn ail-lwytho a byddwch yn parhau o'r man lle'r oeddech.
switch = Defnyddio'r fersiwn newydd

# Y geiriau ar siart bylchau (bar o'r sgôr bresennol i'r targed ar gyfer pob maes).

# Wedi'i ysgrifennu ar ôl rhes lle mae'r targed eisoes wedi'i gyrraedd.
no-gap = dim bwlch

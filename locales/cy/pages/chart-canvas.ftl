# O dan bob siart: y botwm i'w llwytho i lawr (daw disgrifiad y siart ei hun ar ei ôl,
# yn gudd, ar gyfer darllenwyr sgrin).

download-chart = Llwytho'r siart i lawr fel delwedd PNG

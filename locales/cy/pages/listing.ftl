# Sut y gellir trefnu'r canlyniadau a gadwyd.

last-changed = Newidiwyd ddiwethaf
newest-first = Y mwyaf newydd yn gyntaf
title-a-to-z = Teitl, A i Y
highest-score = Y sgôr uchaf

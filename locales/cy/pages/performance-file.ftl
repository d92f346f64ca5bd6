# Yr hyn sydd o'i le ar ffeil data gwasanaethau. Dangosir ar ôl lle mae'r broblem yn y ffeil, felly
# mae'r rhan fwyaf yn dechrau â llythyren fach.

too-large = mae'r ffeil yn fwy na'r { $limit } MB y gall data gwasanaethau fod
not-performance = nid yw hon yn ffeil perfformiad gwasanaethau Almanac (ei fformat yw "{ $format }")
newer = gwnaed y ffeil gan fersiwn mwy newydd o Almanac (fformat { $version })
version-from-one = rhaid iddo fod yn rhif cyfan o 1 ymlaen

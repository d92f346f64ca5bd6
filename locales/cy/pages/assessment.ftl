# Geiriau asesiad ei hun: beth mae'n ei gwmpasu, pa mor sicr yw'r person o ateb, a beth sydd o'i
# le ar ateb neu bwysiad mewn ffeil.

whole-council = Y cyngor cyfan
a-directorate = Cyfarwyddiaeth
a-service = Gwasanaeth
low = Isel
medium = Canolig
high = Uchel
level = Lefel { $level }
rating-expected = rhif lefel, "dont_know" neu "not_applicable"
not-on-any-scale = nid yw lefel { $level } ar unrhyw raddfa
weight-expected = pwysoliad, fel 1.5

# Ar y cynllun gweithredu, pan fydd meincnod o'r fframwaith ar gael.
mark-below = Marcio'r eitemau lle rydych islaw canolrif “{ $title }”
# Y marc ar eitem o'r fath. { $median } yw lefel ganolrifol y meincnod ar gyfer y datganiad.
below-median = Islaw canolrif y meincnod, sef { $median }

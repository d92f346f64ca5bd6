# Pennawd y dudalen sy'n cyhoeddi meincnod o grŵp.
heading = Cyhoeddi meincnod

# Y geiriau ar siart meincnod (stribed ar gyfer pob maes: chwartelau a chanolrif y meincnod, a
# lle mae sgôr y cyngor hwn).

# Yn yr allwedd: y band lliw o chwartel isaf i chwartel uchaf sgorau'r cynghorau.
middle-half = Hanner canol y cynghorau
# Yn yr allwedd: y llinell fer unionsyth wrth sgôr ganolrifol y cynghorau.
median = Canolrif
# Yn yr allwedd: y diemwnt wrth sgôr y cyngor ei hun.
your-score = Eich sgôr
# Wedi'i ysgrifennu yn stribed maes, yn lle'r band, pan nad oes gan y meincnod ffigur ar ei gyfer
# (rhy ychydig o gynghorau, neu nid yw'r maes yn cael ei gymharu).
no-figure = Dim ffigur meincnod

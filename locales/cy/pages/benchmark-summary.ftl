# Beth yw meincnod, fel rhestr gryno (src/components/benchmark_summary.rs): ar y dudalen sy'n
# cyhoeddi un, ac ar gyfer pob meincnod ar y dudalen meincnodau.

# Allweddi rhesi'r rhestr.
title = Teitl
population = Pwy mae'r ffigurau'n eu disgrifio
published = Cyhoeddwyd
framework = Fframwaith
respondents = Ymatebwyr
# UNSURE: "y mae ffigur yn dibynnu arnynt" am "a figure rests on"
threshold = Y nifer lleiaf o ymatebwyr y mae ffigur yn dibynnu arnynt
kinds = Mathau o gyngor wedi'u rhannu allan
# Rhes y fframwaith: { $framework } yw ei deitl.
framework-version = { $framework }, fersiwn { $version }
# Rhes y fframwaith, pan nad yw'r fframwaith ar y ddyfais hon: { $id } yw ei ddynodydd yn y ffeil.
framework-not-here = “{ $id }”, fersiwn { $version } (nid yw'r fframwaith hwn ar y ddyfais hon)
# Rhes y mathau o gyngor, pan nad oes gan y ffeil ffigurau ar gyfer yr un.
no-kinds = Dim

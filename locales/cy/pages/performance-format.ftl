# Ffigurau a'u newidiadau ar dudalennau perfformiad gwasanaethau.

no-data = Dim data
not-known = Anhysbys
# Pwyntiau canran: "+4.2 pwynt canran".
points = { $size } pwynt canran
no-change = Dim newid

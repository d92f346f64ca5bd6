# Mewnforio fframwaith y mae ei fersiwn eisoes ar y ddyfais hon (src/domain/catalogue.rs).
# Dangosir ar ôl "version: ", felly mae pob un yn dechrau â llythyren fach. Enghraifft o fersiwn
# newydd y gallai'r person ei rhoi yw "-lleol".

already-built-in = mae "{ $id }" fersiwn { $version } eisoes ar y ddyfais hon fel fframwaith adeiledig; rhowch fersiwn newydd i'ch copi, fel { $version }-lleol
already-imported = mae "{ $id }" fersiwn { $version } eisoes ar y ddyfais hon fel fframwaith wedi'i fewnforio; rhowch fersiwn newydd i'ch copi, fel { $version }-lleol

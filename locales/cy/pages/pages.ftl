# Manylion asesiad fel rhestr gryno, ar ei restr dasgau ac yn ei adroddiad (src/pages/mod.rs).
# Ni ddangosir rhesi a adawyd yn wag.

organisation = Sefydliad
# Y math o gyngor, fel "Cyngor dosbarth".
organisation-type = Math o sefydliad
# Rhanbarth yn Lloegr, neu un o wledydd eraill y DU.
region = Rhanbarth
# Yr hyn y mae'r asesiad yn ymdrin ag ef: y cyngor cyfan, neu gyfarwyddiaeth neu wasanaeth a'i enw.
# UNSURE: enw ("Cwmpas") yn lle berf ("Covers"), fel allwedd yn y rhestr
covers = Cwmpas
# Y dyddiad y mae'r atebion yn ei ddisgrifio.
date = Dyddiad
# Pryd y dechreuwyd yr asesiad: dyddiad ac amser.
started = Dechreuwyd

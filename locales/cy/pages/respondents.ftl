# Pwy sydd mewn grŵp: ffeil, sefydliad, dyddiad a rôl neu dîm dewisol pob ymatebydd
# (src/components/respondents.rs).

respondents-heading = Ymatebwyr
labels-help = Gallwch roi label i bob ymatebydd gyda rôl neu dîm, fel “TGCh” neu “Gofal cymdeithasol i oedolion”, ac yna dangos atebion un label ar y tro. Nid oes rhaid rhoi labeli.
respondents-caption = { $count ->
    [one] Yr ymatebydd yn y grŵp hwn ({ $count })
   *[other] Yr ymatebwyr yn y grŵp hwn ({ $count })
}
file = Ffeil
last-changed = Newidiwyd ddiwethaf
role-or-team = Rôl neu dîm (dewisol)
framework-version-short = Fersiwn { $version } o'r fframwaith
# Yn cael ei glywed cyn enw ffeil, fel enw ei blwch rôl neu dîm.
role-for = Rôl neu dîm ar gyfer
show-other-respondents = { $count ->
    [one] Dangos yr ymatebydd arall ({ $count })
   *[other] Dangos yr ymatebwyr eraill ({ $count })
}
# Yn cael ei glywed cyn sefydliad ymatebydd: ei enw, y math o gyngor a'r rhanbarth, pa rai
# bynnag y mae eu ffeil yn eu rhoi.
organisation-prefix = Sefydliad:{ " " }

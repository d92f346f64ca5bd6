# Ffigurau un boblogaeth mewn meincnod, fel tablau (src/components/benchmark_figures.rs): ar y
# dudalen sy'n cyhoeddi meincnod, cyn ei gadw.

# Yn lle ffigur sy'n dibynnu ar rhy ychydig o bobl. { $threshold } yw'r nifer lleiaf y caiff ffigur ddibynnu arno.
fewer-than = Llai na { $threshold }
# Yn lle ffigur a adawyd allan fel na ellir cyfrifo'r cynghorau nad ydynt mewn rhaniad drwy dynnu.
# UNSURE: "cyfrifo" am "work out"
protects-others = Wedi'i ddal yn ôl fel na ellir cyfrifo ffigurau grŵp llai
# Allwedd rhes y crynodeb gyda faint o asesiadau y mae'r ffigurau'n eu cyfuno.
respondents = Ymatebwyr
# Allwedd rhes y crynodeb gyda chwartelau'r sgôr gyffredinol.
overall = Sgôr gyffredinol
# Chwartelau'r sgôr gyffredinol; { $answered } yw faint o ymatebwyr y maent yn dibynnu arnynt.
overall-value = { $answered ->
    [zero] Canolrif { $median }, chwartel isaf { $lower }, chwartel uchaf { $upper }, gan { $answered } ymatebwr
    [one] Canolrif { $median }, chwartel isaf { $lower }, chwartel uchaf { $upper }, gan { $answered } ymatebwr
    [two] Canolrif { $median }, chwartel isaf { $lower }, chwartel uchaf { $upper }, gan { $answered } ymatebwr
    [few] Canolrif { $median }, chwartel isaf { $lower }, chwartel uchaf { $upper }, gan { $answered } ymatebwr
    [many] Canolrif { $median }, chwartel isaf { $lower }, chwartel uchaf { $upper }, gan { $answered } ymatebwr
   *[other] Canolrif { $median }, chwartel isaf { $lower }, chwartel uchaf { $upper }, gan { $answered } ymatebwr
}
# Cyn y tablau. { $top } yw lefel uchaf y fframwaith.
tables-note = Mae sgoriau a lefelau ar raddfa'r fframwaith o 1 i { $top }. Sgôr yw cyfartaledd pob ymatebydd yn y maes. Mae'r colofnau olaf yn dangos faint a ddewisodd bob lefel.
# Colofn tabl o faint a ddewisodd un lefel: { $value } yw ei rhif, { $name } yw ei henw.
level-column = { $value }: { $name }
# Rhes sgôr maes, uwchben ei ddatganiadau.
area-score = Sgôr y maes
# Yr hyn y mae darllenydd sgrin yn ei glywed ar gyfer y blwch sgrolio o amgylch tabl; { $caption } yw capsiwn y tabl.
scrolls = { $caption } (yn sgrolio i'r ochr)
# Penawdau colofnau'r tablau.
answered = Atebodd
lower-quartile = Chwartel isaf
median = Canolrif
upper-quartile = Chwartel uchaf

# Pam na chafodd ateb cynharach ei gario i ailasesiad ar fersiwn newydd o fframwaith.

off-scale = nid yw ei lefel ar raddfa'r fersiwn newydd
merged = cafodd ei gyfuno â “{ $statement }”, a gadwodd yr ateb a roesoch chi yno
no-longer-asked = nid yw fersiwn { $version } yn ei ofyn mwyach

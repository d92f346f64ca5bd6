# Problemau gyda ffeil meincnod, pob un yn cael ei ddangos ar ôl llwybr y maes sydd ar fai.
too-large = Mae'r ffeil yn fwy na { $max } MB, llawer mwy nag sydd ei angen ar feincnod. Gwiriwch i chi ddewis ffeil meincnod o Almanac.
not-benchmark = Nid ffeil meincnod Almanac yw hon. Caiff ffeil meincnod ei gwneud ar dudalen grŵp gyda “Cyhoeddi meincnod”.
newer-format = Cafodd y ffeil ei gwneud gan fersiwn mwy newydd o Almanac. Defnyddiwch yr Almanac diweddaraf i'w hagor.
whole-number-from-1 = rhaid iddo fod yn rhif cyfan o 1 i fyny
empty = rhaid iddo beidio â bod yn wag
too-long = rhaid iddo fod yn { $max } nod neu lai
missing = ar goll
threshold-too-low = rhaid iddo fod yn { $min } o leiaf: ni chaiff unrhyw ffigur ddibynnu ar lai o bobl
type-twice = yn enwi math o gyngor sydd eisoes wedi'i rannu allan
figures-or-withheld = rhaid iddo gael naill ai ffigurau neu reswm pam eu bod wedi'u dal yn ôl, nid y ddau
below-threshold = yn dibynnu ar lai o ymatebwyr na throthwy'r meincnod, sef { $threshold }
more-than-respondents = yn fwy na'r { $respondents } ymatebwr y mae'r ffigurau'n eu cyfuno
missing-quartiles = rhaid iddo gael chwartel isaf, canolrif a chwartel uchaf
quartiles-out-of-range = mae ganddo chwartel y tu allan i raddfa'r fframwaith
quartiles-out-of-order = rhaid i'r chwartel isaf fod ar y canolrif neu'n is, a'r canolrif ar y chwartel uchaf neu'n is
levels-do-not-add-up = mae ganddo gyfrifon lefel nad ydynt yn adio i'r { $answered } a atebodd
levels-only-for-statements = mae ganddo gyfrifon lefel, sydd ond yn bosibl i ddatganiad
withheld-with-numbers = mae wedi'i ddal yn ôl ond mae ganddo ffigurau: rhaid i ffigur a ddaliwyd yn ôl fod heb ddim
id-twice = mae “{ $id }” yn ymddangos fwy nag unwaith
# Cyhoeddi meincnod o grŵp sydd â rhy ychydig o bobl ynddo.
too-few-respondents = { $count ->
    [zero] Mae angen { $threshold } ymatebwr o leiaf ar feincnod fel na ellir dewis atebion unrhyw gyngor. Mae gan y grŵp hwn { $count }.
    [one] Mae angen { $threshold } ymatebwr o leiaf ar feincnod fel na ellir dewis atebion unrhyw gyngor. Mae gan y grŵp hwn { $count }.
    [two] Mae angen { $threshold } ymatebwr o leiaf ar feincnod fel na ellir dewis atebion unrhyw gyngor. Mae gan y grŵp hwn { $count }.
    [few] Mae angen { $threshold } ymatebwr o leiaf ar feincnod fel na ellir dewis atebion unrhyw gyngor. Mae gan y grŵp hwn { $count }.
    [many] Mae angen { $threshold } ymatebwr o leiaf ar feincnod fel na ellir dewis atebion unrhyw gyngor. Mae gan y grŵp hwn { $count }.
   *[other] Mae angen { $threshold } ymatebwr o leiaf ar feincnod fel na ellir dewis atebion unrhyw gyngor. Mae gan y grŵp hwn { $count }.
}
# Lle mae sgôr cyngor ymhlith cynghorau'r meincnod, yn cwblhau "Mae eich sgôr …".
top-quarter = yn y chwarter uchaf
above-median = uwchlaw'r canolrif
around-median = o gwmpas y canolrif
below-median = islaw'r canolrif
lowest-quarter = yn y chwarter isaf

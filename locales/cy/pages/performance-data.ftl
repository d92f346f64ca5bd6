# Data perfformiad gwasanaethau: y raddfa fodlonrwydd, y sianeli cychwynnol, a'r hyn sydd o'i le
# ar wasanaeth, sianel neu ffeil o ddata gwasanaethau. Dangosir problem mewn ffeil ar ôl ei lle
# ("services[2].name: rhowch enw'r gwasanaeth"), felly mae'r rhan fwyaf yn dechrau â llythyren fach.

very-dissatisfied = Anfodlon iawn
dissatisfied = Anfodlon
neither = Ddim yn fodlon nac yn anfodlon
satisfied = Bodlon
very-satisfied = Bodlon iawn
wrong-number-of-counts = { $count ->
    [zero] mae { $count } cyfrif bodlonrwydd: rhowch bump (anfodlon iawn i fodlon iawn) neu dri (anfodlon, ddim yn fodlon nac yn anfodlon, bodlon)
    [one] mae { $count } cyfrif bodlonrwydd: rhowch bump (anfodlon iawn i fodlon iawn) neu dri (anfodlon, ddim yn fodlon nac yn anfodlon, bodlon)
    [two] mae { $count } gyfrif bodlonrwydd: rhowch bump (anfodlon iawn i fodlon iawn) neu dri (anfodlon, ddim yn fodlon nac yn anfodlon, bodlon)
    [few] mae { $count } chyfrif bodlonrwydd: rhowch bump (anfodlon iawn i fodlon iawn) neu dri (anfodlon, ddim yn fodlon nac yn anfodlon, bodlon)
    [many] mae { $count } chyfrif bodlonrwydd: rhowch bump (anfodlon iawn i fodlon iawn) neu dri (anfodlon, ddim yn fodlon nac yn anfodlon, bodlon)
   *[other] mae { $count } cyfrif bodlonrwydd: rhowch bump (anfodlon iawn i fodlon iawn) neu dri (anfodlon, ddim yn fodlon nac yn anfodlon, bodlon)
}
# Enwau'r sianeli cychwynnol. Maent yn dod yn ddata'r cyngor, a gall eu hailenwi.
online = Ar-lein
phone = Ffôn
face-to-face = Wyneb yn wyneb
post-or-email = Post neu e-bost
other = Arall
enter-service-name = Rhowch enw'r gwasanaeth
service-exists = Mae gwasanaeth o'r enw “{ $name }” yn bodoli eisoes
id-form = rhaid iddo fod yn llythrennau bach, digidau a chysylltnodau, hyd at 64 nod
enter-service-name-file = rhowch enw'r gwasanaeth
id-used-twice = mae dau wasanaeth yn defnyddio "{ $id }"
service-exists-file = mae gwasanaeth o'r enw "{ $name }" yn bodoli eisoes
no-channels = rhaid cael o leiaf un sianel
not-a-service = nid yw "{ $id }" yn wasanaeth yn y gofrestr
target-twice = mae'r un targed wedi'i osod ddwywaith
organisation-too-long = mae'n hirach na 200 nod
year-start-range = rhaid iddo fod y mis y mae'r flwyddyn ariannol yn dechrau ynddo, o 1 i 12
enter-channel-name = rhowch enw'r sianel
channel-twice = mae'r sianel "{ $name }" wedi'i rhestru ddwywaith
unit-cost-range = rhaid iddo fod rhwng £0 a £10,000,000,000
not-a-channel = nid yw "{ $id }" yn un o'r sianeli
figures-twice = mae dwy set o ffigurau ar gyfer { $service } yn { $period } ar y sianel { $channel }
not-offered-with-figures = mae { $channel } wedi'i nodi fel heb ei gynnig ond mae ganddo ffigurau: cliriwch nhw, neu tynnwch y marc
negative-cost = rhaid i'r gost fod yn £0 neu fwy
# Yr hyn sy'n rhy fawr, cyn ": mae'r ffigur yn fwy na …".
the-cost = y gost
number-completed = nifer y trafodion a gwblhawyd
number-started = nifer y trafodion a ddechreuwyd
a-satisfaction-count = cyfrif bodlonrwydd
# UNSURE: { $channel } (enw'r sianel mewn llythrennau bach) yn dilyn "ac nid yw"; a yw'r drefn yn naturiol?
started-not-digital = dim ond ar gyfer sianeli digidol y cofnodir trafodion a ddechreuwyd, ac nid yw { $channel } yn un ohonynt
completed-above-started = { $channel }: ni all nifer y trafodion a gwblhawyd ({ $completed }) fod yn fwy na'r rhai a ddechreuwyd ({ $started })
no-responses = mae'r cyfrifon bodlonrwydd yn dod i gyfanswm o 0 ymateb: gadewch nhw'n wag os na ofynnwyd i neb
target-volume-range = rhaid iddo fod yn nifer o drafodion rhwng 0 a 1,000,000,000
target-cost-range = rhaid iddo fod yn swm rhwng £0 a £10,000,000,000
target-share-range = rhaid iddo fod yn ganran rhwng 0 a 100

# Y gosodiadau y mae ffigurau'r dangosfwrdd yn seiliedig arnynt: enw'r cyngor, y mis y mae ei
# flwyddyn ariannol yn dechrau, a'r sianeli gyda'u costau uned tybiedig.

cost-what = Cost dybiedig un trafodiad drwy'r sianel { $name }
enter-cost = Rhowch gost dybiedig un trafodiad drwy'r sianel { $name }
enter-name = Rhowch enw ar gyfer pob sianel
channel-exists = Mae sianel o'r enw “{ $name }” yn bodoli eisoes
enter-new-name = Rhowch enw'r sianel newydd, neu cliriwch ei chost
same-names = Mae gan ddwy sianel yr un enw: rhowch ei enw ei hun i bob un
organisation-too-long = Rhaid i enw'r sefydliad fod yn 200 nod neu lai
saved = Mae'r gosodiadau, y sianeli a'r tybiaethau wedi'u cadw
restored = Mae'r costau uned cychwynnol wedi'u rhoi yn ôl
removed = Mae'r sianel { $name } wedi'i thynnu
problem = Mae problem
back = Yn ôl i'r dangosfwrdd
heading = Sianeli, costau uned a blwyddyn ariannol
saving-explained = Yr arbediad o symud sianel yw'r trafodion a symudodd i sianeli digidol wedi'u lluosi â'r gwahaniaeth rhwng cost trafodiad all-lein a chost trafodiad digidol. Lle mae eich costau eich hun wedi'u rhoi ar gyfer pob sianel gwasanaeth yn y ddau gyfnod, mae'r arbediad yn eu defnyddio. Fel arall mae'n defnyddio'r costau uned tybiedig isod, ac yn dweud hynny.
starting-figures = Mae'r ffigurau cychwynnol (ar-lein £0.50, ffôn £3, wyneb yn wyneb £9, post neu e-bost £5, arall £5) yn rhifau crwn a ddewiswyd dim ond i gadw'r drefn arferol, wyneb yn wyneb y drutaf ac ar-lein y rhataf. Nid ydynt wedi'u mesur. Rhowch gostau uned eich cyngor eich hun yn eu lle.
organisation-heading = Eich sefydliad
organisation-label = Enw'r cyngor neu'r corff (dewisol)
organisation-hint = Dangosir ar glawr adroddiad y bwrdd.
year-start-label = Mae'r flwyddyn ariannol yn dechrau ym mis
year-start-hint = Ebrill ar gyfer cynghorau'r DU. Caiff chwarteri a blynyddoedd eu henwi yn ôl hyn: gydag Ebrill, Ebrill i Fehefin 2026 yw Q1 2026/27.
channels-heading = Sianeli
digital-channel = Sianel ddigidol
offline-channel = Sianel all-lein
name-label = Enw
cost-label = Cost dybiedig un trafodiad (£)
remove = Tynnu'r sianel hon
no-figures-held = Nid oes ffigurau wedi'u cadw ar ei chyfer.
figures-deleted = { $count ->
    [zero] Caiff y { $count } set o ffigurau a gedwir ar ei chyfer eu dileu o'r porwr hwn. Ni ellir dadwneud hyn.
    [one] Caiff yr unig set o ffigurau a gedwir ar ei chyfer ei dileu o'r porwr hwn. Ni ellir dadwneud hyn.
    [two] Caiff y { $count } set o ffigurau a gedwir ar ei chyfer eu dileu o'r porwr hwn. Ni ellir dadwneud hyn.
    [few] Caiff y { $count } set o ffigurau a gedwir ar ei chyfer eu dileu o'r porwr hwn. Ni ellir dadwneud hyn.
    [many] Caiff y { $count } set o ffigurau a gedwir ar ei chyfer eu dileu o'r porwr hwn. Ni ellir dadwneud hyn.
   *[other] Caiff y { $count } set o ffigurau a gedwir ar ei chyfer eu dileu o'r porwr hwn. Ni ellir dadwneud hyn.
}
remove-question = Tynnu'r sianel { $name }?
yes-remove = Ie, tynnwch hi
cancel = Canslo
add-legend = Ychwanegu sianel (dewisol)
new-name-label = Enw'r sianel newydd
new-cost-label = Cost dybiedig un trafodiad drwyddi (£)
new-cost-hint = Mae angen hyn: nid yw sianel newydd byth yn cyfrif fel un am ddim.
digital-label = Mae'n sianel ddigidol (mae'n cyfrif tuag at y defnydd digidol)
save = Cadw
restore = Rhoi'r costau uned cychwynnol yn ôl

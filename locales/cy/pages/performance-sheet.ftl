# Yr hyn y mae mewnforio taenlen ffigurau wedi'i llenwi yn ei ddweud amdani.
#
# NID yw penawdau colofnau'r daenlen yma, yn fwriadol: maent yn aros yn Saesneg yn y ddwy iaith,
# gan fod mewnforio Almanac ei hun yn eu darllen yn ôl, a rhaid i rywun sy'n llwytho'r templed i
# lawr gyda'r dudalen yn Gymraeg allu ei fewnforio eto (yn y naill iaith neu'r llall). Mae'r un peth
# yn wir am y "Yes" sy'n nodi sianel heb ei chynnig ac am enwau'r cyfnodau ("Q1 2026/27"). Felly
# mae neges sy'n enwi colofn ({ $heading }) yn ei henwi fel y mae'r daenlen yn ei dangos.
#
# Dangosir problem ar ôl ei lle: "rhes 4, colofn D (Transactions completed): …", felly mae'r rhan
# fwyaf yn dechrau â llythyren fach.

empty = mae'r ffeil yn wag
not-csv = nid yw hon yn ffeil CSV y gall Almanac ei darllen
wrong-order = nid yw'r colofnau yn nhrefn y templed: llwythwch y templed i lawr a chopïwch y ffigurau iddo
headings-missing = rhaid i'r rhes gyntaf fod yn benawdau'r templed; mae'r rhain ar goll: { $missing }
row = rhes { $number }
cell = rhes { $row }, colofn { $letter } ({ $heading })
too-many-rows = mae gan y ffeil fwy na { $limit } rhes o ffigurau
# Mae { $error } yn ddisgrifiad y darllenydd ei hun, yn Saesneg.
unreadable-row = ni ellir darllen y rhes hon ({ $error })
# UNSURE: "{ $found } o gelloedd" i osgoi treiglo ar ôl rhif (nid yw'r rhif yn ddewisydd yma); a yw "1 o gelloedd" yn dderbyniol?
cells = mae ganddi { $found } o gelloedd; mae angen { $needed } ar bob rhes
repeats = mae'n ailadrodd gwasanaeth, cyfnod a sianel rhes { $first }
enter-service = rhowch enw'r gwasanaeth
not-a-service = nid yw "{ $name }" yn wasanaeth yn y gofrestr: ychwanegwch ef yno yn gyntaf, neu gwiriwch y sillafu
not-a-period = nid yw "{ $text }" yn gyfnod: ysgrifennwch fis fel 2026-04, chwarter fel Q1 2026/27 neu flwyddyn fel 2026/27
# Rhaid i'r gell gynnwys "Yes" (yn Saesneg) yn y naill iaith neu'r llall.
not-offered-mark = ysgrifennwch "Yes" os na chafodd y sianel ei chynnig yn y cyfnod hwn, neu gadewch y gell yn wag
not-a-channel = nid yw "{ $name }" yn sianel; y sianeli yw { $channels }
cost-both = rhowch gyfanswm y gost neu'r gost fesul trafodiad, nid y ddau
all-five = rhowch bob un o'r pum cyfrif bodlonrwydd (0 lle na ddewisodd neb yr ateb hwnnw), neu gadewch y pump yn wag
all-three = rhowch bob un o'r tri chyfrif bodlonrwydd (0 lle na ddewisodd neb yr ateb hwnnw), neu gadewch y tri yn wag
both-scales = rhowch ymatebion yr arolwg ar un raddfa, pum pwynt neu dri phwynt, nid y ddwy

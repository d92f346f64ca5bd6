# Teipio ffigurau gwasanaeth: labeli'r meysydd a'r hyn sydd o'i le ar yr hyn a deipiwyd.
# Mae { $what } yn enwi'r ffigur: "Ar-lein – trafodion a gwblhawyd" ar y ffurflen, pennawd colofn
# mewn taenlen, neu "y gost". Mae'n dod gyntaf, a cholon ar ei ôl, fel bod y frawddeg yn gweithio
# beth bynnag yw'r enw.

completed = Trafodion a gwblhawyd
total-cost = Cyfanswm y gost (£)
unit-cost = Cost fesul trafodiad (£)
started = Trafodion a ddechreuwyd
not-offered = Heb ei gynnig yn y cyfnod hwn
too-many = { $what }: mae'r ffigur yn fwy na 1,000,000,000 – gwiriwch ef
too-costly = { $what }: mae'r ffigur yn fwy na £10,000,000,000 – gwiriwch ef
negative = { $what }: ni all y ffigur fod yn negatif
whole-number = { $what }: rhaid i'r ffigur fod yn rhif cyfan
not-a-number = { $what }: rhaid i'r ffigur fod yn rhif, fel 1250
not-money = { $what }: rhaid i'r ffigur fod yn swm mewn punnoedd, fel 1250.50
marked-not-offered = Mae { $channel } wedi'i nodi fel heb ei gynnig: cliriwch ei ffigurau, neu dad-diciwch “heb ei gynnig”
cost-both = { $channel }: rhowch gyfanswm y gost neu'r gost fesul trafodiad, nid y ddau
all-five = { $channel }: rhowch bob un o'r pum cyfrif bodlonrwydd (0 lle na ddewisodd neb yr ateb hwnnw), neu gadewch y pump yn wag
all-three = { $channel }: rhowch bob un o'r tri chyfrif bodlonrwydd (0 lle na ddewisodd neb yr ateb hwnnw), neu gadewch y tri yn wag
both-scales = { $channel }: rhowch ymatebion yr arolwg ar un raddfa, pum pwynt neu dri phwynt, nid y ddwy

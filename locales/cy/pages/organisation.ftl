# Y mathau o gyngor y gall asesiad ddweud iddo gael ei wneud ganddynt, fel y mae ffurflen yn eu cynnig.
county = Cyngor sir
district = Cyngor dosbarth
unitary = Awdurdod unedol
metropolitan = Cyngor bwrdeistref fetropolitan
london-borough = Cyngor bwrdeistref yn Llundain
welsh-principal = Prif gyngor yng Nghymru
scottish = Cyngor yn yr Alban
northern-ireland = Cyngor dosbarth yng Ngogledd Iwerddon
other = Corff cyhoeddus arall
# Yr un peth, pob un ohonynt, fel y mae rhaniad meincnod yn ôl math o gyngor yn eu henwi.
county-plural = Cynghorau sir
district-plural = Cynghorau dosbarth
unitary-plural = Awdurdodau unedol
metropolitan-plural = Cynghorau bwrdeistref fetropolitan
london-borough-plural = Cynghorau bwrdeistref yn Llundain
welsh-principal-plural = Prif gynghorau yng Nghymru
scottish-plural = Cynghorau yn yr Alban
northern-ireland-plural = Cynghorau dosbarth yng Ngogledd Iwerddon
other-plural = Cyrff cyhoeddus eraill
# Rhanbarthau Lloegr a gwledydd eraill y DU.
north-east = Gogledd-ddwyrain Lloegr
north-west = Gogledd-orllewin Lloegr
yorkshire-and-the-humber = Swydd Efrog a'r Humber
east-midlands = Dwyrain Canolbarth Lloegr
west-midlands = Gorllewin Canolbarth Lloegr
east-of-england = Dwyrain Lloegr
london = Llundain
south-east = De-ddwyrain Lloegr
south-west = De-orllewin Lloegr
wales = Cymru
scotland = Yr Alban
northern-ireland-region = Gogledd Iwerddon

# Y fframweithiau ar y ddyfais hon: llwytho unrhyw un ohonynt i lawr, mewnforio un eich cyngor chi, tynnu rhai a fewnforiwyd.

# { $title } a { $version } yw rhai'r fframwaith, fel "Canlyniadau digideiddio" a "2.0.0".
title-and-version = { $title } (fersiwn { $version })
# { $file } yw enw'r ffeil a ddewiswyd.
not-imported = Nid oedd modd mewnforio { $file }
not-imported-hint = Mae camgymeriad yn y JSON ei hun, neu werth o'r math anghywir, yn atal Almanac rhag darllen y ffeil yn y fan honno: cywirwch ef a mewnforiwch y ffeil eto i wirio'r gweddill. Caiff pob problem arall ei rhestru ar unwaith.
# Yna teitl a fersiwn y fframwaith.
imported = Wedi'i fewnforio:{ " " }
imported-body = Gallwch nawr ddechrau asesiad gydag ef.
heading = Fframweithiau
intro = Fframwaith yw'r set o ddatganiadau y caiff asesiad ei wneud yn eu herbyn. Llwythwch un i lawr i weld sut mae wedi'i ysgrifennu neu i'w addasu ar gyfer eich cyngor, yna mewnforiwch eich copi wedi'i olygu gyda rhif fersiwn newydd. Mae asesiadau bob amser yn aros gyda'r fersiwn o'r fframwaith y cawsant eu gwneud ag ef.
import-heading = Mewnforio fframwaith
upload-label = Uwchlwytho ffeil fframwaith
upload-hint = Ffeil .json yn fformat fframwaith Almanac. Caiff problemau eu rhestru gyda'u lle yn y ffeil.
# Enw ffeil fframwaith a gaiff ei llwytho i lawr. { $id } yw dynodwr y fframwaith, fel "digital-capabilities".
file-name = almanac-fframwaith-{ $id }-{ $version }.json
version = Fersiwn
built-in = Adeiledig
imported-tag = Wedi'i fewnforio
contents = Cynnwys
# { $areas } yw nifer meysydd y fframwaith; { $plural } yw'r hyn y mae'n eu galw, fel "canlyniadau".
# Daw'r enw cyn y nifer, fel nad oes rhaid ei dreiglo ar ôl rhif.
# UNSURE: "datganiad mewn … (canlyniadau: 12)" er mwyn osgoi "12 canlyniadau"
statements-in-areas = { $count ->
    [zero] { $count } datganiad ({ $plural }: { $areas })
    [one] { $count } datganiad ({ $plural }: { $areas })
    [two] { $count } ddatganiad ({ $plural }: { $areas })
    [few] { $count } datganiad ({ $plural }: { $areas })
    [many] { $count } datganiad ({ $plural }: { $areas })
   *[other] { $count } datganiad ({ $plural }: { $areas })
}
# Yr ieithoedd y gellir darllen y fframwaith ynddynt.
languages = Ieithoedd
# Pob iaith wedi'i henwi ynddi hi ei hun, fel mewn dewis iaith: yr un fath yn y ddwy ffeil.
# UNSURE: efallai y byddai "Saesneg" yn well na "English" yn y rhestr hon o ieithoedd fframwaith
language-english = English
language-welsh = Cymraeg
source = Ffynhonnell
# Yna, i ddarllenwyr sgrin, teitl y fframwaith.
download = Llwytho i lawr
remove = Tynnu
confirm-removal = Cadarnhau tynnu
remove-yes = Ie, ei dynnu
cancel = Canslo
remove-question = Tynnu'r fframwaith hwn o'r ddyfais hon?
in-use = { $count ->
    [zero] Mae { $count } asesiad wedi'u cadw yn defnyddio'r fframwaith hwn. Dilëwch nhw neu lwythwch nhw i lawr yn gyntaf, fel nad oes dim yn cael ei adael heb ei fframwaith.
    [one] Mae { $count } asesiad wedi'i gadw yn defnyddio'r fframwaith hwn. Dilëwch ef neu lwythwch ef i lawr yn gyntaf, fel nad oes dim yn cael ei adael heb ei fframwaith.
    [two] Mae { $count } asesiad wedi'u cadw yn defnyddio'r fframwaith hwn. Dilëwch nhw neu lwythwch nhw i lawr yn gyntaf, fel nad oes dim yn cael ei adael heb ei fframwaith.
    [few] Mae { $count } asesiad wedi'u cadw yn defnyddio'r fframwaith hwn. Dilëwch nhw neu lwythwch nhw i lawr yn gyntaf, fel nad oes dim yn cael ei adael heb ei fframwaith.
    [many] Mae { $count } asesiad wedi'u cadw yn defnyddio'r fframwaith hwn. Dilëwch nhw neu lwythwch nhw i lawr yn gyntaf, fel nad oes dim yn cael ei adael heb ei fframwaith.
   *[other] Mae { $count } asesiad wedi'u cadw yn defnyddio'r fframwaith hwn. Dilëwch nhw neu lwythwch nhw i lawr yn gyntaf, fel nad oes dim yn cael ei adael heb ei fframwaith.
}
ok = Iawn

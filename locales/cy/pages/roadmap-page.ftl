# Tudalen y map trywydd (src/pages/roadmap.rs): y cynllun gweithredu fesul cam.

summary = Eich sgôr gyffredinol nawr yw { $now } allan o { $top }. Os bydd pob eitem yn cyrraedd ei lefel, bydd yn { $projected } ar ddiwedd { $phase }, a { $target } gyda phob eitem wrth ei tharged.
back = Yn ôl i'r cynllun gweithredu
heading = Map trywydd
lead = Y cynllun gweithredu fesul cam: beth ddylai pob cam ei wneud, a ble dylai adael eich sgoriau. Mae pob eitem yn cyfrif ar y lefel y dylai ei chyrraedd yn ei cham; nid yw eitemau y mae angen cael gwybod amdanynt yn newid unrhyw sgôr nes eu bod wedi'u hateb.
no-phases = Nid oes cam gan unrhyw eitem eto. Rhowch gam, ymdrech a'r lefel i'w chyrraedd i eitemau ar y cynllun gweithredu, a bydd y map trywydd yn cael ei lenwi yma.
go-to-plan = Mynd i'r cynllun gweithredu
scores-heading = Sgoriau fesul cam
phases-heading = Camau
change-phases = Newid camau ar y cynllun gweithredu
printable-report = Adroddiad i'w argraffu

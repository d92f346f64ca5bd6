# Un eitem yn y cynllun gweithredu, gyda phenderfyniadau'r person amdani (src/components/plan_item.rs).

find-out = Cael gwybod: yr ateb oedd “{ $answer }”
improve = Gwella o { $from } i { $to }
find-out-how = Dewch i wybod ble mae eich cyngor arni ar hyn: gofynnwch i'r gwasanaeth, chwiliwch am ddata neu ddogfennau, yna atebwch y datganiad eto.
status = Statws
owner = Perchennog
# Progress on the item, in the owner's words.
note = Nodyn
due-date = Dyddiad dyledus
error-prefix = Gwall:{ " " }
enter-real-date = Rhowch ddyddiad go iawn
move-up = Symud i fyny
move-down = Symud i lawr
phase = Cam
not-planned = Heb ei gynllunio eto
effort = Ymdrech
not-given = Heb ei nodi
number-of-days = Nifer o ddiwrnodau
days-of-work = Diwrnodau o waith
enter-days = Rhowch nifer cyfan o ddiwrnodau rhwng 1 a { $most }
reach = Lefel i'w chyrraedd yn y cam hwn

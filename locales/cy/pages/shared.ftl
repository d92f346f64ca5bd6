# Canlyniad a agorwyd o ddolen rannu (src/pages/shared.rs).

cannot-open = Nid oes modd agor y ddolen rannu hon
heading = Canlyniad a rannwyd
ask-again = Gofynnwch i'r person a'i hanfonodd am y ddolen eto, neu am y canlyniad fel ffeil.
go-to-start = Mynd i'r dechrau
already-saved = Mae'r canlyniad hwn eisoes wedi'i gadw ar y ddyfais hon, o'r un ddolen hon.
open-saved = Agor y copi sydd wedi'i gadw
not-saved = Mae'n cael ei ddangos o'r ddolen ac nid yw wedi'i gadw ar y ddyfais hon. Cadwch ef i'w gadw, ei gymharu neu gynllunio ohono.
save = Cadw ar y ddyfais hon
shared-with-you = Mae rhywun wedi rhannu'r canlyniad hwn â chi

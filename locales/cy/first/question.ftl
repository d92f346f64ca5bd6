# Un cwestiwn o asesiad ar bob sgrin.

back = Yn ôl
position = Cwestiwn { $number } o { $count } · { $area }
error-title = Mae problem
choose-level = Dewiswch pa mor dda y mae hyn yn disgrifio eich cyngor, neu dewiswch “{ $dont-know }”
error-prefix = Gwall:{ " " }
saved-on-device = Mae eich ateb wedi'i gadw ar y ddyfais hon.
saved-for-now = Bydd eich ateb yn cael ei gadw nes i chi gau'r dudalen hon.
continue-button = Parhau
see-result = Gweld eich canlyniad
save-later = Cadw a dod yn ôl yn nes ymlaen
or = neu

# Ateb datganiadau maes mewn asesiad llawn: y maes cyfan ar sgrin lydan, un datganiad ar bob
# sgrin ar ffôn.

# Yna'r ddolen locked-link, yna locked-after.
locked-before = Mae'r asesiad hwn wedi'i gwblhau, felly nid oes modd newid ei atebion.{ " " }
locked-link = Ailagorwch ef o'r trosolwg
locked-after = { " " }i'w newid.
back-to-overview = Yn ôl i'r trosolwg
save-and-return = Cadw a dychwelyd i'r trosolwg
back = Yn ôl
# Uwchben y datganiad ar ffôn. { $area } yw teitl y maes.
position = { $area } · datganiad { $number } o { $count }
continue-button = Parhau
# { $time } yw amser o'r dydd, fel 14:05.
saved-on-device = Wedi'i gadw ar y ddyfais hon am { $time }
saved-for-now = Wedi'i gadw am { $time } nes i chi gau'r dudalen hon
# Rhwng y lefelau a'r ddau ateb nad ydynt yn lefelau.
or = neu
# { $from } yw'r asesiad, fel "eich Adolygiad blynyddol o 3 Mawrth 2026" (gall fod yn Saesneg os
# cafodd ei gadw yn Saesneg). Mae'n dilyn "ar sail", fel nad yw "eich" yn cwtogi i "'ch".
carried-over = Cafodd y lefel hon ei chario drosodd ar sail { $from }. Gwiriwch ei bod yn dal i gyd-fynd â'r datganiad hwn: cadarnhewch hi, neu dewiswch lefel arall.
confirm-level = Cadarnhau'r lefel hon
also-covered = Hefyd yn rhan o fframweithiau eraill
target-label = Lefel darged ymhen 12 mis (dewisol)
no-target = Dim targed wedi'i osod
evidence-label = Tystiolaeth (dewisol)
evidence-hint = Beth sy'n dangos hyn? Er enghraifft, strategaeth, cofnodion bwrdd neu ffigurau. Caiff ei gadw wrth i chi deipio.
confidence-legend = Pa mor hyderus ydych chi yn yr ateb hwn? (dewisol)

# Gwirio eich atebion: pob ateb mewn asesiad llawn, yna ei farcio'n gyflawn.

# Yn y rhestr o broblemau, un llinell i bob maes. { $area } yw teitl y maes: mae'n dod gyntaf, fel
# nad oes rhaid ei dreiglo.
unanswered-in-area = { $count ->
    [zero] { $area }: atebwch y { $count } datganiad sydd ar ôl
    [one] { $area }: atebwch y datganiad sydd ar ôl
    [two] { $area }: atebwch y { $count } ddatganiad sydd ar ôl
    [few] { $area }: atebwch y { $count } datganiad sydd ar ôl
    [many] { $area }: atebwch y { $count } datganiad sydd ar ôl
   *[other] { $area }: atebwch y { $count } datganiad sydd ar ôl
}
# Teitl y rhestr o broblemau.
still-unanswered = { $count ->
    [zero] Mae angen ateb { $count } datganiad o hyd
    [one] Mae angen ateb { $count } datganiad o hyd
    [two] Mae angen ateb { $count } ddatganiad o hyd
    [few] Mae angen ateb { $count } datganiad o hyd
    [many] Mae angen ateb { $count } datganiad o hyd
   *[other] Mae angen ateb { $count } datganiad o hyd
}
not-answered = Heb ei ateb
# { $level } yw enw lefel, fel "3: Datblygu".
target = Targed: { $level }
# { $confidence } yw Uchel, Canolig neu Isel.
confidence = Hyder: { $confidence }
evidence = Tystiolaeth: { $evidence }
change = Newid
# Yn cael ei glywed gan ddefnyddwyr darllenydd sgrin ar ôl "Newid". { $statement } yw testun y datganiad.
change-hidden = { " " }eich ateb i “{ $statement }”
back = Yn ôl i'r trosolwg
heading = Gwirio eich atebion
already-complete = Mae'r asesiad hwn eisoes wedi'i gwblhau.
# UNSURE: "Marcio bod … wedi'i gwblhau" am "Mark … as complete"
complete-heading = Marcio bod yr asesiad wedi'i gwblhau
complete-body = Gallwch ei ailagor yn nes ymlaen os oes angen newid ateb. Os nad ydych yn siŵr o ateb, dewiswch “Ddim yn gwybod”: mae'n dangos lle mae tystiolaeth ar goll.
complete-button = Marcio ei fod wedi'i gwblhau

# Pryd mae eitem yn y cynllun i'w gwneud (cam) a faint o waith yw hi (ymdrech): src/domain/programme/phase.rs.

phasing-quarters = Chwarteri'r flwyddyn ariannol (Ch1 yw Ebrill i Fehefin)
phasing-now-next-later = Nawr, nesaf ac yn nes ymlaen
# UNSURE: "Ch1" as the short form of "Chwarter 1" (English "Q1").
quarter = Ch{ $quarter } { $year }/{ $next }
now = Nawr
next = Nesaf
later = Yn nes ymlaen
effort-small = Bach
effort-medium = Canolig
effort-large = Mawr
effort-days = { $count ->
    [zero] { $count } diwrnod
    [one] { $count } diwrnod
    [two] { $count } ddiwrnod
    [few] { $count } diwrnod
    [many] { $count } diwrnod
   *[other] { $count } diwrnod
}
# "eitem" (benywaidd): "3 eitem fach", "1 eitem ganolig", "2 eitem fawr".
total-small = { $count ->
   *[other] { $count } eitem fach
}
total-medium = { $count ->
   *[other] { $count } eitem ganolig
}
total-large = { $count ->
   *[other] { $count } eitem fawr
}
total-days = { $count ->
    [zero] { $count } diwrnod
    [one] { $count } diwrnod
    [two] { $count } ddiwrnod
    [few] { $count } diwrnod
    [many] { $count } diwrnod
   *[other] { $count } diwrnod
}
# UNSURE: "a" before a figure; read aloud it may want "ac" ("ac 1 eitem fawr") or a mutation.
total-and = { $rest } a { $last }
total-not-sized = { $count ->
   *[other] { $count } eitem heb faint eto
}
nothing-to-do = Dim i'w wneud
not-sized-yet = Heb faint eto

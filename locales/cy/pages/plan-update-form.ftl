# Bringing owners' updates back from a plan workbook, on the action plan page.

heading = Diweddaru’r cynllun o lyfr gwaith
intro = Llwythwch y cynllun i lawr fel llyfr gwaith Excel a’i anfon at y perchnogion. Gallant lenwi statws, perchennog, dyddiad dyledus a nodyn pob eitem. Dewiswch y llyfr gwaith wedi’i lenwi yma: byddwch yn gweld pob newid cyn i ddim gael ei gadw, ac ni fydd yr atebion byth yn newid.
choose = Dewiswch lyfr gwaith wedi’i lenwi
hint = Y llyfr gwaith Excel (.xlsx) a wnaeth Almanac o’r asesiad hwn
refused = Nid oes modd defnyddio’r llyfr gwaith hwn
reading = Yn darllen y llyfr gwaith…
preview-heading = Gwiriwch y newidiadau
changes-count = { $count ->
    [zero] Ni fyddai unrhyw eitem yn newid.
    [one] Byddai 1 eitem yn newid.
    [two] Byddai 2 eitem yn newid.
    [few] Byddai { $count } eitem yn newid.
    [many] Byddai { $count } eitem yn newid.
   *[other] Byddai { $count } eitem yn newid.
}
unchanged-count = { $count ->
    [zero] Nid oes unrhyw eitem yr un fath ag yn y cynllun.
    [one] Mae 1 eitem yr un fath ag yn y cynllun.
    [two] Mae 2 eitem yr un fath ag yn y cynllun.
    [few] Mae { $count } eitem yr un fath ag yn y cynllun.
    [many] Mae { $count } eitem yr un fath ag yn y cynllun.
   *[other] Mae { $count } eitem yr un fath ag yn y cynllun.
}
item = Eitem
field = Beth sy’n newid
before = Nawr
after = Yn y llyfr gwaith
# Shown for an empty value in the changes table.
blank = (gwag)
problems-heading = { $count ->
    [zero] Nid oes unrhyw res yn newid dim
    [one] Nid yw 1 rhes yn newid dim
    [two] Nid yw 2 res yn newid dim
    [few] Nid yw { $count } rhes yn newid dim
    [many] Nid yw { $count } rhes yn newid dim
   *[other] Nid yw { $count } rhes yn newid dim
}
confirm = { $count ->
    [zero] Diweddaru { $count } eitem
    [one] Diweddaru 1 eitem
    [two] Diweddaru 2 eitem
    [few] Diweddaru { $count } eitem
    [many] Diweddaru { $count } eitem
   *[other] Diweddaru { $count } eitem
}
cancel = Canslo
updated = { $count ->
    [zero] Diweddarwyd y cynllun: ni newidiodd unrhyw eitem.
    [one] Diweddarwyd y cynllun: newidiodd 1 eitem.
    [two] Diweddarwyd y cynllun: newidiodd 2 eitem.
    [few] Diweddarwyd y cynllun: newidiodd { $count } eitem.
    [many] Diweddarwyd y cynllun: newidiodd { $count } eitem.
   *[other] Diweddarwyd y cynllun: newidiodd { $count } eitem.
}

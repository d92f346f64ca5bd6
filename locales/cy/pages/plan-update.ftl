# Bringing owners' updates back from a plan workbook (src/office/plan_update.rs).

not-a-workbook = Nid llyfr gwaith Excel (.xlsx) yw’r ffeil hon. Dewiswch y llyfr gwaith a wnaeth Almanac o’r asesiad hwn, wedi’i gadw fel llyfr gwaith Excel.
# { $title } is the assessment this plan belongs to.
another-assessment = Gwnaed y llyfr gwaith hwn o asesiad arall. Dewiswch yr un a wnaed o “{ $title }”: nid oes dim wedi newid.
# { $id } is the heading of the column of item IDs.
no-plan-sheet = Nid oes cynllun gweithredu yn y llyfr gwaith hwn: nid oes colofn â’r pennawd “{ $id }” yn rhes gyntaf unrhyw daflen. Dewiswch y llyfr gwaith a wnaeth Almanac o’r asesiad hwn.
# Where a problem is, as a spreadsheet shows it: the sheet's name, the row's number, the column's letter and its heading.
place = Taflen “{ $sheet }”, rhes { $row }, colofn { $column } ({ $heading })
row-place = Taflen “{ $sheet }”, rhes { $row }
headings-missing = Nid oes colofn â’r pennawd { $headings }. Rhowch y penawdau yn ôl fel yr ysgrifennodd Almanac nhw: nid oes dim wedi newid.
no-id = Nid oes ID yn y rhes hon, felly ni all Almanac ddweud pa eitem yw hi. Nid yw’n newid dim.
# { $row } is the row that has this ID first.
repeated = Mae’r eitem “{ $id }” hefyd yn rhes { $row }. Dim ond y rhes honno sy’n cael ei darllen; nid yw hon yn newid dim.
unknown-item = Nid oes gan unrhyw eitem yn y cynllun hwn yr ID “{ $id }”. Efallai ei bod wedi gadael y cynllun ers gwneud y llyfr gwaith (wedi’i hateb ar ei tharged, neu ddim yn berthnasol). Nid yw’r rhes hon yn newid dim.
not-a-status = Nid yw “{ $typed }” yn statws y mae Almanac yn ei adnabod. Defnyddiwch un o: { $known }. Nid yw’r rhes hon yn newid dim.
not-a-date = Nid yw “{ $typed }” yn ddyddiad y gall Almanac ei ddarllen. Rhowch ddyddiad fel 31/03/2027. Nid yw’r rhes hon yn newid dim.
too-long = Mae hwn yn { $count } nod o hyd; y mwyaf y mae Almanac yn ei gadw yw { $limit }. Nid yw’r rhes hon yn newid dim.
# A workbook whose plan sheet is far too big to be a plan (a crafted file); { $sheet } is its name.
too-many-cells = Mae’r daflen “{ $sheet }” yn dal llawer mwy nag unrhyw gynllun: nid oes dim wedi newid. Dewiswch y llyfr gwaith a wnaeth Almanac o’r asesiad hwn.

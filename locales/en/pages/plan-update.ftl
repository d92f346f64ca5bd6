# Bringing owners' updates back from a plan workbook (src/office/plan_update.rs).

not-a-workbook = This file is not an Excel workbook (.xlsx). Choose the workbook Almanac made from this assessment, saved as an Excel workbook.
# { $title } is the assessment this plan belongs to.
another-assessment = This workbook was made from another assessment. Choose the one made from “{ $title }”: nothing has changed.
# { $id } is the heading of the column of item IDs.
no-plan-sheet = This workbook has no action plan: no sheet has a column headed “{ $id }” in its first row. Choose the workbook Almanac made from this assessment.
# Where a problem is, as a spreadsheet shows it: the sheet's name, the row's number, the column's letter and its heading.
place = Sheet “{ $sheet }”, row { $row }, column { $column } ({ $heading })
row-place = Sheet “{ $sheet }”, row { $row }
headings-missing = There is no column headed { $headings }. Put the headings back as Almanac wrote them: nothing has changed.
no-id = This row has no ID, so Almanac cannot tell which item it is. It changes nothing.
# { $row } is the row that has this ID first.
repeated = The item “{ $id }” is also in row { $row }. Only that row is read; this one changes nothing.
unknown-item = No item in this plan has the ID “{ $id }”. It may have left the plan since the workbook was made (answered at its target, or not applicable). This row changes nothing.
not-a-status = “{ $typed }” is not a status Almanac knows. Use one of: { $known }. This row changes nothing.
not-a-date = “{ $typed }” is not a date Almanac can read. Enter a date such as 31/03/2027. This row changes nothing.
too-long = This is { $count } characters long; the most Almanac keeps is { $limit }. This row changes nothing.
# A workbook whose plan sheet is far too big to be a plan (a crafted file); { $sheet } is its name.
too-many-cells = The sheet “{ $sheet }” holds far more than any plan: nothing has changed. Choose the workbook Almanac made from this assessment.

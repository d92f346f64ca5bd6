# The Excel workbook of an assessment (src/office/assessment_workbook.rs): its sheets' names
# (at most 31 characters, none of [ ] : * ? / \), their column headings and the About sheet.
# Headings shared with the CSV exports are in spreadsheet.ftl.

sheet-summary = Crynodeb
sheet-answers = Atebion
sheet-plan = Cynllun gweithredu
sheet-over-time = Dros amser
sheet-about = Ynghylch

overall = Cyffredinol
score = Sgôr
target = Targed
gap = Bwlch
answered = Wedi’u hateb
statements = Datganiadau
# The share of an area's statements answered, as a percentage.
answered-share = Wedi’u hateb (%)
# What the level chosen means, in the framework's words.
descriptor = Ystyr y lefel hon
guidance = Canllawiau
note = Nodyn
date = Dyddiad
assessment = Asesiad
version = Fersiwn y fframwaith

# The About sheet: a label and its value on each row.
about-heading = Ynghylch y llyfr gwaith hwn
framework = Fframwaith
organisation = Sefydliad
made-on = Gwnaed ar
# How owners update the plan and bring it back; { $columns } are the columns they fill in.
# UNSURE: "llyfr gwaith" for workbook
how-to-update = Gall perchnogion lenwi { $columns } ar y daflen “{ $sheet }”. Dewch â’u diweddariadau i mewn o dudalen y cynllun gweithredu yn Almanac: “Diweddaru’r cynllun o lyfr gwaith”. Nid oes dim arall yn y llyfr gwaith hwn yn cael ei ddarllen yn ôl.
scores-explained = Y sgoriau yw lefel gymedrig y datganiadau a atebwyd ym mhob maes, o 1 i 5; nid yw “Ddim yn gwybod” a “Ddim yn berthnasol” yn cyfrif. Y bwlch yw’r targed llai’r sgôr.
# The file's name; { $date } is the day it was made.
file-name = almanac-{ $framework }-{ $date }.xlsx

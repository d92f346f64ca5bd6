# Yr adroddiad fel dogfen Word: botwm yr adroddiad i'w argraffu ar ei chyfer (src/pages/report.rs)
# ac enw ei ffeil (src/exports.rs). Mae'r ddogfen ei hun yn defnyddio geiriau'r adroddiad i'w argraffu.

download = Llwytho i lawr fel dogfen Word (.docx)
# The word in the Word report's file name: almanac-digitalisation-outcomes-adroddiad-2026-12-01.docx
file = adroddiad

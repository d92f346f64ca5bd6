# The report as a Word document: the printed report's button for it (src/pages/report.rs) and its
# file's name (src/exports.rs). The document itself uses the printed report's words.

download = Download as a Word document (.docx)
# The word in the Word report's file name: almanac-digitalisation-outcomes-report-2026-12-01.docx
file = report

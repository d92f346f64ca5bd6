# Dangosyddion pob gwasanaeth mewn cyfnod, ar y dangosfwrdd ac yn adroddiad y bwrdd.

note-and-change = { $note } O dan bob ffigur mae ei newid ers { $period }.
scrolls = Dangosyddion ar gyfer pob gwasanaeth (yn sgrolio i'r ochr)
caption = Dangosyddion ar gyfer pob gwasanaeth, { $period }, gyda'r newid ers { $previous }
rank = Safle
service = Gwasanaeth
transactions = Trafodion
cost-per-transaction = Cost fesul trafodiad
satisfaction = Bodlonrwydd defnyddwyr
completion-rate = Cyfradd cwblhau
take-up = Defnydd digidol

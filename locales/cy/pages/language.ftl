# Cod iaith mewn ffeil fframwaith nad yw Almanac yn ei ddarllen (src/domain/language.rs).
# Dangosir ar ôl lle mae yn y ffeil, felly mae'n dechrau â llythyren fach.

not-a-language = nid yw "{ $code }" yn iaith y mae Almanac yn ei darllen: defnyddiwch { $codes }
codes = "en" (Saesneg) neu "cy" (Cymraeg)

# Beth sydd o'i le ar storfa'r porwr, yng nghanol brawddeg ("… oherwydd { $error }").

full = mae storfa'r porwr hwn ar gyfer Almanac yn llawn
# Geiriau'r porwr ei hun, yn Saesneg, yw { $reason }.
unavailable = nid yw'r porwr hwn yn gadael i Almanac storio data ({ $reason })

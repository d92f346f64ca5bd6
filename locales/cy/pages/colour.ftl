# Lliw brand cyngor (src/domain/colour.rs), ar y dudalen sy'n ysgrifennu'r cod i fewnosod Almanac
# ac yn yr hysbysiad am osodiadau tudalen sy'n mewnosod Almanac.

# Dangosir fel gwall maes, neu ar ôl "brand: ", felly mae'n dechrau â llythyren fach.
not-a-colour = nid yw "{ $value }" yn lliw: rhowch chwe digid hecsadegol, fel 1d70b8
# UNSURE: "arlliw tywyllach" am "darker shade"
adjusted = Mae gan destun gwyn ar { $colour } gyferbyniad o { $contrast }:1, sy'n is na'r { $minimum }:1 y mae WCAG yn gofyn amdano, felly mae Almanac yn defnyddio'r arlliw tywyllach { $shade } ({ $shade-contrast }:1) yn lle hynny.
meets = Mae gan destun gwyn ar { $colour } gyferbyniad o { $contrast }:1, sy'n bodloni WCAG AA.

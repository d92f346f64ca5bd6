# A council's brand colour (src/domain/colour.rs), on the page that writes the code to embed
# Almanac and in the notice about an embedding page's settings.

# Shown as a field's error, or after "brand: ", so it begins with a small letter. { $value } is
# what was given.
not-a-colour = "{ $value }" is not a colour: give six hexadecimal digits, like 1d70b8
# { $colour } is the colour asked for and { $shade } the darker one used (such as #ffdd00);
# { $contrast } and { $shade-contrast } are their contrasts with white (such as 1.4), and
# { $minimum } the least WCAG asks for (4.5).
adjusted = White text on { $colour } has a contrast of { $contrast }:1, below the { $minimum }:1 that WCAG asks for, so Almanac uses the darker shade { $shade } ({ $shade-contrast }:1) instead.
meets = White text on { $colour } has a contrast of { $contrast }:1, which meets WCAG AA.

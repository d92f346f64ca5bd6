# Figures and their changes on the service performance pages (src/domain/performance/format.rs).
# Numbers are written the British way in both languages: "12,345", "62.5%", "£2.50".

# A figure or indicator not known: never shown as 0.
no-data = No data
# A change between two periods that cannot be worked out.
not-known = Not known
# A change in a percentage, in percentage points: "+4.2 points" ({ $size } is "4.2").
points = { $size } points
no-change = No change

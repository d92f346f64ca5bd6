# Saving: when another tab changed the same result, this tab's version is saved beside it under
# this title. In the first download, as a quick check can meet another tab's change.

# { $title } is the result's title, such as "Quick check".
copy-title = { $title } (copy from another tab)

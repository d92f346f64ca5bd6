# A long value quoted back in a message: in the first download, as an embedding page's settings
# are read, and may quote a value back, before the pages' words arrive.

# The start of a long value, then how long the whole value is.
# Not a count: its forms would bring CLDR's plural rules into the first download, and a
# quoted excerpt is always over 40 characters long.
excerpt = { $start }… ({ $count } characters)

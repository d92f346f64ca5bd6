# A long value quoted back in a message: in the first download, as an embedding page's settings
# are read, and may quote a value back, before the pages' words arrive.

# The start of a long value, then how long the whole value is.
excerpt = { $count ->
    [one] { $start }… ({ $count } characters)
   *[other] { $start }… ({ $count } characters)
}

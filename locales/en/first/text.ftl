# A file that is not text Almanac can read, and a long value quoted back in a message.
# In the first download: an embedding page's settings are read, and may quote a value back, before
# the pages' words arrive.

utf16 = this file is saved as UTF-16 (“Unicode text”), and Almanac reads UTF-8: save it again as UTF-8 (in Excel, “CSV UTF-8 (Comma delimited)”; in a text editor, the encoding “UTF-8”) and import that
# { $line } is the number of the line with the first character Almanac cannot read.
not-utf8 = this file is not saved as UTF-8, the text encoding Almanac reads (line { $line } has a character in another encoding, such as Windows-1252 from older Excel): save it again as UTF-8 (in Excel, “CSV UTF-8 (Comma delimited)”; in a text editor, the encoding “UTF-8”) and import that
# The start of a long value, then how long the whole value is.
excerpt = { $count ->
    [one] { $start }… ({ $count } characters)
   *[other] { $start }… ({ $count } characters)
}

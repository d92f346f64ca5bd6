# A file that is not text Almanac can read (src/domain/text.rs; its other message, in the first
# download, is first/text.ftl).

utf16 = this file is saved as UTF-16 (“Unicode text”), and Almanac reads UTF-8: save it again as UTF-8 (in Excel, “CSV UTF-8 (Comma delimited)”; in a text editor, the encoding “UTF-8”) and import that
# { $line } is the number of the line with the first character Almanac cannot read.
not-utf8 = this file is not saved as UTF-8, the text encoding Almanac reads (line { $line } has a character in another encoding, such as Windows-1252 from older Excel): save it again as UTF-8 (in Excel, “CSV UTF-8 (Comma delimited)”; in a text editor, the encoding “UTF-8”) and import that

# A button that makes a workbook or Word document and downloads it.

# On the button while the document is being made (its code may need fetching first).
preparing = Preparing the file…
error-prefix = Error:{ " " }
# The document was made but the browser would not offer it.
not-offered = Your browser did not offer the file. Try again, or try another browser.
# The code that makes documents could not be fetched.
not-loaded = The file could not be made: this device could not fetch the part of Almanac that makes it. Check your connection, then try again.
# Making the document failed for another reason; { $reason } is what went wrong.
failed = The file could not be made ({ $reason }). Nothing you entered has changed.
# Why: the assessment was deleted (in another tab) before the file was made.
gone = the assessment is no longer on this device
# The button for an Excel workbook.
workbook = Download as an Excel workbook (.xlsx)

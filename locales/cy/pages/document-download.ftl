# A button that makes a workbook or Word document and downloads it.

# On the button while the document is being made (its code may need fetching first).
preparing = Yn paratoi’r ffeil…
error-prefix = Gwall:{ " " }
# The document was made but the browser would not offer it.
not-offered = Ni wnaeth eich porwr gynnig y ffeil. Rhowch gynnig arall arni, neu defnyddiwch borwr arall.
# The code that makes documents could not be fetched.
not-loaded = Nid oedd modd gwneud y ffeil: nid oedd y ddyfais hon yn gallu nôl y rhan o Almanac sy’n ei gwneud. Gwiriwch eich cysylltiad, yna rhowch gynnig arall arni.
# Making the document failed for another reason; { $reason } is what went wrong.
failed = Nid oedd modd gwneud y ffeil ({ $reason }). Nid oes dim a roesoch wedi newid.
# Why: the assessment was deleted (in another tab) before the file was made.
gone = nid yw’r asesiad ar y ddyfais hon mwyach
# The button for an Excel workbook.
workbook = Llwytho i lawr fel llyfr gwaith Excel (.xlsx)

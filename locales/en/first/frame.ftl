# Around every page: the skip link, the header, the footer and the language link.
# A { " " } keeps a space at the start or end of a text that sits beside a link.

skip-link = Skip to main content
service-tagline = Digital maturity self-assessment
navigation-label = Main
navigation-home = Home
navigation-saved = Saved results
navigation-compare = Compare
navigation-frameworks = Frameworks
navigation-performance = Service performance
# The link to the page in the other language: its name in that language.
other-language = Cymraeg
other-language-code = cy
footer-privacy = Almanac keeps everything in this browser. It sets no cookies, asks for no name and sends nothing to anyone.
footer-embed-link = Put Almanac on your intranet
footer-embed-after = { " " }in your council’s colour.
footer-sources-before = The built-in frameworks draw on work by the Local Government Association, Socitm and Solace. See{ " " }
footer-sources-link = Frameworks
footer-sources-after = { " " }for the source of each.
loading = Loading this part of Almanac…
not-loaded-heading = This part of Almanac could not be loaded
not-loaded-body = It needs a connection the first time it is used, and this device could not fetch it. Your answers are safe: everything is kept on this device.
not-loaded-check = Check your connection, then try again.
try-again = Try again
go-to-start = Go to the start
not-found-heading = Page not found
not-found-body = If you followed a link to a result, it may have been deleted from this device, or the link may be incomplete.
not-found-or = { " " }or{ " " }
not-found-saved = see your saved results

# Above the page, for a person using Almanac inside a council's page.

settings-heading = Some settings in this page’s address were not used
# After the list of settings that were not used.
settings-body = Almanac works without them. Whoever set up this page can fix the address.
other-site-blocked = You are using Almanac inside another website’s page, where your browser does not let it save.{ " " }
other-site-kept-apart = You are using Almanac inside another website’s page. Your browser keeps your answers for this page only, apart from Almanac opened on its own, and may clear them sooner.{ " " }
# Followed by the link open-own-tab, then a full stop.
download-or = Download your result to keep a copy, or{ " " }
open-own-tab = open Almanac in its own tab (opens in new tab)

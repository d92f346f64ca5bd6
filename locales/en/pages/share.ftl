# What is wrong with a share link, a result carried in the link itself.

broken = this link has been changed or cut short: ask for it again
too-long = the link is too long to be an Almanac result
newer = the link was made by a newer version of Almanac

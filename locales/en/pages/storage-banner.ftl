# The notice above every page when answers are not being kept on this device, or when another
# tab or window changed the same thing. { $error } says what is wrong with the browser's
# storage, such as "this browser's storage for Almanac is full".

ok = OK
blocked-heading = Your answers are not being saved on this device
blocked = Almanac cannot save here because { $error }. You can still answer every question and see your result; download it before you close this page.
read-only-heading = Changes you make now cannot be kept on this device
read-only-full = This browser's storage for Almanac is full. Everything saved before is here and safe, and you can download a backup of it from Saved results. New answers are kept only while this page is open: delete old results, or download your result before you close the page.
read-only = Almanac can read what is saved here but cannot save, because { $error }. Everything saved before is here, and you can download a backup of it from Saved results. New answers are kept only while this page is open: download your result before you close the page.
write-failed-heading = Your latest answers could not be saved
write-failed-full = This browser's storage is full. Your answers are kept while this page is open: download your result, then delete old results to make room.
write-failed = Saving failed because { $error }. Your answers are kept while this page is open: download your result before you close it.
download-latest = Download your latest answers
kept-both-heading = This result was also changed somewhere else
# { $title } is the result's title; { $copy } is the title of the copy saved beside it, such as "Quick check (copy from another tab)".
kept-both = “{ $title }” was changed in another tab or window. That version is kept, and the changes made here are saved beside it as “{ $copy }”.
merged-heading = This was also changed somewhere else
merged-group = This group was changed in another tab or window at the same time. Both sets of changes are kept.
merged-performance = The service performance data was changed in another tab or window at the same time. Both sets of changes are kept.
# After merged-group or merged-performance, when some items were changed in both tabs.
clashes = { $count ->
    [one] { " " }One item was changed in both, differently: the change made here was kept.
   *[other] { " " }{ $count } items were changed in both, differently: the changes made here were kept.
}
held-back-heading = Your change is not saved yet
held-back = A record on this device that this change would replace could not be read: it is damaged, or was saved by a newer version of Almanac. It is kept exactly as it was. Your change is kept while this page is open: go to Saved results, download the record that could not be read, then delete it, and your change will be saved.

# Saved results: open, download or delete each; import a file; back up and restore; delete
# everything on this device.
# A { " " } keeps a space at the start or end of a text that sits beside another.

heading = Saved results
# { $file } is the name of the file the person chose.
import-failed = { $file } could not be imported
# Before the result's title and date.
imported = Imported:{ " " }
# After "Imported: " and the result's title and date.
imported-beside = . A record saved here under the same name could not be read (it is damaged, or was saved by a newer version of Almanac), so it is kept as it was and this result is saved beside it
none-saved = There are no results saved on this device.
none-shown = No saved results match what you chose to show.
damaged-heading = Some saved records could not be read
damaged-body = They have been set aside, exactly as they were, and everything else works as normal. Download each one to keep it or to have it repaired; delete it only when you no longer need it.
import-heading = Import a result
already-saved = This result is already saved on this device
replace-saved = Replace the saved result
keep-saved = Keep the saved result
# After the result's title and date.
already-here = { " " }is already here. Replace the saved copy with the one from the file?
import-label = Upload a result file
import-hint = A .json file downloaded from Almanac. Nothing is changed unless the whole file is valid.
delete-everything-heading = Delete everything on this device
delete-everything-body = This removes every Almanac result, all service performance data and every group of other people’s assessments from this browser. Files you have downloaded are not affected.
delete-everything = Delete everything
delete-everything-sure = Are you sure you want to delete everything?
delete-everything-yes = Yes, delete everything
cancel = Cancel
delete-everything-count = { $count ->
    [one] { $count } saved result(s) will be deleted from this browser. This cannot be undone.
   *[other] { $count } saved result(s) will be deleted from this browser. This cannot be undone.
}

# One saved result.
answered = { $answered } of { $total } answered
view-result = View result
continue-button = Continue
reassess-on-version = Re-assess on version { $version }
reassess-copy = Re-assess from a copy
framework = Framework
framework-version = { $title } (version { $version })
status = Status
completed = Completed
in-progress = In progress
answers = Answers
overall-score = Overall score
last-changed = Last changed
download = Download
delete = Delete
confirm-deletion = Confirm deletion
delete-yes = Yes, delete it
delete-result = Delete this result from this device? This cannot be undone.

# Choosing what the list shows.
sort-by = Sort by
all-frameworks = All frameworks
any-status = Any status

# A stored record that could not be read.
# { $key } is the record's name in the browser's storage.
damaged-file-name = { $key }.damaged.json
download-as-it-was = Download it as it was
delete-it = Delete it
delete-record = Delete this record from this device? Download it first if it may hold answers you need.

# Whether the browser keeps what is saved.
kept-for-good = This browser keeps what you save here until you delete it.
may-clear = This browser may clear what you save here: Safari does after seven days without a visit, and any browser may when the device runs short of space. To keep your results, add Almanac to your home screen, and download a backup of everything from time to time.

# What a restore did.
nothing-changed = Nothing was changed: you kept every result already on this device.
performance-restored = The service performance data was restored.
results-restored = { $count ->
    [one] { $count } result was restored.
   *[other] { $count } results were restored.
}
results-and-performance-restored = { $count ->
    [one] { $count } result and the service performance data were restored.
   *[other] { $count } results and the service performance data were restored.
}
# “Some saved records could not be read” is the heading damaged-heading.
not-restored = { $count ->
    [one] { " " }{ $count } record in the backup was not restored, because the record of the same name on this device could not be read and is kept as it was: see “Some saved records could not be read” below.
   *[other] { " " }{ $count } records in the backup were not restored, because the records of the same names on this device could not be read and are kept as they were: see “Some saved records could not be read” below.
}
not-kept = { " " }This browser is not saving changes on this device at the moment, so they are kept only while this page is open: download a backup before you close it.

# Backing up and restoring.
# Where restore-failed names the backup, as { $file }.
the-backup = The backup
# { $error } says what is wrong with the browser's storage, such as "this browser's storage for Almanac is full".
restore-no-room = nothing was changed, because { $error }. Delete old results to make room, then try again.
# { $date } is the day, such as 2026-11-30.
backup-file-name = almanac-backup-{ $date }.json
backup-heading = Back up and restore
backup-body = A backup is one file with every result, action plan and imported framework on this device, the service performance data, and your groups of other people’s assessments. Keep it somewhere safe, or use it to move to another device.
download-backup = Download a backup of everything
restore-failed = { $file } could not be restored
groups-added = { $count ->
    [one] { $count } group(s) of other people’s assessments will be added
   *[other] { $count } group(s) of other people’s assessments will be added
}
# After groups-added.
groups-kept = { $count ->
    [one] ; { $count } already on this device will be kept as they are
   *[other] ; { $count } already on this device will be kept as they are
}
# { $date } is a date and time, such as "3 March 2026 at 14:05".
keep-mine = Keep the one on this device (changed { $date })
replace-with-backup = Replace it with the backup’s copy (changed { $date })
restore-question = Restore the backup from { $date }?
results-added = { $count ->
    [one] { $count } new result(s) will be added
   *[other] { $count } new result(s) will be added
}
results-clashing = { $count ->
    [one] { $count } result(s) are already on this device: choose for each below
   *[other] { $count } result(s) are already on this device: choose for each below
}
frameworks-added = { $count ->
    [one] { $count } imported framework(s) will be added
   *[other] { $count } imported framework(s) will be added
}
restore = Restore
restore-label = Restore a backup
restore-hint = A backup file from Almanac. You will see what it adds or replaces before anything changes.
performance-added = { $count ->
    [one] The service performance data ({ $count } service(s)) will be added.
   *[other] The service performance data ({ $count } service(s)) will be added.
}
performance-legend = Service performance data
keep-performance = Keep the service data on this device
replace-performance = { $count ->
    [one] Replace it with the backup’s ({ $count } service(s))
   *[other] Replace it with the backup’s ({ $count } service(s))
}

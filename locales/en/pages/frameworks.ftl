# The frameworks on this device: download any of them, import a council's own, remove imports.

# { $title } and { $version } are the framework's, such as "Digitalisation outcomes" and "2.0.0".
title-and-version = { $title } (version { $version })
# { $file } is the name of the file that was chosen.
not-imported = { $file } could not be imported
not-imported-hint = A mistake in the JSON itself, or a value of the wrong type, stops Almanac reading the file there: fix it and import the file again to check the rest. Other problems are all listed at once.
# Followed by the framework's title and version.
imported = Imported:{ " " }
imported-body = You can now start an assessment with it.
heading = Frameworks
intro = A framework is the set of statements an assessment is made against. Download one to see how it is written or to adapt it for your council, then import your edited copy with a new version number. Assessments always stay with the framework version they were made with.
import-heading = Import a framework
upload-label = Upload a framework file
upload-hint = A .json file in Almanac’s framework format. Problems are listed with where they are in the file.
# The name of a downloaded framework file. { $id } is the framework's identifier, such as "digital-capabilities".
file-name = almanac-framework-{ $id }-{ $version }.json
version = Version
built-in = Built in
imported-tag = Imported
contents = Contents
# { $areas } is how many areas the framework has; { $plural } what it calls them, such as "outcomes".
statements-in-areas = { $count ->
    [one] { $count } statements in { $areas } { $plural }
   *[other] { $count } statements in { $areas } { $plural }
}
# The languages the framework can be read in.
languages = Languages
# Each language named in itself, as a choice of language is: the same in both files.
language-english = English
language-welsh = Cymraeg
source = Source
# Followed, for screen readers, by the framework's title.
download = Download
remove = Remove
confirm-removal = Confirm removal
remove-yes = Yes, remove it
cancel = Cancel
remove-question = Remove this framework from this device?
in-use = { $count ->
    [one] { $count } saved assessment(s) use this framework. Delete or download them first, so that nothing is left without its framework.
   *[other] { $count } saved assessment(s) use this framework. Delete or download them first, so that nothing is left without its framework.
}
ok = OK

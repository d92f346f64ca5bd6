# The benchmarks opened on this device and those the hosting site provides (src/pages/benchmarks.rs),
# at #/benchmarks.

# The page's heading.
heading = Benchmarks
# Under the heading.
lead = A benchmark shows where your council stands against other councils.
intro = It holds only counts and quartiles from their assessments: nobody’s answers or names. Each result page compares the result with any benchmark of its framework.
# When there is no benchmark on this device and the site provides none.
none = There are no benchmarks here yet. Ask your partnership’s coordinator for a benchmark file: they make one on a group’s page, with “Publish a benchmark”. Then open it below.
# The heading above the benchmarks opened on this device.
kept-heading = Opened on this device
# The heading above the benchmarks that come with this copy of Almanac, and the words under it.
hosted-heading = Provided by this site
hosted-body = These come with this copy of Almanac, so they cannot be removed here.
# A warning for whoever runs the site, when some of the files it lists could not be read.
hosted-problems-heading = Some of this site’s benchmark files could not be read
hosted-problems-body = Whoever runs this site can put these right. The other benchmarks can be used as usual.
# One file the site lists that could not be read: { $file } is its name, { $problem } what is wrong.
hosted-problem = { $file }: { $problem }
# A file the hosting site lists that is not a plain file name beside the list.
hosted-bad-name = must be the name of a .json file in the same folder as the list

## Opening a benchmark file

open-heading = Open a benchmark file
open-label = Upload a benchmark file
open-hint = A .json benchmark file from Almanac. It is kept on this device until you remove it.
# The title of the error summary when a file could not be opened; { $file } is its name.
open-failed = { $file } could not be opened
# After a benchmark file is opened; { $title } is the benchmark's title.
opened = “{ $title }” is kept on this device.
# Under it, when its framework is on this device: { $framework } is the framework's title.
opened-compare = Open a result of { $framework } to see where it stands.
# Under it, when its framework is not on this device: { $id } is the framework's id in the file.
opened-no-framework = Its framework (“{ $id }”) is not on this device. To compare with it, you need results of that framework.

## Removing a benchmark

# The button under each benchmark opened on this device.
remove = Remove
# After "Remove", heard only by screen reader users: { $title } is the benchmark's title.
remove-which = { " " }“{ $title }”
# The question asked before removing; { $title } is the benchmark's title.
remove-question = Remove “{ $title }” from this device?
remove-body = Your results are not changed. You can open the file again at any time.
remove-yes = Yes, remove it
cancel = Cancel
# After removing a benchmark; { $title } is its title.
removed = “{ $title }” was removed from this device.

# The services register (src/pages/services.rs): every service ranked by volume, adding a service,
# and moving figures in and out (the spreadsheet template and its import, exports, the sample).
# The template's column headings are not here: see performance-sheet.ftl.

heading = Services
intro = List the services people use most, then record for each period how many transactions each channel completed, what they cost and how satisfied people were. Councils are asked to track at least their top 10 to 20 services by volume.
dashboard-link = Go to the performance dashboard
ranked-caption = Services ranked by transactions completed in { $period }
unranked-caption = Services (no figures yet)
# A tag on the largest services; { $top } is 20.
top-tag = Top { $top }
# The table's name for screen readers.
register-scrolls = Services register (scrolls sideways)
rank = Rank
service = Service
transactions = Transactions
category = Category
owner = Owner
problem = There is a problem
# Around the new service's name: Added “Report a pothole” to the register.
added-before = Added “
added-after = ” to the register
add-heading = Add a service
add-button = Add the service
# The template's file name; { $period } is such as Q1-2026-27.
template-file = almanac-figures-template-{ $period }.csv
imported = { $count ->
    [one] Imported { $count } row of figures.
   *[other] Imported { $count } rows of figures.
}
# Shown after the file's name in a list of problems.
no-figures-in-file = there are no figures in the file: every row’s figures are blank
# Downloaded files' names; { $date } is such as 2026-03-03.
figures-file = almanac-service-figures-{ $date }.csv
data-file = almanac-service-performance-{ $date }.json
not-imported = { $file } could not be imported
import-heading = Import figures from a spreadsheet
import-intro = Download the template for a period: it has a row for every service and channel, with any figures already entered. Fill it in, save it as CSV or as an Excel workbook (.xlsx) and upload it. Rows left blank are skipped.
template-period = Period for the template
# Before an error message, for screen readers only.
error-prefix = Error:{ " " }
download-template = Download the CSV template
clash-question = Some figures are already entered
replace-them = Replace them
cancel-import = Cancel the import
clashes = { $count ->
    [one] { $count } row(s) of the file have different figures for a service, period and channel already entered. Replace those with the file’s figures? Nothing changes if you cancel.
   *[other] { $count } row(s) of the file have different figures for a service, period and channel already entered. Replace those with the file’s figures? Nothing changes if you cancel.
}
upload-figures = Upload filled-in figures
upload-figures-hint = A .csv file or an Excel workbook (.xlsx) in the template’s layout. Nothing is changed unless every row is valid.
export-heading = Export and import service data
download-figures = Download all figures (CSV)
download-data = Download all service data (JSON)
file-summary = The file has { $services } service(s) and { $rows } row(s) of figures. It replaces every service and figure on this device.
replace-question = Replace the service data on this device?
replace-all = Replace all service data
keep = Keep what is here
replaced = The service data was replaced.
upload-data = Upload service data (JSON)
upload-data-hint = A service data file downloaded from Almanac. You will be asked before anything is replaced.
sample-heading = Try it with sample data
sample-intro = Load twelve made-up services with four quarters of figures, to see how the register, the indicators and the charts work. The figures are illustrative, not real.
load-sample = Load the illustrative sample data
sample-question = Replace your service data with the sample?
yes-sample = Yes, replace it with the sample
cancel = Cancel
sample-warning = Every service and figure on this device will be replaced by the made-up sample. Download your data first if you want to keep it.
delete-heading = Delete all service data
delete-button = Delete all service data
delete-question = Are you sure you want to delete all service data?
yes-delete = Yes, delete all service data
delete-warning = Every service and figure will be deleted from this browser. Your channels and unit-cost assumptions are kept. This cannot be undone.

# One service's page (src/pages/service.rs): its details, its indicators in each period and where
# to enter figures. { $period } is a period such as "April to June 2026 (Q1 2026/27)".

details-saved = The service’s details are saved
figures-saved = The figures for { $period } are saved
all-services = All services
description = Description
owner = Owner
category = Category
indicators-for = Indicators for { $period }
targets = Targets
problem = There is a problem
manage = Change the details or remove this service
save-details = Save the details
remove = Remove this service
remove-question = Remove this service and all its figures?
yes-remove = Yes, remove it
cancel = Cancel
remove-warning = The service and every figure entered for it will be deleted from this browser. This cannot be undone.
enter-figures = Enter figures
period = Period
# Before an error message, for screen readers only.
error-prefix = Error:{ " " }
enter-for-period = Enter figures for this period
no-figures = No figures have been entered for this service yet.
change = Change
# After "Change", for screen readers only.
change-hidden = { " " }the figures for { $period }
# A quarter or year made from its months, which is changed through them.
added-up = Added up from months
every-period = Every period
# The table's name for screen readers.
scrolls = Indicators for every period (scrolls sideways)
caption = Indicators for every period, newest first
transactions = Transactions
cost-per-transaction = Cost per transaction
satisfaction = User satisfaction
completion-rate = Completion rate
take-up = Digital take-up
# The heading of the column of links, for screen readers only.
action = Action

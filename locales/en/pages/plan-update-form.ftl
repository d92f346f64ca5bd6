# Bringing owners' updates back from a plan workbook, on the action plan page.

heading = Update the plan from a workbook
intro = Download the plan as an Excel workbook and send it to the owners. They can fill in the status, owner, due date and note of each item. Choose the filled-in workbook here: you will see every change before anything is saved, and the answers are never changed.
choose = Choose a filled-in workbook
hint = The Excel workbook (.xlsx) Almanac made from this assessment
refused = This workbook cannot be used
reading = Reading the workbook…
preview-heading = Check the changes
changes-count = { $count ->
    [one] 1 item would change.
   *[other] { $count } items would change.
}
unchanged-count = { $count ->
    [one] 1 item is the same as in the plan.
   *[other] { $count } items are the same as in the plan.
}
item = Item
field = What changes
before = Now
after = In the workbook
# Shown for an empty value in the changes table.
blank = (blank)
problems-heading = { $count ->
    [one] 1 row changes nothing
   *[other] { $count } rows change nothing
}
confirm = { $count ->
    [one] Update 1 item
   *[other] Update { $count } items
}
cancel = Cancel
updated = { $count ->
    [one] The plan was updated: 1 item changed.
   *[other] The plan was updated: { $count } items changed.
}

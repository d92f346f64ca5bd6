# The settings the dashboard's figures rest on (src/pages/performance_channels.rs): the council's
# name, the month its financial year starts in, and the channels with their assumed unit costs.

# What a cost typed for a channel is called in a message about it ("… must be an amount in pounds").
cost-what = The assumed cost of one transaction on { $name }
enter-cost = Enter the assumed cost of one transaction on { $name }
enter-name = Enter a name for every channel
channel-exists = There is already a channel called “{ $name }”
enter-new-name = Enter the new channel’s name, or clear its cost
same-names = Two channels have the same name: give each its own
organisation-too-long = The organisation’s name must be 200 characters or fewer
saved = The settings, channels and assumptions are saved
restored = The starting unit costs are put back
removed = The { $name } channel is removed
problem = There is a problem
back = Back to the dashboard
heading = Channels, unit costs and financial year
saving-explained = The saving from channel shift is the transactions that moved to digital channels times the difference between what an offline and a digital transaction cost. Where your own costs are entered for every channel of a service in both periods, the saving uses them. Otherwise it uses the assumed unit costs below, and says so.
starting-figures = The starting figures (online £0.50, phone £3, face to face £9, post or email £5, other £5) are round numbers chosen only to keep the usual order, face to face dearest and online cheapest. They are not measured. Replace them with your council’s own unit costs.
organisation-heading = Your organisation
organisation-label = Name of the council or body (optional)
organisation-hint = Shown on the cover of the board report.
year-start-label = The financial year starts in
year-start-hint = April for UK councils. Quarters and years are named from it: with April, April to June 2026 is Q1 2026/27.
channels-heading = Channels
digital-channel = A digital channel
offline-channel = An offline channel
name-label = Name
cost-label = Assumed cost of one transaction (£)
# Followed, for screen readers only, by the channel's name in brackets.
remove = Remove this channel
no-figures-held = No figures are held for it.
figures-deleted = { $count ->
    [one] The { $count } set of figures held for it will be deleted from this browser. This cannot be undone.
   *[other] The { $count } sets of figures held for it will be deleted from this browser. This cannot be undone.
}
remove-question = Remove the { $name } channel?
yes-remove = Yes, remove it
cancel = Cancel
add-legend = Add a channel (optional)
new-name-label = Name of the new channel
new-cost-label = Assumed cost of one transaction on it (£)
new-cost-hint = Needed: a new channel never counts as free.
digital-label = It is a digital channel (it counts towards take-up)
save = Save
restore = Put back the starting unit costs

# Service performance data (src/domain/performance/mod.rs): the satisfaction scale, the starting
# channels, and what is wrong with a service, a channel or a file of service data. A problem in a
# file is shown after where it is ("services[2].name: enter the service’s name"), so most begin
# with a small letter.

# The five-point satisfaction scale (the three-point one is its middle three). The spreadsheet
# template keeps its English column headings; these are the form's labels.
very-dissatisfied = Very dissatisfied
dissatisfied = Dissatisfied
neither = Neither satisfied nor dissatisfied
satisfied = Satisfied
very-satisfied = Very satisfied
wrong-number-of-counts = { $count ->
    [one] there are { $count } satisfaction counts: give five (very dissatisfied to very satisfied) or three (dissatisfied, neither, satisfied)
   *[other] there are { $count } satisfaction counts: give five (very dissatisfied to very satisfied) or three (dissatisfied, neither, satisfied)
}
# The starting channels' names. They become the council's data, which it can rename.
online = Online
phone = Phone
face-to-face = Face to face
post-or-email = Post or email
other = Other
# A service's name on the register's forms.
enter-service-name = Enter the service’s name
service-exists = There is already a service called “{ $name }”
# Problems in a service data file.
id-form = must be lower case letters, digits and hyphens, up to 64 characters
enter-service-name-file = enter the service’s name
id-used-twice = "{ $id }" is used by two services
service-exists-file = there is already a service called "{ $name }"
no-channels = there must be at least one channel
not-a-service = "{ $id }" is not a service in the register
target-twice = the same target is set twice
organisation-too-long = is longer than 200 characters
year-start-range = must be the month the financial year starts in, from 1 to 12
enter-channel-name = enter the channel’s name
channel-twice = the channel "{ $name }" is listed twice
unit-cost-range = must be from £0 to £10,000,000,000
not-a-channel = "{ $id }" is not one of the channels
figures-twice = there are two sets of figures for { $service } in { $period } on the { $channel } channel
# Problems in one channel's figures, from a file, the spreadsheet or the form.
not-offered-with-figures = { $channel } is marked not offered but has figures: clear them, or remove the mark
negative-cost = the cost must be £0 or more
# What is too large, put before "is more than …: check the figure".
the-cost = the cost
number-completed = the number of transactions completed
number-started = the number of transactions started
a-satisfaction-count = a satisfaction count
# { $channel } is the channel's name in small letters.
started-not-digital = transactions started are recorded for digital channels only, and { $channel } is not one
completed-above-started = { $channel } transactions completed ({ $completed }) cannot be more than those started ({ $started })
no-responses = the satisfaction counts add up to 0 responses: leave them blank if nobody was asked
# What a target may be; shown after the target's name or its place in a file.
target-volume-range = must be a number of transactions from 0 to 1,000,000,000
target-cost-range = must be an amount from £0 to £10,000,000,000
target-share-range = must be a percentage from 0 to 100

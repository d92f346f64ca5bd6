# Every service's indicators in a period, on the dashboard and in the board report
# (src/components/services_table.rs).

# { $note } says which services are highlighted as the top ones.
note-and-change = { $note } Under each figure is its change since { $period }.
# The table's name for screen readers.
scrolls = Indicators for each service (scrolls sideways)
caption = Indicators for each service, { $period }, with the change since { $previous }
rank = Rank
service = Service
transactions = Transactions
cost-per-transaction = Cost per transaction
satisfaction = User satisfaction
completion-rate = Completion rate
take-up = Digital take-up

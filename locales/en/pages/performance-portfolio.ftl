# The indicators the service performance dashboard reports (src/domain/performance/portfolio.rs).

volume = Transactions completed
cost-per-transaction = Cost per transaction
satisfaction = User satisfaction
completion-rate = Completion rate
take-up = Digital take-up

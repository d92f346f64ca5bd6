# An assessment's details as a summary list, on its task list and its report (src/pages/mod.rs).
# Rows left blank are not shown.

organisation = Organisation
# The kind of council, such as "District council".
organisation-type = Type of organisation
# The region of England, or another nation of the UK.
region = Region
# What the assessment covers: the whole council, or a directorate or service and its name.
covers = Covers
# The date the answers describe.
date = Date
# When the assessment was started: a date and time.
started = Started

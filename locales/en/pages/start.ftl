# Starting a full assessment, and changing an assessment's details.

# An earlier assessment the new one can start from, as in "Start from your Annual review of 3 March 2026".
# { $title } is its title, { $date } a date.
earlier = your { $title } of { $date }
framework-missing = Select the framework to assess against
back = Back
heading = Start a full assessment
intro = A full assessment is for officers and digital leads. It takes longer than the quick check and can be done over several sittings: every answer is saved as you give it.
start-button = Start assessment
framework-heading = Which framework do you want to assess against?
# Heard by screen reader users before the error message.
error-prefix = Error:{ " " }
# Under each framework's summary. { $areas } is how many areas it has; { $plural } what it calls
# them, such as "outcomes"; { $version } its version, such as "2.0.0".
size = { $count ->
    [one] { $count } statements in { $areas } { $plural }. Version { $version }.
   *[other] { $count } statements in { $areas } { $plural }. Version { $version }.
}
# { $earlier } is the message "earlier" above.
start-from = Start from { $earlier }
carry-over-hint = { $count ->
    [one] 1 statement of this framework cover the same ground as questions you answered there. They start at your earlier level, marked as carried over until you confirm or change each one.
   *[other] { $count } statements of this framework cover the same ground as questions you answered there. They start at your earlier level, marked as carried over until you confirm or change each one.
}
# Followed by the link import-link, then a full stop.
own-version = Your council has its own version of a framework?{ " " }
import-link = Import a framework
details-heading = Assessment details
save-details = Save details
# { $max } is the most characters a detail may have.
title-too-long = Title must be { $max } characters or fewer
organisation-too-long = Organisation must be { $max } characters or fewer
scope-name-too-long = The name of the directorate or service must be { $max } characters or fewer
date-invalid = Date of the assessment must be a real date, like 23 11 2026
error-title = There is a problem
about-heading = About this assessment (optional)
title-label = Title
title-hint = For example, “Annual review 2026” or “Adult social care, first look”.
organisation-label = Organisation
organisation-hint = Your council or organisation. Leave it blank if you prefer.
type-label = Type of organisation
type-hint = So that a benchmark can compare your answers with those of councils of the same kind.
region-label = Region
region-hint = The region of England, or Wales, Scotland or Northern Ireland.
# The first choice of type and region, for leaving them blank.
not-given = Not given
scope-legend = What does the assessment cover?
scope-name-label = Name of the directorate or service
scope-name-hint = For example, “Place” or “Waste and recycling”.
date-label = Date of the assessment
date-hint = The date the answers describe. It is usually today.

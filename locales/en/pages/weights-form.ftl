# A person's own weights for the areas of their assessment, in place of the framework's.

change = Change the weights
# { $area } is what the framework calls one of its areas, such as "outcome" or "capability".
explained = A weight says how much an { $area } counts in the overall score and in ranking this plan. The framework’s weights are its suggestion; set your own if your council’s priorities differ. They are saved with this assessment and shown in its report.
reset = Use the framework’s weights for every { $area }
# { $weight } is a number, such as 1.5.
default-weight = The framework gives { $weight }
# Heard by screen reader users before the error message.
error-prefix = Error:{ " " }
invalid = Enter a weight more than 0 and at most 100, such as 1.5

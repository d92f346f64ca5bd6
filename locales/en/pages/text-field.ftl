# A text box with its label, hint and error message.

# Heard by screen reader users before the error message.
error-prefix = Error:{ " " }

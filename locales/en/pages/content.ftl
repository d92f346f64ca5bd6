# What a framework file's challenges and examples may be, as a problem says what it expected.
# The words in quotes are the file's field names.

challenge-expected = a challenge: a text, or an object with "challenge" and "mitigations"
example-expected = an example: a text, or an object with "kind", "text" and "source"

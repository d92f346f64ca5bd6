# Settings in the address of Almanac inside a council's page, and the code that puts it there.
# `embed`, `brand`, `logo` and `lang` are the names of the settings in the address: keep them as
# they are, and the values in quotes too.

# { $value } is the value the address gave.
embed-problem = embed is "{ $value }", but it can only be "quick" (the quick check) or "full" (the whole tool)
language-problem = lang is "{ $value }", but it can only be "en" (English) or "cy" (Welsh)
# After "logo: " or "The name is too long: ". { $max } is at most 60.
logo-too-long = { $count ->
    [one] it is { $count } character long; it can be at most { $max }
   *[other] it is { $count } characters long; it can be at most { $max }
}
# The title of the frame in the code a council pastes into its intranet page. It is in the
# language Almanac opens in there, whatever the language of the page that wrote the code: so
# each of these stays in its own language in both files.
frame-title-quick-english = Digital maturity quick check
frame-title-full-english = Almanac digital maturity self-assessment
frame-title-quick-welsh = Gwiriad cyflym aeddfedrwydd digidol
frame-title-full-welsh = Hunanasesiad aeddfedrwydd digidol Almanac

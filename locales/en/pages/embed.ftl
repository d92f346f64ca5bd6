# The page that writes the code a council pastes into its intranet page.

back = Back
heading = Put Almanac on your intranet
paste = Paste the code below into an intranet page (a SharePoint embed web part or a CMS HTML block). Almanac then appears inside that page without its own header and footer, in your council’s colour, and the frame grows and shrinks to fit it.
answers-stay = Answers stay in each person’s browser. Inside another website’s page, browsers keep them apart from Almanac opened on its own, or block saving altogether; Almanac tells people when that happens, and downloading a result always works.
mode-heading = What should the page show?
mode-quick = The quick check
mode-quick-hint = 12 questions for anyone, with a result and next steps.
mode-full = The whole tool
mode-full-hint = Quick check, full assessments, results and action plans, with Almanac’s navigation.
language-heading = Which language should Almanac open in?
language-hint = People can still change the language from the bar at the top.
# Each language named in itself, as a choice of language is: the same in both files.
language-english = English
language-welsh = Cymraeg
brand-label = Your council’s colour (optional)
brand-hint = Six hexadecimal digits, like 1d70b8. Buttons and the top bar use it with white text, so a colour too light for that is darkened until it meets WCAG contrast.
logo-label = Your council’s name (optional)
logo-hint = Shown at the top, where a logo would be. Up to 60 characters, for example “Anytown Borough Council”.
# { $problem } says how long the name is and how long it can be.
logo-too-long = The name is too long: { $problem }
code-heading = The code
code-label = Copy this into your intranet page
copy = Copy the code
copied = Code copied.
copy-refused = Your browser did not allow copying: select the code in the box and copy it.
fix-first = Fix the colour or the name above to see the code.
what-heading = What the code does
# Around the words sandbox and allow-downloads, which stay in English (they are code).
sandbox-before = The frame’s{ " " }
sandbox-middle = { " " }lets Almanac run, save in the browser where allowed, and download files (
sandbox-after = ), so people can always keep their result.
# Around a line of code, { type: "almanac:resize", height }, which stays as it is.
resize-before = Almanac posts{ " " }
resize-after = { " " }to the page whenever its height changes; the few lines of script set the frame to that height. They accept the message only from the frame and the address it was loaded from.
nothing-sent = Nothing is sent to Almanac or anyone else: the page only loads Almanac’s files.
preview-heading = Preview
preview-title = Preview of Almanac as it will appear in your page

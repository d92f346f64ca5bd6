# Why this browser will not let Almanac store anything (src/storage/browser.rs): in brackets
# after "this browser does not let Almanac store data". In the first download, as storage is
# opened as the app starts.

no-window = no window
switched-off = local storage is switched off
unknown-error = unknown error

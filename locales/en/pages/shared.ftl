# A result opened from a share link (src/pages/shared.rs).

cannot-open = This share link cannot be opened
heading = Shared result
ask-again = Ask the person who sent it for the link again, or for the result as a file.
go-to-start = Go to the start
already-saved = This result is already saved on this device, from this same link.
open-saved = Open the saved copy
not-saved = It is shown from the link and is not saved on this device. Save it to keep it, compare it or plan from it.
save = Save to this device
shared-with-you = Someone shared this result with you

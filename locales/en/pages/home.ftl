# The home page. A first-time visitor sees it as drawn when Almanac was built.

heading = How digital is your council?
what-it-covers = The questions cover the outcomes councils work towards, from connectivity and data to services and value. At the end you get a score for each outcome, a chart, and the three things most worth doing next.
privacy-heading = Nothing leaves this device
privacy = Your answers are kept in this browser only. Almanac does not ask your name, sets no cookies and sends nothing to anyone. You can download your result or delete it at any time.
continue-heading = Continue where you left off
# { $date } is a date and time, such as "3 March 2026 at 14:05".
answered-so-far = You have answered { $answered } of { $count } questions of a quick check started { $date }.
continue-check = Continue the quick check
start-new-check = Start a new quick check
start-check = Start the quick check
saved-results = { $count ->
    [one] You have { $count } saved result
   *[other] You have { $count } saved results
}
saved-results-after = { " " }on this device. You can also import a result someone sent you.
import-before = Have a result file from before?{ " " }
import-link = Import it
full-heading = Full assessments
full-body = Digital leads and officers can assess their council or a service against a full framework: the twelve digitalisation outcomes, Socitm’s digital capabilities, or the digital by default service standard. Take it over several sittings, set targets, note your evidence, and repeat it next year from a copy.
full-start = Start a full assessment
performance-heading = Service performance
performance-body = Track the four indicators GOV.UK asks of every service — cost per transaction, user satisfaction, completion rate and digital take-up — for your top services by volume, and see how far people have moved to digital channels and what that saves.
performance-open = Open the service performance dashboard
compare-heading = Compare and combine
compare-body = See how your scores have moved since last time, put two assessments side by side, or combine colleagues’ files to see where people agree and where they do not.{ " " }
compare-link = Compare and combine assessments
about-heading = About the quick check
last-backup = Last backup: { $date }.
no-backup = You have not downloaded a backup on this device yet.
backup-reminder-before = { " " }Some of your results have changed since, more than a week ago. Browsers can clear what sites keep, so{ " " }
backup-reminder-link = download a backup
backup-reminder-after = { " " }to keep a copy.
backup-link = Back up or restore

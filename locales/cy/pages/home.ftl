# Yr hafan. Mae ymwelydd am y tro cyntaf yn ei gweld fel y'i lluniwyd pan adeiladwyd Almanac.

heading = Pa mor ddigidol yw eich cyngor chi?
what-it-covers = Mae'r cwestiynau'n ymdrin â'r canlyniadau y mae cynghorau'n gweithio tuag atynt, o gysylltedd a data i wasanaethau a gwerth. Ar y diwedd fe gewch sgôr ar gyfer pob canlyniad, siart, a'r tri pheth sydd fwyaf gwerth eu gwneud nesaf.
privacy-heading = Nid oes dim yn gadael y ddyfais hon
privacy = Dim ond yn y porwr hwn y caiff eich atebion eu cadw. Nid yw Almanac yn gofyn am eich enw, nid yw'n gosod cwcis ac nid yw'n anfon dim at neb. Gallwch lwytho eich canlyniad i lawr neu ei ddileu ar unrhyw adeg.
continue-heading = Parhau o'r man lle gwnaethoch adael
answered-so-far = Rydych wedi ateb { $answered } o { $count } cwestiwn mewn gwiriad cyflym a ddechreuwyd { $date }.
continue-check = Parhau â'r gwiriad cyflym
start-new-check = Dechrau gwiriad cyflym newydd
start-check = Dechrau'r gwiriad cyflym
saved-results = { $count ->
    [zero] Mae gennych { $count } canlyniad wedi'u cadw
    [one] Mae gennych { $count } canlyniad wedi'i gadw
    [two] Mae gennych { $count } ganlyniad wedi'u cadw
    [few] Mae gennych { $count } chanlyniad wedi'u cadw
    [many] Mae gennych { $count } chanlyniad wedi'u cadw
   *[other] Mae gennych { $count } canlyniad wedi'u cadw
}
saved-results-after = { " " }ar y ddyfais hon. Gallwch hefyd fewnforio canlyniad a anfonodd rhywun atoch.
import-before = Oes gennych ffeil canlyniad o'r blaen?{ " " }
import-link = Mewnforiwch hi
full-heading = Asesiadau llawn
full-body = Gall arweinwyr digidol a swyddogion asesu eu cyngor neu wasanaeth yn erbyn fframwaith llawn: y deuddeg canlyniad digideiddio, galluoedd digidol Socitm, neu'r safon gwasanaeth digidol yn ddiofyn. Gwnewch yr asesiad dros sawl sesiwn, gosodwch dargedau, nodwch eich tystiolaeth, a'i ailadrodd y flwyddyn nesaf o gopi.
full-start = Dechrau asesiad llawn
performance-heading = Perfformiad gwasanaethau
performance-body = Dilynwch y pedwar dangosydd y mae GOV.UK yn eu gofyn gan bob gwasanaeth — cost fesul trafodiad, bodlonrwydd defnyddwyr, cyfradd cwblhau a defnydd digidol — ar gyfer eich prif wasanaethau yn ôl nifer, a gweld faint mae pobl wedi symud i sianeli digidol a beth mae hynny'n ei arbed.
performance-open = Agor y dangosfwrdd perfformiad gwasanaethau
compare-heading = Cymharu a chyfuno
compare-body = Gwelwch sut mae eich sgoriau wedi symud ers y tro diwethaf, rhowch ddau asesiad ochr yn ochr, neu cyfunwch ffeiliau cydweithwyr i weld lle mae pobl yn cytuno a lle nad ydynt.{ " " }
compare-link = Cymharu a chyfuno asesiadau
about-heading = Am y gwiriad cyflym
last-backup = Copi wrth gefn diwethaf: { $date }.
no-backup = Nid ydych wedi llwytho copi wrth gefn i lawr ar y ddyfais hon eto.
backup-reminder-before = { " " }Mae rhai o'ch canlyniadau wedi newid ers hynny, fwy nag wythnos yn ôl. Gall porwyr glirio'r hyn y mae gwefannau'n ei gadw, felly{ " " }
backup-reminder-link = llwythwch gopi wrth gefn i lawr
backup-reminder-after = { " " }i gadw copi.
backup-link = Gwneud copi wrth gefn neu adfer

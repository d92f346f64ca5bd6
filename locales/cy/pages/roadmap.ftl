# Siart, tabl a chamau'r map trywydd, ar dudalen y map trywydd ac yn yr adroddiad i'w argraffu (src/components/roadmap.rs).

now = Heddiw
end-of = Diwedd { $phase }
every-item-at-target = Pob eitem wrth ei tharged
target = Targed
chart-label = { $count ->
    [zero] Siart llinell o'r sgôr gyffredinol nawr, ar ddiwedd pob un o'r { $count } cam a gyda phob eitem wrth ei tharged, ar raddfa o 0 i { $max }. Mae'r un ffigurau yn y tabl sy'n dilyn.
    [one] Siart llinell o'r sgôr gyffredinol nawr, ar ddiwedd pob un o'r { $count } cam a gyda phob eitem wrth ei tharged, ar raddfa o 0 i { $max }. Mae'r un ffigurau yn y tabl sy'n dilyn.
    [two] Siart llinell o'r sgôr gyffredinol nawr, ar ddiwedd pob un o'r { $count } gam a gyda phob eitem wrth ei tharged, ar raddfa o 0 i { $max }. Mae'r un ffigurau yn y tabl sy'n dilyn.
    [few] Siart llinell o'r sgôr gyffredinol nawr, ar ddiwedd pob un o'r { $count } cham a gyda phob eitem wrth ei tharged, ar raddfa o 0 i { $max }. Mae'r un ffigurau yn y tabl sy'n dilyn.
    [many] Siart llinell o'r sgôr gyffredinol nawr, ar ddiwedd pob un o'r { $count } cham a gyda phob eitem wrth ei tharged, ar raddfa o 0 i { $max }. Mae'r un ffigurau yn y tabl sy'n dilyn.
   *[other] Siart llinell o'r sgôr gyffredinol nawr, ar ddiwedd pob un o'r { $count } cam a gyda phob eitem wrth ei tharged, ar raddfa o 0 i { $max }. Mae'r un ffigurau yn y tabl sy'n dilyn.
}
chart-label-area = { $count ->
    [zero] Siart llinell o'r sgôr gyffredinol a'r sgôr ar gyfer { $area } nawr, ar ddiwedd pob un o'r { $count } cam a gyda phob eitem wrth ei tharged, ar raddfa o 0 i { $max }. Mae'r un ffigurau yn y tabl sy'n dilyn.
    [one] Siart llinell o'r sgôr gyffredinol a'r sgôr ar gyfer { $area } nawr, ar ddiwedd pob un o'r { $count } cam a gyda phob eitem wrth ei tharged, ar raddfa o 0 i { $max }. Mae'r un ffigurau yn y tabl sy'n dilyn.
    [two] Siart llinell o'r sgôr gyffredinol a'r sgôr ar gyfer { $area } nawr, ar ddiwedd pob un o'r { $count } gam a gyda phob eitem wrth ei tharged, ar raddfa o 0 i { $max }. Mae'r un ffigurau yn y tabl sy'n dilyn.
    [few] Siart llinell o'r sgôr gyffredinol a'r sgôr ar gyfer { $area } nawr, ar ddiwedd pob un o'r { $count } cham a gyda phob eitem wrth ei tharged, ar raddfa o 0 i { $max }. Mae'r un ffigurau yn y tabl sy'n dilyn.
    [many] Siart llinell o'r sgôr gyffredinol a'r sgôr ar gyfer { $area } nawr, ar ddiwedd pob un o'r { $count } cham a gyda phob eitem wrth ei tharged, ar raddfa o 0 i { $max }. Mae'r un ffigurau yn y tabl sy'n dilyn.
   *[other] Siart llinell o'r sgôr gyffredinol a'r sgôr ar gyfer { $area } nawr, ar ddiwedd pob un o'r { $count } cam a gyda phob eitem wrth ei tharged, ar raddfa o 0 i { $max }. Mae'r un ffigurau yn y tabl sy'n dilyn.
}
chart-file = almanac-map-trywydd-{ $framework }.png
also-show = Dangos un { $noun } hefyd
overall-only = Y sgôr gyffredinol yn unig
caption = Sgoriau a ragwelir allan o { $top }: yn gyffredinol ac ar gyfer pob { $noun }, os bydd pob eitem yn cyrraedd ei lefel
region = { $caption } (yn sgrolio i'r ochr)
overall = Cyffredinol
not-in-phase-heading = Ddim mewn cam eto
not-in-phase = Rhowch gam i'r eitemau hyn ar y cynllun gweithredu i'w cynnwys yn y rhagamcan.
ends = Yn dod i ben ar { $date }
effort = Ymdrech
score-at-end = Sgôr gyffredinol ar y diwedd
out-of = { $score } allan o { $top }
from-to = O { $from } i { $to }
find-out = Cael gwybod: yr ateb oedd “{ $answer }”
owner = Perchennog: { $owner }
item-effort = Ymdrech: { $effort }
# UNSURE: "Erbyn" (by) for "Due" before a day.
due = Erbyn { $date }

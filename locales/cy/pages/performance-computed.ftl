# Y dangosyddion wedi'u cyfrifo fel taenlen, wedi'i llwytho i lawr o adroddiad y bwrdd. Nid oes dim
# yn darllen y ffeil hon yn ôl, felly mae ei phenawdau yn iaith y dudalen.

service = Gwasanaeth
period = Cyfnod
months = Misoedd
volume = Trafodion a gwblhawyd
cost-per-transaction = Cost fesul trafodiad (£)
satisfaction = Bodlonrwydd defnyddwyr (%)
completion-rate = Cyfradd cwblhau (%)
take-up = Defnydd digidol (%)
take-up-change = Newid yn y defnydd digidol ers y cyfnod blaenorol (pwyntiau canran)
moved = Trafodion a symudodd i sianeli digidol
saving = Arbediad (£)
# UNSURE: pennawd colofn am "Saving valued on": sail y prisio (costau'r cyngor neu gostau tybiedig)
valued-on = Sail prisio'r arbediad
rests-on = Yn seiliedig ar
all-services = Pob gwasanaeth
all-with-figures = { $count ->
    [zero] Pob un o'r { $count } gwasanaeth sydd â ffigurau
    [one] Pob un o'r { $count } gwasanaeth sydd â ffigurau
    [two] Pob un o'r { $count } wasanaeth sydd â ffigurau
    [few] Pob un o'r { $count } gwasanaeth sydd â ffigurau
    [many] Pob un o'r { $count } gwasanaeth sydd â ffigurau
   *[other] Pob un o'r { $count } gwasanaeth sydd â ffigurau
}
indicator-rests-on = { $total ->
    [zero] { $indicator }: { $counted } o { $total } gwasanaeth
    [one] { $indicator }: { $counted } o { $total } gwasanaeth
    [two] { $indicator }: { $counted } o { $total } wasanaeth
    [few] { $indicator }: { $counted } o { $total } gwasanaeth
    [many] { $indicator }: { $counted } o { $total } gwasanaeth
   *[other] { $indicator }: { $counted } o { $total } gwasanaeth
}
shift-rests-on = { $total ->
    [zero] Symud sianel: { $counted } o { $total } gwasanaeth
    [one] Symud sianel: { $counted } o { $total } gwasanaeth
    [two] Symud sianel: { $counted } o { $total } wasanaeth
    [few] Symud sianel: { $counted } o { $total } gwasanaeth
    [many] Symud sianel: { $counted } o { $total } gwasanaeth
   *[other] Symud sianel: { $counted } o { $total } gwasanaeth
}
own-costs = Eich costau eich hun
assumed-costs = Costau uned tybiedig
own-and-assumed = Eich costau eich hun a chostau uned tybiedig

# Gosodiadau yng nghyfeiriad Almanac y tu mewn i dudalen cyngor, a'r cod sy'n ei roi yno.
# Enwau'r gosodiadau yn y cyfeiriad yw `embed`, `brand`, `logo` a `lang`: cadwch nhw fel y maent,
# a'r gwerthoedd mewn dyfynodau hefyd.

# { $value } yw'r gwerth a roddodd y cyfeiriad.
# UNSURE: "embed yw "…"" am "embed is "…""; enw'r gosodiad sy'n dechrau'r frawddeg
embed-problem = embed yw "{ $value }", ond dim ond "quick" (y gwiriad cyflym) neu "full" (yr offeryn cyfan) y gall fod
# UNSURE: fel embed-problem, "lang yw "…"" am "lang is "…""
language-problem = lang yw "{ $value }", ond dim ond "en" (Saesneg) neu "cy" (Cymraeg) y gall fod
# Ar ôl "logo: " neu "Mae'r enw'n rhy hir: ". Mae { $max } yn 60 ar y mwyaf.
logo-too-long = { $count ->
    [zero] mae'n { $count } nod o hyd; gall fod yn { $max } nod ar y mwyaf
    [one] mae'n { $count } nod o hyd; gall fod yn { $max } nod ar y mwyaf
    [two] mae'n { $count } nod o hyd; gall fod yn { $max } nod ar y mwyaf
    [few] mae'n { $count } nod o hyd; gall fod yn { $max } nod ar y mwyaf
    [many] mae'n { $count } nod o hyd; gall fod yn { $max } nod ar y mwyaf
   *[other] mae'n { $count } nod o hyd; gall fod yn { $max } nod ar y mwyaf
}
# Teitl y ffrâm yn y cod y mae cyngor yn ei ludo yn ei dudalen fewnrwyd. Mae yn yr iaith y mae
# Almanac yn agor ynddi yno, beth bynnag yw iaith y dudalen a ysgrifennodd y cod: felly mae pob un
# o'r rhain yn aros yn ei iaith ei hun yn y ddwy ffeil.
frame-title-quick-english = Digital maturity quick check
frame-title-full-english = Almanac digital maturity self-assessment
frame-title-quick-welsh = Gwiriad cyflym aeddfedrwydd digidol
frame-title-full-welsh = Hunanasesiad aeddfedrwydd digidol Almanac

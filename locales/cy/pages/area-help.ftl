# Heriau cyffredin ac arfer da maes, wedi'u plygu o dan ei deitl.

# Wedi'u cyfrif o dan deitl y maes, fel yn "Data: 3 her, 2 enghraifft". Mae her ac enghraifft yn
# enwau benywaidd, a dim un yn treiglo ar ôl rhif.
challenges = { $count ->
    [zero] { $count } her
    [one] { $count } her
    [two] { $count } her
    [few] { $count } her
    [many] { $count } her
   *[other] { $count } her
}
examples = { $count ->
    [zero] { $count } enghraifft
    [one] { $count } enghraifft
    [two] { $count } enghraifft
    [few] { $count } enghraifft
    [many] { $count } enghraifft
   *[other] { $count } enghraifft
}
challenges-heading = Heriau cyffredin, a'r hyn sy'n helpu
what-helps = Beth sy'n helpu:
good-practice = Arfer da
# Labeli ar arfer da: achos go iawn, neu un wedi'i ddyfeisio i ddangos sut olwg sydd ar arfer da.
example = Enghraifft
# UNSURE: "Darlun" am "Illustration" (enghraifft ddychmygol), i'w wahaniaethu oddi wrth "Enghraifft"
illustration = Darlun
# { $title } yw teitl yr erthygl y daw'r enghraifft ohoni.
source = Ffynhonnell: { $title }
kinds-explained = Mae darlun wedi'i ddyfeisio i ddangos sut olwg sydd ar arfer da; mae enghraifft yn achos go iawn, gyda'r erthygl y daw ohoni.

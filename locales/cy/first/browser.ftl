# Pam nad yw'r porwr hwn yn gadael i Almanac storio dim (src/storage/browser.rs): mewn cromfachau
# ar ôl "nid yw'r porwr hwn yn gadael i Almanac storio data". Yn y lawrlwythiad cyntaf, gan fod
# y storfa'n cael ei hagor wrth i'r ap ddechrau.

no-window = dim ffenestr
# UNSURE: "storfa leol" am "local storage" (storfa leol y porwr, localStorage)
switched-off = mae storfa leol wedi'i diffodd
unknown-error = gwall anhysbys

# Allwedd siart o sgorau dros amser (asesiadau yn ôl dyddiad, neu gamau cynllun).

# Y llinell drwy'r sgorau cyffredinol; enw'r maes sydd ar linell maes.
# UNSURE: "Cyffredinol" ar ei ben ei hun yn yr allwedd, am "sgôr gyffredinol"
overall = Cyffredinol

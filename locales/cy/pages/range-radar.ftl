# Allwedd siart radar o lawer o ymatebwyr (canlyniadau grŵp).

# Y llinell drwy sgôr ganolrifol pob maes.
median = Canolrif
# Y band lliw o sgôr yr ymatebydd isaf i sgôr yr uchaf.
lowest-to-highest = O'r isaf i'r uchaf

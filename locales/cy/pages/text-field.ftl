# Blwch testun gyda'i label, ei gyngor a'i neges gwall.

# Yn cael ei glywed gan ddefnyddwyr darllenydd sgrin cyn y neges gwall.
error-prefix = Gwall:{ " " }

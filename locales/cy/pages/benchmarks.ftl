# Pennawd y dudalen sy'n rhestru meincnodau.
heading = Meincnodau
# Ffeil y mae'r safle sy'n lletya yn ei rhestru nad yw'n enw ffeil plaen wrth ymyl y rhestr.
hosted-bad-name = rhaid iddo fod yn enw ffeil .json yn yr un ffolder â'r rhestr

# Cofnod wedi'i storio y mae ei gynnwys yn perthyn o dan enw arall.

holds-result = mae'r cofnod hwn wedi'i gadw o dan yr enw “{ $name }” ond mae'n cynnwys y canlyniad “{ $id }”: cafodd ei newid y tu allan i Almanac, felly mae wedi'i roi o'r neilltu i'w lwytho i lawr fel y mae
holds-framework = mae'r cofnod hwn wedi'i gadw o dan yr enw “{ $name }” ond mae'n cynnwys y fframwaith “{ $id }” fersiwn { $version }: cafodd ei newid y tu allan i Almanac, felly mae wedi'i roi o'r neilltu i'w lwytho i lawr fel y mae
holds-other = mae'r cofnod hwn wedi'i gadw o dan yr enw “{ $name }” ond mae'n cynnwys { $held }: cafodd ei newid y tu allan i Almanac, felly mae wedi'i roi o'r neilltu i'w lwytho i lawr fel y mae

# Beth sydd o'i le ar ddolen rannu, canlyniad sydd yn y ddolen ei hun.

broken = mae'r ddolen hon wedi'i newid neu wedi'i thorri'n fyr: gofynnwch amdani eto
too-long = mae'r ddolen yn rhy hir i fod yn ganlyniad Almanac
newer = cafodd y ddolen ei gwneud gan fersiwn mwy newydd o Almanac

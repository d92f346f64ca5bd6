# Y data sampl enghreifftiol: deuddeg gwasanaeth wedi'u dyfeisio. Mae'r geiriau yn iaith y dudalen
# pan lwythir y sampl; o hynny ymlaen maent yn ddata.

pay-council-tax = Talu'r dreth gyngor
report-a-missed-bin = Rhoi gwybod am fin heb ei gasglu
book-a-bulky-waste-collection = Trefnu casgliad gwastraff swmpus
apply-for-a-parking-permit = Gwneud cais am drwydded barcio
claim-housing-benefit = Hawlio budd-dal tai
apply-for-a-school-place = Gwneud cais am le mewn ysgol
comment-on-a-planning-application = Rhoi sylwadau ar gais cynllunio
report-a-pothole = Rhoi gwybod am dwll yn y ffordd
subscribe-to-garden-waste-collection = Tanysgrifio i gasgliadau gwastraff gardd
join-the-library = Ymuno â'r llyfrgell
apply-for-a-blue-badge = Gwneud cais am Fathodyn Glas
register-a-birth = Cofrestru genedigaeth
revenues-and-benefits = Refeniw a budd-daliadau
waste = Gwastraff
parking = Parcio
education = Addysg
planning = Cynllunio
highways = Priffyrdd
libraries = Llyfrgelloedd
adult-social-care = Gofal cymdeithasol i oedolion
registration = Cofrestru
head-of-revenues = Pennaeth refeniw
waste-services-manager = Rheolwr gwasanaethau gwastraff
parking-manager = Rheolwr parcio
head-of-benefits = Pennaeth budd-daliadau
admissions-manager = Rheolwr derbyniadau
development-manager = Rheolwr datblygu
highways-manager = Rheolwr priffyrdd
libraries-manager = Rheolwr llyfrgelloedd
customer-services-manager = Rheolwr gwasanaethau cwsmeriaid
# UNSURE: teitl swydd; "Cofrestrydd arolygol" yw'r term a ddefnyddir gan rai cynghorau.
superintendent-registrar = Cofrestrydd arolygol
description = Ffigurau enghreifftiol ar gyfer “{ $name }”.

# The illustrative sample data (src/domain/performance/sample.rs): twelve made-up services. The
# words are in the page's language when the sample is loaded; from then on they are data.

pay-council-tax = Pay council tax
report-a-missed-bin = Report a missed bin
book-a-bulky-waste-collection = Book a bulky waste collection
apply-for-a-parking-permit = Apply for a parking permit
claim-housing-benefit = Claim housing benefit
apply-for-a-school-place = Apply for a school place
comment-on-a-planning-application = Comment on a planning application
report-a-pothole = Report a pothole
subscribe-to-garden-waste-collection = Subscribe to garden waste collection
join-the-library = Join the library
apply-for-a-blue-badge = Apply for a blue badge
register-a-birth = Register a birth
# The services' categories.
revenues-and-benefits = Revenues and benefits
waste = Waste
parking = Parking
education = Education
planning = Planning
highways = Highways
libraries = Libraries
adult-social-care = Adult social care
registration = Registration
# The services' owners.
head-of-revenues = Head of revenues
waste-services-manager = Waste services manager
parking-manager = Parking manager
head-of-benefits = Head of benefits
admissions-manager = Admissions manager
development-manager = Development manager
highways-manager = Highways manager
libraries-manager = Libraries manager
customer-services-manager = Customer services manager
superintendent-registrar = Superintendent registrar
# Each service's description; { $name } is its name in small letters.
description = Illustrative figures for “{ $name }”.

# The kinds of council an assessment can say it was made by, as a form offers them.
county = County council
district = District council
unitary = Unitary authority
metropolitan = Metropolitan borough council
london-borough = London borough council
welsh-principal = Welsh principal council
scottish = Scottish council
northern-ireland = Northern Ireland district council
other = Other public body
# The same, all of them, as a benchmark's split by kind of council names them.
county-plural = County councils
district-plural = District councils
unitary-plural = Unitary authorities
metropolitan-plural = Metropolitan borough councils
london-borough-plural = London borough councils
welsh-principal-plural = Welsh principal councils
scottish-plural = Scottish councils
northern-ireland-plural = Northern Ireland district councils
other-plural = Other public bodies
# The English regions and the other nations of the UK.
north-east = North East
north-west = North West
yorkshire-and-the-humber = Yorkshire and the Humber
east-midlands = East Midlands
west-midlands = West Midlands
east-of-england = East of England
london = London
south-east = South East
south-west = South West
wales = Wales
scotland = Scotland
northern-ireland-region = Northern Ireland

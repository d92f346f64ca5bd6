# A stored record whose content belongs under another name. { $name } is the name it is stored
# under; the record it holds is named after "holds".

holds-result = this record is kept under the name “{ $name }” but holds the result “{ $id }”: it was changed outside Almanac, so it is kept aside to be downloaded as it is
holds-framework = this record is kept under the name “{ $name }” but holds the framework “{ $id }” version { $version }: it was changed outside Almanac, so it is kept aside to be downloaded as it is
# { $held } is the name the record it holds belongs under.
holds-other = this record is kept under the name “{ $name }” but holds { $held }: it was changed outside Almanac, so it is kept aside to be downloaded as it is

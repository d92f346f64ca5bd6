# Why an earlier answer was not carried to a re-assessment on a new version of a framework.

off-scale = its level is not on the new version's scale
# { $statement } is the new version's statement that took the answers of several earlier ones.
merged = it was merged into “{ $statement }”, which kept the answer you gave there
no-longer-asked = version { $version } no longer asks it

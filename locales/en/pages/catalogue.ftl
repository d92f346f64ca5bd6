# Importing a framework whose version is already on this device (src/domain/catalogue.rs). Shown
# after "version: ", so each begins with a small letter. { $id } is the framework's id and
# { $version } its version; "-local" is an example of a new version the person could give.

already-built-in = "{ $id }" version { $version } is already on this device as a built-in framework; give your copy a new version, such as { $version }-local
already-imported = "{ $id }" version { $version } is already on this device as an imported framework; give your copy a new version, such as { $version }-local

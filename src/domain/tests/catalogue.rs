use super::{quick_check, small_framework};
use crate::domain::catalogue::Catalogue;

#[test]
fn a_new_version_sits_beside_the_old_one() {
    let mut catalogue = Catalogue::built_in();
    let mut first = small_framework();
    catalogue.add(first.clone()).unwrap();
    first.version = "2".into();
    first.title = "Small, revised".into();
    catalogue.add(first).unwrap();
    assert_eq!(catalogue.find("small", "1").unwrap().title, "Small");
    assert_eq!(catalogue.latest("small").unwrap().title, "Small, revised");
    assert!(!catalogue.is_built_in(catalogue.find("small", "2").unwrap()));
    catalogue.remove("small", "2");
    assert_eq!(catalogue.latest("small").unwrap().version, "1");
}

#[test]
fn the_same_version_twice_is_refused_with_a_way_out() {
    let mut catalogue = Catalogue::built_in();
    let error = catalogue.add(quick_check()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "version: \"quick-check\" version 1.0.0 is already on this device as a built-in framework; give your copy a new version, such as 1.0.0-local"
    );
    catalogue.remove("quick-check", "1.0.0");
    assert!(catalogue.find("quick-check", "1.0.0").is_some(), "built-in frameworks cannot be removed");
}

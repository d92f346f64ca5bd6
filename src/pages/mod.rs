//! One file per page.

pub mod home;
pub mod not_found;
pub mod question;
pub mod result;
pub mod saved;

use crate::domain::assessment::Assessment;

/// The download name for an assessment: framework and date, nothing that identifies a person.
pub fn file_name(assessment: &Assessment) -> String {
    let date = assessment.updated.date();
    format!("almanac-{}-{date}.json", assessment.framework.id)
}

//! The domain core: frameworks, assessments, scoring and the file format.
//! Nothing here touches the browser, so all of it is tested natively.

pub mod assessment;
pub mod backup;
pub mod benchmark;
pub mod carry;
pub mod catalogue;
pub mod colour;
pub mod combine;
pub mod compare;
pub mod crosswalk;
pub mod dates;
pub mod embedding;
pub mod exchange;
pub mod framework;
pub mod kind;
pub mod language;
pub mod listing;
pub mod merge;
pub mod organisation;
pub mod performance;
pub mod plan;
pub mod problem;
pub mod programme;
pub mod scoring;
pub mod share;
pub mod spreadsheet;
pub mod tables;
pub mod text;
pub mod workshop;

#[cfg(test)]
pub(crate) mod tests;

//! Almanac: a digital maturity self-assessment for UK councils, running entirely in the browser.

pub mod domain;
pub mod routes;
pub mod storage;
pub mod charts;

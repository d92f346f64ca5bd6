//! Documents people edit in their own tools: Excel workbooks Almanac writes and reads back, and
//! Word reports. Made from the domain with no browser in sight, so all of it is tested natively;
//! each loads in the browser only when someone asks for it (`crate::exports`).

pub mod assessment_workbook;
pub mod combined_workbook;
pub mod figures_workbook;
pub mod performance_workbook;
pub mod plan_update;
pub mod report_document;
pub mod sheet;
pub mod word;

#[cfg(test)]
mod tests;

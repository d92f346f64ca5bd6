//! Documents people edit in their own tools: Excel workbooks Almanac writes and reads back, and
//! Word reports. Made from the domain with no browser in sight, so all of it is tested natively;
//! each loads in the browser only when someone asks for it (`crate::exports`).

pub mod report_document;
pub mod sheet;
pub mod word;

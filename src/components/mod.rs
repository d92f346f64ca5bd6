//! Pieces that more than one page uses.

pub mod chart_canvas;
pub mod confirm;
pub mod error_summary;
pub mod layout;
pub mod performance;
pub mod result_tables;
pub mod storage_banner;

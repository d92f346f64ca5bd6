//! Pieces that more than one page uses.

pub mod error_summary;
pub mod layout;
pub mod radar_canvas;
pub mod storage_banner;

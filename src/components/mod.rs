//! Pieces that more than one page uses.

pub mod area_help;
pub mod benchmark_figures;
pub mod benchmark_summary;
pub mod canvas_backend;
pub mod change_tag;
pub mod channel_shift;
pub mod chart_canvas;
pub mod confirm;
pub mod copy_button;
pub mod embed_notice;
pub mod error_summary;
pub mod layout;
pub mod notices;
pub mod performance;
pub mod plan_delivered;
pub mod plan_item;
pub mod plan_options;
pub mod result_tables;
pub mod roadmap;
pub mod services_table;
pub mod storage_banner;
pub mod summary_list;
pub mod targets;
pub mod text_field;
pub mod update_banner;
pub mod weights_form;

//! Asking before something that cannot be undone, and the upload field that every import uses.

use leptos::prelude::*;

/// A warning-bordered group: what will happen (`children`), then "yes" and "no" buttons. The
/// group is named by `label`, shown as its heading when `heading` is set.
#[component]
pub fn Confirm(
    #[prop(into)] label: String,
    #[prop(optional)] heading: bool,
    yes: &'static str,
    no: &'static str,
    on_yes: impl Fn() + 'static,
    on_no: impl Fn() + 'static,
    children: Children,
) -> impl IntoView {
    let title = heading.then(|| view! { <h3 class="heading-s">{label.clone()}</h3> });
    view! {
        <div class="confirm" role="group" aria-label=label>
            {title}
            {children()}
            <div class="button-group">
                <button type="button" class="button button--warning" on:click=move |_| on_yes()>{yes}</button>
                <button type="button" class="button button--secondary" on:click=move |_| on_no()>{no}</button>
            </div>
        </div>
    }
}

/// What a file picker offers: Almanac's JSON files, spreadsheets, or Excel workbooks alone.
pub const JSON_FILES: &str = ".json,application/json";
/// A spreadsheet: CSV, or an Excel workbook; an older .xls too, so that the import can say what
/// to do with it.
pub const SHEET_FILES: &str = concat!(
    ".csv,text/csv,",
    ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,",
    ".xls,application/vnd.ms-excel"
);
pub const WORKBOOK_FILES: &str = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A labelled file picker with its hint, marked as in error after a failed import.
#[component]
pub fn FileField(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    /// `JSON_FILES`, `SHEET_FILES` or `WORKBOOK_FILES`.
    accept: &'static str,
    #[prop(into)] failed: Signal<bool>,
    on_file: impl Fn(leptos::ev::Event) + 'static,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="form-group" class:form-group--error=move || failed.get()>
            <label class="label" for=id>{label}</label>
            <div class="hint" id=hint_id.clone()>{hint}</div>
            <input class="file-upload" type="file" id=id accept=accept aria-describedby=hint_id on:change=on_file/>
        </div>
    }
}

//! The documents people edit (`office`), each made by a WebAssembly chunk of its own that is
//! fetched the first time someone asks for one (split by `wasm_split`, as `areas.rs` is): none of
//! their code, nor the zip, spreadsheet and Word libraries behind it, is in any page's download.

use crate::components::document_download::{Document, WORKBOOK_MIME};
use crate::domain::assessment::Assessment;
use crate::domain::framework::Framework;
use crate::i18n::t::document_download as t;
use crate::lazy::NotLoaded;

/// What the page says when the chunk could not be fetched or the document not made.
fn made(
    result: Result<Result<Vec<u8>, String>, NotLoaded>,
    file_name: String,
    mime: &'static str,
) -> Result<Document, String> {
    match result {
        Ok(Ok(bytes)) => Ok(Document { file_name, mime, bytes }),
        Ok(Err(reason)) => Err(t::failed(reason)),
        Err(NotLoaded) => Err(t::not_loaded().to_string()),
    }
}

crate::lazy::split! {
    report_document,
    /// Writes the report as a Word document (`office::report_document`).
    fn report_document(
        framework: Framework,
        assessment: Assessment,
        charts: Vec<crate::office::report_document::ChartImage>,
        today: time::Date,
    ) -> Result<Result<Vec<u8>, String>, NotLoaded> {
        Ok(crate::office::report_document::report_document(&framework, &assessment, &charts, today))
    }
}

/// The printed report as a Word document, with the charts the page drew, named as the app's
/// other downloads are: by framework, kind and day, nothing that identifies a person.
pub async fn report_word_document(
    framework: Framework,
    assessment: Assessment,
    charts: Vec<crate::office::report_document::ChartImage>,
    today: time::Date,
) -> Result<Document, String> {
    let file_name = format!(
        "almanac-{}-{}-{}.docx",
        assessment.framework.id,
        crate::i18n::t::report_document::file(),
        assessment.updated.date()
    );
    let made_document = report_document(framework, assessment, charts, today).await;
    made(made_document, file_name, crate::components::document_download::WORD_MIME)
}

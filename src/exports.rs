//! The documents people edit (`office`), each made by a WebAssembly chunk of its own that is
//! fetched the first time someone asks for one (split by `wasm_split`, as `areas.rs` is): none of
//! their code, nor the zip, spreadsheet and Word libraries behind it, is in any page's download.

use time::Date;

use crate::components::document_download::{Document, WORKBOOK_MIME};
use crate::domain::assessment::Assessment;
use crate::domain::framework::Framework;
use crate::domain::problem::Problems;
use crate::i18n::t::document_download as t;
use crate::lazy::NotLoaded;
use crate::office::plan_update::PlanUpdate;

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
    office_assessment_workbook,
    fn make_assessment_workbook(
        framework: Framework,
        assessment: Assessment,
        assessments: Vec<Assessment>,
        today: Date,
    ) -> Result<Result<Vec<u8>, String>, NotLoaded> {
        let made = crate::office::assessment_workbook::assessment_workbook(&framework, &assessment, &assessments, today);
        Ok(made.map_err(|error| error.to_string()))
    }
}

/// An assessment's workbook (`office::assessment_workbook`), named after its framework and today.
pub async fn assessment_workbook(
    framework: Framework,
    assessment: Assessment,
    assessments: Vec<Assessment>,
    today: Date,
) -> Result<Document, String> {
    let file_name = crate::i18n::t::assessment_workbook::file_name(
        &assessment.framework.id,
        crate::domain::dates::format_day(today),
    );
    made(make_assessment_workbook(framework, assessment, assessments, today).await, file_name, WORKBOOK_MIME)
}

crate::lazy::split! {
    office_plan_update,
    /// What a plan workbook would change (`office::plan_update`).
    fn read_plan_update(
        bytes: Vec<u8>,
        framework: Framework,
        assessment: Assessment,
    ) -> Result<Result<PlanUpdate, Problems>, NotLoaded> {
        Ok(crate::office::plan_update::read_plan_update(bytes, &framework, &assessment))
    }
}

/// What a plan workbook would change, or what is wrong with it, in the person's words.
pub async fn plan_update(bytes: Vec<u8>, framework: Framework, assessment: Assessment) -> Result<PlanUpdate, Problems> {
    read_plan_update(bytes, framework, assessment)
        .await
        .unwrap_or_else(|NotLoaded| Err(crate::domain::problem::Problem::whole(t::not_loaded()).into()))
}

crate::lazy::split! {
    office_combined_workbook,
    /// The combined view of a group, of everyone or of one label's respondents, as a workbook.
    fn make_combined_workbook(
        group: crate::domain::combine::Group,
        framework: Framework,
        label: Option<String>,
        made: time::Date,
    ) -> Result<Result<Vec<u8>, String>, NotLoaded> {
        Ok(crate::office::combined_workbook::workbook(&group, &framework, label.as_deref(), made)
            .map_err(|error| error.to_string()))
    }
}

/// The combined view of a group as a workbook, made by a chunk fetched the first time.
pub async fn combined_workbook(
    group: crate::domain::combine::Group,
    framework: Framework,
    label: Option<String>,
) -> Result<Document, String> {
    let file_name = crate::i18n::t::office_sheets::combined_file(&framework.id);
    made(make_combined_workbook(group, framework, label, crate::web::now().date()).await, file_name, WORKBOOK_MIME)
}

crate::lazy::split! {
    office_performance_workbook,
    /// The service performance data (figures, indicators and unit costs) as a workbook.
    fn make_performance_workbook(
        performance: crate::domain::performance::Performance,
        made: time::Date,
    ) -> Result<Result<Vec<u8>, String>, NotLoaded> {
        Ok(crate::office::performance_workbook::workbook(&performance, made).map_err(|error| error.to_string()))
    }
}

/// The service performance data as a workbook, made by a chunk fetched the first time.
pub async fn performance_workbook(performance: crate::domain::performance::Performance) -> Result<Document, String> {
    let today = crate::web::now().date();
    let file_name = crate::i18n::t::office_sheets::performance_file(today);
    made(make_performance_workbook(performance, today).await, file_name, WORKBOOK_MIME)
}

crate::lazy::split! {
    office_figures_workbook,
    /// Service figures from a workbook laid out like the CSV template.
    fn read_figures_workbook(
        bytes: Vec<u8>,
        performance: crate::domain::performance::Performance,
    ) -> Result<Result<Vec<crate::domain::performance::Figures>, crate::domain::problem::Problems>, NotLoaded> {
        Ok(crate::office::figures_workbook::import(&bytes, &performance))
    }
}

/// Service figures from a workbook, read by a chunk fetched the first time; or what is wrong
/// with the file, each problem in a line.
pub async fn figures_from_workbook(
    bytes: Vec<u8>,
    performance: crate::domain::performance::Performance,
) -> Result<Vec<crate::domain::performance::Figures>, Vec<String>> {
    match read_figures_workbook(bytes, performance).await {
        Ok(read) => read.map_err(|problems| problems.0.iter().map(ToString::to_string).collect()),
        Err(NotLoaded) => Err(vec![crate::i18n::t::office_sheets::not_loaded().to_string()]),
    }
}

crate::lazy::split! {
    office_report_document,
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

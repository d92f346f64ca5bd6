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
    assessment_workbook,
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
    plan_update,
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

//! The printed report (`pages/report.rs`) as a Word document to edit and paste into a committee
//! paper: the same sections in the same words, the charts as pictures (drawn by the page, which
//! has a canvas) each with its table, and the details of who the assessment is for.

use time::Date;

use crate::domain::assessment::Assessment;
use crate::domain::dates::long_day;
use crate::domain::framework::Framework;
use crate::domain::plan::{Action, PlanItem, action_plan};
use crate::domain::programme::{PhasePlan, roadmap, stages};
use crate::domain::scoring::{Scores, explanation, format_score, score};
use crate::domain::tables::{action_text, area_answers, capitalise, level_columns, level_counts};
use crate::domain::text::isolated;
use crate::i18n::t::{report, result, result_tables as tables, roadmap as road, spreadsheet};
use crate::office::word::{CAPTION, Cell, Column, Document, HEADING_1, HEADING_2, TITLE};

/// Which of the report's charts a picture shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    Scores,
    Gaps,
    Levels,
    Roadmap,
}

/// A chart the page drew, as a PNG, with its text alternative.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartImage {
    pub figure: Figure,
    pub description: String,
    pub png: Vec<u8>,
    pub width_px: u32,
    pub height_px: u32,
}

/// The report as the bytes of a .docx file; a chart missing from `charts` leaves its table.
pub fn report_document(
    framework: &Framework,
    assessment: &Assessment,
    charts: &[ChartImage],
    today: Date,
) -> Result<Vec<u8>, String> {
    let mut document = Document::new(today);
    cover(&mut document, framework, assessment, today);
    document.styled(HEADING_1, report::summary());
    for paragraph in summary(framework, assessment) {
        document.paragraph(&paragraph);
    }
    chart_sections(&mut document, framework, assessment, charts);
    plan(&mut document, framework, assessment);
    programme(&mut document, framework, assessment, charts);
    answers(&mut document, framework, assessment);
    document.finish()
}

/// The summary's paragraphs, as the printed report and the Word report give them: the overall
/// score, what was answered, strongest and weakest, gaps, evidence to gather, how it was scored
/// and whose weights.
pub fn summary(framework: &Framework, assessment: &Assessment) -> Vec<String> {
    let scores = score(framework, assessment);
    let overall = match scores.overall {
        Some(overall) => report::overall(format_score(Some(overall)), framework.top_level()),
        None => report::no_overall().to_string(),
    };
    let own_weights = (!assessment.weights.is_empty()).then(|| {
        let areas: Vec<String> =
            assessment.weights.keys().filter_map(|id| framework.area(id)).map(|area| area.title.clone()).collect();
        report::own_weights(areas.join(", "))
    });
    [
        Some(overall),
        Some(scores.completeness_sentence(framework)),
        Some(scores.strength_sentence(framework)),
        Some(scores.gap_sentence(framework)),
        scores.evidence_gap_sentence(framework),
        Some(explanation(framework)),
        own_weights,
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// What the report is, its title, and the details of the assessment and the framework.
fn cover(document: &mut Document, framework: &Framework, assessment: &Assessment, today: Date) {
    document.styled(CAPTION, report::kind());
    document.styled(TITLE, &assessment.display_title(&framework.title));
    if let Some(record) = &assessment.workshop {
        document.paragraph(&result::agreed_in_workshop(record.people as usize, long_day(record.date)));
    }
    let status = match assessment.completed {
        Some(completed) => report::completed_on(long_day(completed.date())),
        None => report::in_progress().to_string(),
    };
    let mut facts: Vec<(&str, String)> =
        assessment.detail_rows().into_iter().filter(|(_, value)| !value.is_empty()).collect();
    facts.extend([
        (report::framework(), report::framework_version(&framework.title, &framework.version)),
        (report::status(), status),
        (report::source(), framework.source.clone()),
        (report::produced(), format!("{}{}", long_day(today), report::with_almanac())),
    ]);
    document.facts(&facts);
}

fn picture(document: &mut Document, charts: &[ChartImage], figure: Figure, name: &str) {
    if let Some(image) = charts.iter().find(|image| image.figure == figure) {
        document.picture(image.png.clone(), image.width_px, image.height_px, name, &image.description);
    }
}

/// The result's charts, each with its data table, as `pages::result::ResultCharts` shows them.
fn chart_sections(document: &mut Document, framework: &Framework, assessment: &Assessment, charts: &[ChartImage]) {
    let scores = score(framework, assessment);
    let noun = &framework.area_names.singular;
    let has_targets = scores.areas.iter().any(|a| a.target.is_some());
    let heading = if has_targets { result::scores_and_targets_heading(noun) } else { result::scores_heading(noun) };
    document.styled(HEADING_1, &heading);
    picture(document, charts, Figure::Scores, &heading);
    document.styled(CAPTION, &tables::scores_caption(noun, framework.top_level()));
    score_table(document, framework, assessment, &scores);

    let mut gaps: Vec<_> = scores.areas.iter().filter_map(|a| a.gap().map(|gap| (a, gap))).collect();
    if !gaps.is_empty() {
        gaps.sort_by(|(_, x), (_, y)| y.total_cmp(x));
        document.styled(HEADING_1, result::gaps_heading());
        picture(document, charts, Figure::Gaps, result::gaps_heading());
        document.styled(CAPTION, tables::gaps_caption());
        let columns = [
            Column::text(capitalise(noun), 30),
            Column::number(tables::score(), 10),
            Column::number(tables::target(), 10),
            Column::number(tables::gap(), 10),
        ];
        let rows = gaps
            .into_iter()
            .map(|(a, gap)| {
                vec![
                    a.area.title.as_str().into(),
                    format_score(a.score).into(),
                    format_score(a.target).into(),
                    gap_text(gap),
                ]
            })
            .collect();
        document.table(&columns, rows);
    }

    if framework.areas.iter().any(|a| a.statements.len() > 1) {
        document.styled(HEADING_1, result::levels_heading());
        picture(document, charts, Figure::Levels, result::levels_heading());
        document.paragraph(&result::heat_note(
            isolated(&framework.scale.dont_know),
            isolated(&framework.scale.not_applicable),
        ));
        let level_names: Vec<String> =
            framework.scale.levels.iter().map(|l| format!("{} = {}", l.value, l.name)).collect();
        document.styled(CAPTION, &tables::levels_caption(noun, level_names.join(", ")));
        let columns: Vec<Column> = std::iter::once(Column::text(capitalise(noun), 24))
            .chain(level_columns(framework).into_iter().map(|heading| Column::number(heading, 5)))
            .collect();
        let rows = level_counts(framework, assessment)
            .into_iter()
            .map(|(title, counts)| {
                std::iter::once(Cell::from(title)).chain(counts.into_iter().map(|c| c.to_string().into())).collect()
            })
            .collect();
        document.table(&columns, rows);
    }
}

fn gap_text(gap: f64) -> Cell {
    format!("+{}", format_score(Some(gap))).into()
}

/// Score, target and gap for each area, with what was answered, then the overall score.
fn score_table(document: &mut Document, framework: &Framework, assessment: &Assessment, scores: &Scores) {
    let one_per_area = framework.areas.iter().all(|a| a.statements.len() == 1);
    let has_targets = scores.areas.iter().any(|a| a.target.is_some());
    let mut columns =
        vec![Column::text(capitalise(&framework.area_names.singular), 26), Column::number(tables::score(), 10)];
    if has_targets {
        columns.extend([Column::number(tables::target(), 10), Column::number(tables::gap(), 10)]);
    }
    columns.push(Column::text(if one_per_area { tables::your_answer() } else { tables::answered() }, 24));
    let mut rows: Vec<Vec<Cell>> = scores
        .areas
        .iter()
        .map(|a| {
            let answered = area_answers(framework, assessment, a, one_per_area);
            let mut row = vec![a.area.title.as_str().into(), format_score(a.score).into()];
            if has_targets {
                row.push(a.target.map_or_else(|| tables::not_set().to_string(), |t| format_score(Some(t))).into());
                row.push(a.gap().map(gap_text).unwrap_or_default());
            }
            row.push(answered.into());
            row
        })
        .collect();
    let mut overall = vec![road::overall().into(), format_score(scores.overall).into()];
    if has_targets {
        overall.extend([Cell::default(), Cell::default()]);
    }
    overall.push(if one_per_area {
        Cell::default()
    } else {
        tables::answered_of(scores.answered(), scores.total()).into()
    });
    rows.push(overall);
    document.table(&columns, rows);
}

/// The action plan as the printed report's table, with what was decided in columns of its own
/// (those nobody filled in left out).
fn plan(document: &mut Document, framework: &Framework, assessment: &Assessment) {
    document.styled(HEADING_1, report::action_plan());
    let items = action_plan(framework, assessment);
    if items.is_empty() {
        document.paragraph(tables::nothing_in_plan());
        return;
    }
    document.styled(CAPTION, &tables::plan_caption(assessment.plan.ranking().label().to_lowercase()));
    let decided = Decided::of(&items);
    let mut columns = vec![
        Column::number(tables::rank(), 6),
        Column::text(tables::statement(), 20),
        Column::text(tables::action(), 8),
        Column::text(tables::next_step(), 20),
    ];
    columns.extend(decided.columns());
    let rows = items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let action = action_text(item.action);
            let mut row = vec![
                (index + 1).to_string().into(),
                Cell::led(&item.area.title, &item.statement.text),
                action.into(),
                item.guidance.unwrap_or(tables::find_out_then_answer()).into(),
            ];
            row.extend(decided.cells(item));
            row
        })
        .collect();
    document.table(&columns, rows);
}

/// Which of an item's decisions some item in a list has: the status always, then owner, due
/// date, phase and effort.
struct Decided {
    owner: bool,
    due: bool,
    phase: bool,
    effort: bool,
}

impl Decided {
    fn of(items: &[PlanItem]) -> Decided {
        Decided {
            owner: items.iter().any(|item| item.entry.owner.is_some()),
            due: items.iter().any(|item| item.entry.due.is_some()),
            phase: items.iter().any(|item| item.entry.phase().is_some()),
            effort: items.iter().any(|item| item.entry.effort().is_some()),
        }
    }

    fn columns(&self) -> Vec<Column> {
        [
            (true, spreadsheet::status()),
            (self.owner, spreadsheet::owner()),
            (self.due, spreadsheet::due()),
            (self.phase, spreadsheet::phase()),
            (self.effort, spreadsheet::effort()),
        ]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, heading)| Column::text(heading, 10))
        .collect()
    }

    fn cells(&self, item: &PlanItem) -> Vec<Cell> {
        let entry = &item.entry;
        [
            (true, Some(entry.status.label().to_string())),
            (self.owner, entry.owner.clone()),
            (self.due, entry.due.map(long_day)),
            (self.phase, entry.phase().map(|phase| phase.label())),
            (self.effort, entry.effort().map(|effort| effort.label())),
        ]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, text)| text.map(Cell::from).unwrap_or_default())
        .collect()
    }
}

/// The roadmap, when some item has a phase: the chart, the projected scores and each phase.
fn programme(document: &mut Document, framework: &Framework, assessment: &Assessment, charts: &[ChartImage]) {
    let roadmap = roadmap(framework, assessment);
    if roadmap.phases.is_empty() {
        return;
    }
    document.styled(HEADING_1, report::roadmap());
    document.paragraph(report::roadmap_intro());
    picture(document, charts, Figure::Roadmap, report::roadmap());
    let noun = &framework.area_names.singular;
    let stages = stages(&roadmap);
    document.styled(CAPTION, &road::caption(framework.top_level(), noun));
    let columns: Vec<Column> = std::iter::once(Column::text(capitalise(noun), 24))
        .chain(stages.iter().map(|(head, _)| Column::number(head.as_str(), 12)))
        .collect();
    let row = |title: &str, score: &dyn Fn(&Scores) -> Option<f64>| -> Vec<Cell> {
        std::iter::once(Cell::from(title))
            .chain(stages.iter().map(|(_, scores)| format_score(score(scores)).into()))
            .collect()
    };
    let mut rows = vec![row(road::overall(), &|scores| scores.overall)];
    rows.extend(
        framework.areas.iter().enumerate().map(|(index, area)| row(&area.title, &|scores| scores.areas[index].score)),
    );
    document.table(&columns, rows);
    for phase in &roadmap.phases {
        phase_section(document, framework, phase);
    }
    if !roadmap.unphased.is_empty() {
        document.styled(HEADING_2, road::not_in_phase_heading());
        document.paragraph(road::not_in_phase());
        phase_items(document, framework, &roadmap.unphased);
    }
}

fn phase_section(document: &mut Document, framework: &Framework, phase: &PhasePlan) {
    document.styled(HEADING_2, &phase.phase.label());
    if let Some(day) = phase.phase.ends() {
        document.paragraph(&road::ends(long_day(day)));
    }
    document.facts(&[
        (road::effort(), phase.effort.describe()),
        (road::score_at_end(), road::out_of(format_score(phase.projected.overall), framework.top_level())),
    ]);
    phase_items(document, framework, &phase.items);
}

/// A phase's items: what each should reach, and what was decided about it.
fn phase_items(document: &mut Document, framework: &Framework, items: &[PlanItem]) {
    let level = |value: u8| framework.level(value).map(|l| format!("{value} ({})", l.name)).unwrap_or_default();
    let decided = Decided { phase: false, ..Decided::of(items) };
    let mut columns = vec![Column::text(tables::statement(), 24), Column::text(tables::action(), 18)];
    columns.extend(decided.columns());
    let rows = items
        .iter()
        .map(|item| {
            let action = match (item.action, item.reach) {
                (Action::Improve { current, .. }, Some(reach)) => road::from_to(level(current), level(reach)),
                _ => road::find_out(&framework.scale.dont_know),
            };
            let mut row = vec![Cell::led(&item.area.title, &item.statement.text), action.into()];
            row.extend(decided.cells(item));
            row
        })
        .collect();
    document.table(&columns, rows);
}

/// Every answer with its target, confidence and evidence, area by area.
fn answers(document: &mut Document, framework: &Framework, assessment: &Assessment) {
    document.styled(HEADING_1, report::all_answers());
    let columns = [
        Column::text(tables::statement(), 28),
        Column::text(tables::answer(), 14),
        Column::number(tables::target(), 9),
        Column::text(tables::confidence(), 13),
        Column::text(tables::evidence(), 28),
    ];
    for area in &framework.areas {
        document.styled(HEADING_2, &area.title);
        let rows = area
            .statements
            .iter()
            .map(|statement| {
                let answer = assessment.answer_to(&statement.id);
                vec![
                    statement.text.as_str().into(),
                    answer.rating.map_or_else(|| tables::not_answered().to_string(), |r| r.label(framework)).into(),
                    answer.target.map(|t| t.to_string()).unwrap_or_default().into(),
                    answer.confidence.map(|c| c.label()).unwrap_or_default().into(),
                    answer.evidence.unwrap_or_default().into(),
                ]
            })
            .collect();
        document.table(&columns, rows);
    }
}

#[cfg(test)]
mod tests;

//! A trend chart: scores on the scale (up the side) against points in order along the bottom
//! (assessments by date, or a roadmap's phases), one line for the overall score and, when
//! chosen, one for an area.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::marks::{LEGEND_HEIGHT, draw_legend as draw_legend_row, middle};
use super::{ChartTheme, DrawResult, FONT, SMALL_TEXT, text_width};
use crate::i18n::t::score_trend as t;

#[derive(Debug, Clone, PartialEq)]
pub struct ScoreTrendChart {
    /// A short label for each point, in order: a date, or a phase.
    pub labels: Vec<String>,
    /// The highest level on the scale.
    pub max: u8,
    pub overall: Vec<Option<f64>>,
    /// An area's name and its scores, drawn dashed so it is told apart without colour.
    pub area: Option<(String, Vec<Option<f64>>)>,
}

const LEFT: f64 = 28.0;
const RIGHT: f64 = 24.0;
const BOTTOM: f64 = 28.0;
const TOP_PAD: f64 = 10.0;

pub fn score_trend_height(css_width: f64) -> f64 {
    (css_width * 0.55).clamp(240.0, 360.0)
}

pub fn draw_score_trend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &ScoreTrendChart,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    root.fill(&theme.background)?;
    if chart.labels.is_empty() || chart.max == 0 {
        return Ok(());
    }
    let (width, height) = root.dim_in_pixel();
    let small = TextStyle::from((FONT, SMALL_TEXT * theme.scale).into_font()).color(&theme.text);
    // The first and last labels are centred under their points: far enough in to be whole.
    let half_label = |label: Option<&String>| -> Result<i32, DrawingAreaErrorKind<DB::ErrorType>> {
        Ok(label.map_or(Ok(0), |label| text_width(root, label, &small))? / 2 + theme.px(4.0))
    };
    let left = theme.px(LEFT).max(half_label(chart.labels.first())?);
    let right = width as i32 - theme.px(RIGHT).max(half_label(chart.labels.last())?);
    let (top, bottom) = (theme.px(LEGEND_HEIGHT + TOP_PAD), height as i32 - theme.px(BOTTOM));
    let x_of = |index: usize| match chart.labels.len() {
        1 => (left + right) / 2,
        n => left + ((right - left) as f64 * index as f64 / (n - 1) as f64).round() as i32,
    };
    let y_of = |value: f64| bottom - ((bottom - top) as f64 * value / f64::from(chart.max)).round() as i32;

    let grid = ShapeStyle::from(&theme.grid).stroke_width(theme.px(1.0).max(1) as u32);
    for level in 0..=chart.max {
        let y = y_of(f64::from(level));
        root.draw(&PathElement::new(vec![(left, y), (right, y)], grid))?;
        root.draw(&Text::new(
            level.to_string(),
            (left - theme.px(8.0), y),
            small.clone().pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
    }
    // Dates along the bottom; on a crowded axis only every few are written, always the last.
    let date_style = small.pos(Pos::new(HPos::Center, VPos::Top));
    let widest = chart.labels.iter().map(|d| text_width(root, d, &date_style)).collect::<Result<Vec<_>, _>>()?;
    let room = ((right - left) as f64 / chart.labels.len().max(1) as f64).max(1.0);
    let step =
        ((widest.iter().copied().max().unwrap_or(0) as f64 + theme.px(8.0) as f64) / room).ceil().max(1.0) as usize;
    let last = chart.labels.len() - 1;
    for (index, date) in chart.labels.iter().enumerate() {
        if (last - index).is_multiple_of(step) {
            root.draw(&Text::new(date.as_str(), (x_of(index), bottom + theme.px(6.0)), date_style.clone()))?;
        }
    }

    let overall_stroke = theme.current.stroke_width(theme.px(2.5) as u32);
    draw_series(root, &chart.overall, &x_of, &y_of, overall_stroke, None)?;
    for (index, value) in chart.overall.iter().enumerate() {
        if let Some(value) = value {
            root.draw(&Circle::new((x_of(index), y_of(*value)), theme.px(4.0), theme.current.filled()))?;
        }
    }
    let area_stroke = theme.target.stroke_width(theme.px(2.0) as u32);
    if let Some((_, values)) = &chart.area {
        draw_series(root, values, &x_of, &y_of, area_stroke, Some(theme.px(6.0)))?;
        for (index, value) in values.iter().enumerate() {
            if let Some(value) = value {
                let (x, y, half) = (x_of(index), y_of(*value), theme.px(5.0));
                root.draw(&Rectangle::new([(x - half, y - half), (x + half, y + half)], theme.target.filled()))?;
            }
        }
    }
    draw_legend(root, chart, theme, overall_stroke, area_stroke)
}

/// A line through the values in order; a missing value breaks it. `dash` draws it in dashes.
fn draw_series<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    values: &[Option<f64>],
    x_of: &dyn Fn(usize) -> i32,
    y_of: &dyn Fn(f64) -> i32,
    stroke: ShapeStyle,
    dash: Option<i32>,
) -> DrawResult<DB> {
    for (index, pair) in values.windows(2).enumerate() {
        let (Some(from), Some(to)) = (pair[0], pair[1]) else { continue };
        let (from, to) = ((x_of(index), y_of(from)), (x_of(index + 1), y_of(to)));
        match dash {
            None => root.draw(&PathElement::new(vec![from, to], stroke))?,
            Some(length) => {
                let (dx, dy) = (f64::from(to.0 - from.0), f64::from(to.1 - from.1));
                let pieces = (dx.hypot(dy) / f64::from(2 * length)).ceil().max(1.0) as usize;
                for piece in 0..pieces {
                    let at = |f: f64| (from.0 + (dx * f).round() as i32, from.1 + (dy * f).round() as i32);
                    let start = piece as f64 / pieces as f64;
                    root.draw(&PathElement::new(vec![at(start), at(start + 0.5 / pieces as f64)], stroke))?;
                }
            }
        }
    }
    Ok(())
}

/// The overall line's sample and name, and the chosen area's.
fn draw_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &ScoreTrendChart,
    theme: &ChartTheme,
    overall: ShapeStyle,
    area: ShapeStyle,
) -> DrawResult<DB> {
    let overall_sample = |root: &DrawingArea<DB, Shift>, from: (i32, i32), to: (i32, i32)| {
        root.draw(&PathElement::new(vec![from, to], overall))?;
        root.draw(&Circle::new(middle(from, to), theme.px(4.0), theme.current.filled()))
    };
    let area_sample = |root: &DrawingArea<DB, Shift>, from: (i32, i32), to: (i32, i32)| {
        let third = (to.0 - from.0) / 3;
        root.draw(&PathElement::new(vec![from, (from.0 + third, from.1)], area))?;
        root.draw(&PathElement::new(vec![(to.0 - third, to.1), to], area))?;
        let (half, (x, y)) = (theme.px(5.0), middle(from, to));
        root.draw(&Rectangle::new([(x - half, y - half), (x + half, y + half)], theme.target.filled()))
    };
    match &chart.area {
        Some((name, _)) => draw_legend_row(root, theme, &[(t::overall(), &overall_sample), (name, &area_sample)]),
        None => draw_legend_row(root, theme, &[(t::overall(), &overall_sample)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draw_svg(chart: &ScoreTrendChart) -> String {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (640, 320)).into_drawing_area();
            draw_score_trend(&root, chart, &ChartTheme::light(1.0)).unwrap();
            root.present().unwrap();
        }
        svg
    }

    fn chart(area: Option<(String, Vec<Option<f64>>)>) -> ScoreTrendChart {
        ScoreTrendChart {
            labels: ["Nov 2024", "Nov 2025", "Nov 2026"].map(String::from).to_vec(),
            max: 5,
            overall: vec![Some(1.5), None, Some(3.2)],
            area,
        }
    }

    #[test]
    fn draws_a_dot_per_score_and_every_date() {
        let svg = draw_svg(&chart(None));
        assert_eq!(svg.matches("<circle").count(), 2 + 1, "two scores and the legend");
        for date in ["Nov 2024", "Nov 2025", "Nov 2026"] {
            assert!(svg.contains(date), "{date}");
        }
        assert!(svg.contains(">\nOverall\n<"));
        assert!(!svg.to_uppercase().contains("#C2410C"), "no area line unless one is chosen");
    }

    #[test]
    fn a_chosen_area_is_dashed_with_square_markers_and_named_in_the_legend() {
        let svg = draw_svg(&chart(Some(("Data".into(), vec![Some(1.0), Some(2.0), Some(4.0)]))));
        assert!(svg.contains(">\nData\n<"));
        assert_eq!(
            svg.to_uppercase().matches("FILL=\"#C2410C\"").count(),
            3 + 1,
            "a square per score, one in the legend"
        );
    }

    #[test]
    fn the_first_and_last_dates_are_whole_on_a_phone() {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (320, 240)).into_drawing_area();
            draw_score_trend(&root, &chart(None), &ChartTheme::light(1.0)).unwrap();
            root.present().unwrap();
        }
        let mut scratch = String::new();
        let root = SVGBackend::with_string(&mut scratch, (320, 240)).into_drawing_area();
        let style = TextStyle::from((FONT, SMALL_TEXT).into_font());
        for date in ["Nov 2024", "Nov 2026"] {
            let tag = svg.split("<text").find(|tag| tag.contains(date)).unwrap();
            let x: i32 = tag.split("x=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
            let half = text_width(&root, date, &style).unwrap() / 2;
            assert!(x - half >= 0 && x + half <= 320, "{date} centred at {x}, {half} either side");
        }
    }

    #[test]
    fn nothing_to_draw_leaves_the_background() {
        let svg = draw_svg(&ScoreTrendChart { labels: Vec::new(), max: 5, overall: Vec::new(), area: None });
        assert!(!svg.contains("<circle"));
    }
}

//! A radar chart: one spoke per area, rings for the scale's levels, a filled shape for the scores
//! and, when there are targets, a dashed outline for them with a legend. On a narrow screen the
//! same figures are drawn as bars (`area_bars`).

use std::f64::consts::PI;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::area_bars::{Mark, area_bars_height, bar_sample, draw_area_bars};
use super::marks::{
    LEGEND_HEIGHT, current_sample, current_stroke, draw_dashed, draw_dot, draw_legend, draw_square, middle,
    target_sample,
};
use super::{ChartTheme, DrawResult, FONT, LINE_HEIGHT, SMALL_TEXT, css_width, names_above, text_width};
use crate::i18n::t::radar as t;

/// What a radar chart shows: the areas round the edge, the scale, and a score and target for each area.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarChart {
    /// One label per spoke, clockwise from the top.
    pub axes: Vec<String>,
    /// The highest level on the scale, the outer ring.
    pub max: u8,
    /// A score per spoke; `None` leaves the spoke without a point, and its label says "no score".
    pub values: Vec<Option<f64>>,
    /// A target per spoke, drawn as a dashed outline with hollow squares; `None` leaves that spoke
    /// without one. An empty list, or one of only `None`, means no target series and no legend.
    pub targets: Vec<Option<f64>>,
}

impl RadarChart {
    fn has_targets(&self) -> bool {
        self.targets.iter().any(Option::is_some)
    }
}

/// Longest label line before it wraps, in characters.
const WRAP_AT: usize = 14;
/// Space between the outer ring and the labels, clear of a marker on the ring, in CSS pixels.
const LABEL_GAP: f64 = 11.0;

/// The height in CSS pixels for a chart `css_width` wide: a radar, or on a narrow screen a bar per area.
pub fn radar_chart_height(chart: &RadarChart, css_width: f64) -> f64 {
    if names_above(css_width) {
        area_bars_height(chart.axes.len(), chart.has_targets())
    } else {
        (css_width * 0.8).clamp(280.0, 460.0)
    }
}

/// Draws the chart to fill `root`, which should be `radar_chart_height` tall. A radar with fewer
/// than three areas has no shape to draw, so only the background is drawn.
pub fn draw_radar<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    root.fill(&theme.background)?;
    let bars = names_above(css_width(root, theme));
    if !bars && chart.axes.len() < 3 {
        return Ok(());
    }
    let area = if chart.has_targets() {
        let current = |area: &DrawingArea<DB, Shift>, from, to| {
            if bars { bar_sample(area, from, to, theme) } else { current_sample(area, from, to, theme) }
        };
        let target = |area: &DrawingArea<DB, Shift>, from: (i32, i32), to: (i32, i32)| {
            if bars { draw_square(area, middle(from, to), theme) } else { target_sample(area, from, to, theme) }
        };
        draw_legend(root, theme, &[(t::current(), &current), (t::target(), &target)])?;
        root.margin(theme.px(LEGEND_HEIGHT), 0, 0, 0)
    } else {
        root.clone()
    };
    if bars {
        let marks: Vec<Mark> = (0..chart.axes.len())
            .map(|index| Mark::Score {
                score: chart.values.get(index).copied().flatten(),
                target: chart.targets.get(index).copied().flatten(),
            })
            .collect();
        draw_area_bars(&area, &chart.axes, &marks, chart.max, theme)
    } else {
        draw_plot(&area, chart, theme)
    }
}

/// Positions on the chart: spokes clockwise from the top, levels outwards from the centre.
pub(super) struct Polar {
    centre: (i32, i32),
    radius: i32,
    spokes: usize,
    max: f64,
}

impl Polar {
    /// The direction of a spoke as (x, y), with y pointing down the screen.
    fn direction(&self, spoke: usize) -> (f64, f64) {
        let angle = -PI / 2.0 + 2.0 * PI * spoke as f64 / self.spokes as f64;
        (angle.cos(), angle.sin())
    }

    /// The point `level` out along a spoke, kept within the scale.
    pub(super) fn at(&self, spoke: usize, level: f64) -> (i32, i32) {
        let (dx, dy) = self.direction(spoke);
        let distance = f64::from(self.radius) * level.clamp(0.0, self.max) / self.max;
        (self.centre.0 + (distance * dx).round() as i32, self.centre.1 + (distance * dy).round() as i32)
    }
}

/// The rings, the series and the labels, in `area`.
fn draw_plot<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let (polar, labels) = lay_out(area, chart, theme)?;
    draw_grid(area, &polar, chart.max, theme)?;
    draw_current(area, &polar, &chart.values, theme)?;
    draw_targets(area, &polar, &chart.targets, theme)?;
    draw_labels(area, &labels, theme)
}

/// Where the spokes and their labels go: the chart as large as `area` allows with every label in it.
pub(super) fn lay_out<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
    theme: &ChartTheme,
) -> Result<(Polar, Vec<Label>), DrawingAreaErrorKind<DB::ErrorType>> {
    let label_style = theme.label_style();
    let mut labels = Vec::with_capacity(chart.axes.len());
    for (axis, value) in chart.axes.iter().zip(&chart.values) {
        let mut lines = wrap(axis);
        if value.is_none() {
            lines.push(t::no_score().into());
        }
        let mut width = 0;
        for line in &lines {
            width = width.max(text_width(area, line, &label_style)?);
        }
        labels.push(Label { lines, width, x: 0, align: HPos::Center, top: 0 });
    }
    let widest = labels.iter().map(|label| label.width).max().unwrap_or(0);
    let (width, height) = area.dim_in_pixel();
    let centre = (width as i32 / 2, height as i32 / 2);
    let line_height = theme.px(LINE_HEIGHT);
    let gap = theme.px(LABEL_GAP);
    let smallest = theme.px(40.0);
    let mut radius = (centre.0 - widest - gap - theme.px(4.0)).min(centre.1 - 3 * line_height - gap).max(smallest);
    let polar = loop {
        let polar = Polar { centre, radius, spokes: chart.axes.len(), max: f64::from(chart.max) };
        place_labels(&polar, &mut labels, line_height, gap);
        // Labels moved clear of each other can run off the top or bottom: then the chart gets smaller.
        let fits = labels.iter().all(|label| {
            let [_, top, _, bottom] = label.bounds(line_height);
            top >= 0 && bottom <= height as i32
        });
        if fits || radius <= smallest {
            break polar;
        }
        radius = (radius - theme.px(4.0)).max(smallest);
    };
    Ok((polar, labels))
}

/// An area's name, wrapped, and where it goes: `x` is the edge or middle its lines line up on.
pub(super) struct Label {
    lines: Vec<String>,
    width: i32,
    x: i32,
    align: HPos,
    top: i32,
}

impl Label {
    /// The box the lines take up: left, top, right, bottom.
    fn bounds(&self, line_height: i32) -> [i32; 4] {
        let left = match self.align {
            HPos::Left => self.x,
            HPos::Right => self.x - self.width,
            HPos::Center => self.x - self.width / 2,
        };
        [left, self.top, left + self.width, self.top + line_height * self.lines.len() as i32]
    }
}

/// Puts each label just beyond the end of its spoke, then moves it further up or down, away from the
/// centre, until it is clear of the labels already placed. Those nearest the horizontal go first, as
/// they have the least room to move; on a narrow chart this lifts the top label above its neighbours.
fn place_labels(polar: &Polar, labels: &mut [Label], line_height: i32, gap: i32) {
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_by(|&a, &b| polar.direction(a).1.abs().total_cmp(&polar.direction(b).1.abs()));
    let clearance = gap / 2;
    let mut placed: Vec<[i32; 4]> = Vec::with_capacity(labels.len());
    for spoke in order {
        let (dx, dy) = polar.direction(spoke);
        let (x, y) = polar.at(spoke, polar.max);
        let label = &mut labels[spoke];
        let block = line_height * label.lines.len() as i32;
        label.align = if dx > 0.3 {
            HPos::Left
        } else if dx < -0.3 {
            HPos::Right
        } else {
            HPos::Center
        };
        label.x = x + (dx * f64::from(gap)).round() as i32;
        // Labels above the chart grow upwards, below it downwards, and at the sides (up to 37° off
        // the horizontal) about their middle, so that neighbouring labels on a side do not meet.
        label.top = if dy < -0.6 {
            y - gap - block
        } else if dy > 0.6 {
            y + gap
        } else {
            y - block / 2
        };
        while let Some(&[_, above, _, below]) =
            placed.iter().find(|other| overlap(&label.bounds(line_height), other, clearance))
        {
            label.top = if dy < 0.0 { above - clearance - block } else { below + clearance };
        }
        placed.push(label.bounds(line_height));
    }
}

/// Whether two boxes (left, top, right, bottom) come within `clearance` of each other.
fn overlap(a: &[i32; 4], b: &[i32; 4], clearance: i32) -> bool {
    a[0] < b[2] + clearance && b[0] < a[2] + clearance && a[1] < b[3] + clearance && b[1] < a[3] + clearance
}

/// A ring for each level, numbered up the top spoke, and a spoke for each area.
pub(super) fn draw_grid<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    polar: &Polar,
    max: u8,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let grid = ShapeStyle::from(&theme.grid).stroke_width(theme.px(1.0).max(1) as u32);
    for level in 1..=max {
        let ring: Vec<(i32, i32)> = (0..=polar.spokes).map(|s| polar.at(s % polar.spokes, f64::from(level))).collect();
        area.draw(&PathElement::new(ring, grid))?;
    }
    for spoke in 0..polar.spokes {
        area.draw(&PathElement::new(vec![polar.centre, polar.at(spoke, polar.max)], grid))?;
    }
    let ring_label = TextStyle::from((FONT, SMALL_TEXT * theme.scale).into_font())
        .color(&theme.text)
        .pos(Pos::new(HPos::Left, VPos::Center));
    for level in 1..=max {
        let (x, y) = polar.at(0, f64::from(level));
        // Clear of a target's square marker on the top spoke.
        area.draw(&Text::new(level.to_string(), (x + theme.px(9.0), y), ring_label.clone()))?;
    }
    Ok(())
}

/// The scores as a filled shape with a solid outline and a dot on each scored spoke.
fn draw_current<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    polar: &Polar,
    values: &[Option<f64>],
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let shape = score_shape(polar, values);
    if shape.len() > 2 {
        area.draw(&Polygon::new(shape, theme.current.mix(0.25).filled()))?;
    }
    draw_score_outline(area, polar, values, theme)
}

/// Where each scored spoke's value falls. A spoke with no score has no point: drawn at the
/// centre it would read as the lowest score there is, so the shape joins its scored neighbours.
pub(super) fn score_shape(polar: &Polar, values: &[Option<f64>]) -> Vec<(i32, i32)> {
    values.iter().enumerate().filter_map(|(spoke, value)| value.map(|value| polar.at(spoke, value))).collect()
}

/// Values as a solid outline with a dot on each spoke that has one.
pub(super) fn draw_score_outline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    polar: &Polar,
    values: &[Option<f64>],
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let shape = score_shape(polar, values);
    let Some(&first) = shape.first() else { return Ok(()) };
    let mut outline = shape.clone();
    outline.push(first);
    area.draw(&PathElement::new(outline, current_stroke(theme)))?;
    for vertex in &shape {
        draw_dot(area, *vertex, theme)?;
    }
    Ok(())
}

/// The targets as a dashed outline with a hollow square on each spoke that has one.
fn draw_targets<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    polar: &Polar,
    targets: &[Option<f64>],
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let vertex = |spoke: usize| targets.get(spoke).copied().flatten().map(|level| polar.at(spoke, level));
    for spoke in 0..polar.spokes {
        // A spoke with no target breaks the outline: pulling it to the centre would read as a target of 0.
        if let (Some(from), Some(to)) = (vertex(spoke), vertex((spoke + 1) % polar.spokes)) {
            draw_dashed(area, from, to, theme)?;
        }
    }
    for at in (0..polar.spokes).filter_map(vertex) {
        draw_square(area, at, theme)?;
    }
    Ok(())
}

/// Each area's name round the outside, where `place_labels` put it.
pub(super) fn draw_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    labels: &[Label],
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let line_height = theme.px(LINE_HEIGHT);
    for label in labels {
        let style = theme.label_style().pos(Pos::new(label.align, VPos::Top));
        for (index, line) in label.lines.iter().enumerate() {
            area.draw(&Text::new(line.as_str(), (label.x, label.top + line_height * index as i32), style.clone()))?;
        }
    }
    Ok(())
}

/// Splits a label into lines of whole words, each at most `WRAP_AT` characters where possible.
fn wrap(label: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= WRAP_AT => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(values: Vec<Option<f64>>) -> RadarChart {
        RadarChart {
            axes: (1..=values.len()).map(|i| format!("Outcome number {i}")).collect(),
            max: 5,
            values,
            targets: Vec::new(),
        }
    }

    fn with_targets(targets: Vec<Option<f64>>) -> RadarChart {
        RadarChart { targets, ..chart(vec![Some(2.0), Some(3.0), Some(1.5), Some(4.0), Some(2.5)]) }
    }

    /// The chart 640 by 480 CSS pixels, or as wide as a phone's.
    fn draw_svg(chart: &RadarChart, theme: &ChartTheme) -> String {
        draw_svg_sized(chart, theme, (640.0, 480.0))
    }

    fn draw_svg_sized(chart: &RadarChart, theme: &ChartTheme, (width, height): (f64, f64)) -> String {
        let size = ((width * theme.scale).round() as u32, (height * theme.scale).round() as u32);
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
            draw_radar(&root, chart, theme).unwrap();
            root.present().unwrap();
        }
        svg
    }

    /// How many points each line drawn in `colour` (as "#RRGGBB") has: 2 for a dash, 6 for a square.
    fn lines_in(svg: &str, colour: &str) -> Vec<usize> {
        let stroke = format!("STROKE=\"{colour}\"");
        svg.split("<polyline")
            .skip(1)
            .map(|tag| tag.split("/>").next().unwrap())
            .filter(|tag| tag.to_uppercase().contains(&stroke))
            .map(|tag| tag.split("points=\"").nth(1).unwrap().split('"').next().unwrap().split_whitespace().count())
            .collect()
    }

    const LIGHT_TARGET: &str = "#C2410C";

    #[test]
    fn draws_a_labelled_shape_with_a_marker_per_score() {
        let svg = draw_svg(&chart(vec![Some(1.0), Some(2.5), Some(5.0), None, Some(4.0)]), &ChartTheme::light(1.0));
        assert!(svg.contains("Outcome number"), "labels are drawn");
        assert_eq!(svg.matches("\nOutcome number\n").count(), 5, "long labels wrap onto a second line");
        assert!(!svg.contains("Outcome number 3"));
        assert_eq!(svg.matches("(no score)").count(), 1, "a missing score is said in words");
        assert_eq!(svg.matches("<circle").count(), 4, "one marker per scored spoke");
        assert!(svg.contains("<polygon"), "the scores are a filled shape");
        assert!(svg.contains("#1D70B8") || svg.contains("#1d70b8"), "in the light theme's colour");
    }

    #[test]
    fn a_spoke_with_no_score_has_no_point_and_the_outline_joins_its_neighbours() {
        let svg = draw_svg(&chart(vec![Some(3.0), Some(3.0), None, Some(3.0), Some(3.0)]), &ChartTheme::light(1.0));
        let outlines = lines_in(&svg, "#1D70B8");
        // Four scored spokes and back to the first: five points. Through the centre it was six.
        assert!(outlines.contains(&5) && !outlines.contains(&6), "{outlines:?}");
        assert_eq!(svg.matches("<circle").count(), 4, "a dot on each scored spoke");
    }

    #[test]
    fn scales_every_length_by_the_pixel_ratio() {
        let plain = draw_svg(&chart(vec![Some(3.0); 6]), &ChartTheme::light(1.0));
        let sharp = draw_svg(&chart(vec![Some(3.0); 6]), &ChartTheme::light(2.0));
        let font_size = |svg: &str| -> f64 {
            let start = svg.find("font-size=\"").unwrap() + 11;
            svg[start..].split('"').next().unwrap().parse().unwrap()
        };
        assert_eq!(font_size(&sharp), 2.0 * font_size(&plain), "text doubles in size");
        assert!(plain.contains("r=\"4\"") && sharp.contains("r=\"8\""), "markers double in size");
    }

    #[test]
    fn dark_theme_uses_its_own_colours() {
        let svg = draw_svg(&chart(vec![Some(3.0); 6]), &ChartTheme::dark(1.0));
        assert!(svg.to_uppercase().contains("#8EC5F5"));
        assert!(svg.to_uppercase().contains("#1B1D1F"));
    }

    #[test]
    fn too_few_spokes_draws_only_the_background() {
        let svg = draw_svg(&chart(vec![Some(3.0); 2]), &ChartTheme::light(1.0));
        assert!(!svg.contains("<polygon"));
    }

    #[test]
    fn targets_are_a_dashed_outline_with_hollow_squares() {
        let svg = draw_svg(&with_targets(vec![Some(4.0); 5]), &ChartTheme::light(1.0));
        let lines = lines_in(&svg, LIGHT_TARGET);
        assert_eq!(
            lines.iter().filter(|&&points| points == 6).count(),
            5 + 1,
            "a square per target, one in the legend"
        );
        let dashes = lines.iter().filter(|&&points| points == 2).count();
        assert!(dashes > 5 * 4, "each of the 5 sides is several dashes, not one line: {dashes}");
        assert!(!svg.to_uppercase().contains(&format!("FILL=\"{LIGHT_TARGET}\"")), "the squares are hollow");
        assert_eq!(svg.matches("<circle").count(), 5 + 1, "current scores keep their dots, one in the legend");
    }

    #[test]
    fn a_spoke_without_a_target_breaks_the_outline() {
        let whole = lines_in(&draw_svg(&with_targets(vec![Some(4.0); 5]), &ChartTheme::light(1.0)), LIGHT_TARGET);
        let broken = lines_in(
            &draw_svg(&with_targets(vec![Some(4.0), None, Some(4.0), Some(4.0), Some(4.0)]), &ChartTheme::light(1.0)),
            LIGHT_TARGET,
        );
        let squares = |lines: &[usize]| lines.iter().filter(|&&points| points == 6).count();
        let dashes = |lines: &[usize]| lines.iter().filter(|&&points| points == 2).count();
        assert_eq!(squares(&broken), 4 + 1);
        assert!(dashes(&broken) < dashes(&whole), "the two sides meeting the missing target are left out");
    }

    #[test]
    fn targets_bring_a_legend_that_names_both_series() {
        let svg = draw_svg(&with_targets(vec![Some(4.0); 5]), &ChartTheme::light(1.0));
        assert!(svg.contains(">\nCurrent\n<") && svg.contains(">\nTarget\n<"), "the legend names both series");
        let dark = draw_svg(&with_targets(vec![Some(4.0); 5]), &ChartTheme::dark(1.0));
        assert!(!lines_in(&dark, "#FFB27A").is_empty(), "the dark theme has its own target colour");
    }

    #[test]
    fn a_welsh_page_draws_the_legend_and_a_missing_score_in_welsh() {
        crate::i18n::use_compiled_in(crate::domain::language::Language::Welsh);
        let mut chart = with_targets(vec![Some(4.0); 5]);
        chart.values[2] = None;
        let svg = draw_svg(&chart, &ChartTheme::light(1.0));
        crate::i18n::use_compiled_in(crate::domain::language::Language::English);
        assert!(svg.contains(">\nPresennol\n<") && svg.contains(">\nTarged\n<"), "the legend names both series");
        assert!(svg.contains("(dim sgôr)") && !svg.contains("Current"));
    }

    #[test]
    fn no_targets_means_no_legend_and_no_target_colour() {
        for targets in [Vec::new(), vec![None; 5]] {
            let svg = draw_svg(&with_targets(targets), &ChartTheme::light(1.0));
            assert!(!svg.contains("Current") && !svg.contains("Target"), "no legend");
            assert!(!svg.to_uppercase().contains(LIGHT_TARGET), "nothing in the target colour");
        }
    }

    #[test]
    fn labels_on_a_narrow_chart_are_moved_clear_of_each_other() {
        let polar = Polar { centre: (165, 140), radius: 50, spokes: 12, max: 5.0 };
        let mut labels: Vec<Label> = (0..12)
            .map(|_| Label { lines: vec!["Organisational".into()], width: 100, x: 0, align: HPos::Center, top: 0 })
            .collect();
        place_labels(&polar, &mut labels, 16, 11);
        for (a, first) in labels.iter().enumerate() {
            for second in &labels[a + 1..] {
                assert!(
                    !overlap(&first.bounds(16), &second.bounds(16), 0),
                    "{:?} meets {:?}",
                    first.bounds(16),
                    second.bounds(16)
                );
            }
        }
        assert!(labels[0].bounds(16)[3] < polar.centre.1 - polar.radius, "the top label stays above the chart");
    }

    #[test]
    fn a_phone_gets_a_bar_per_area_with_its_own_legend_and_the_same_figures() {
        let mut chart = with_targets(vec![Some(4.0), None, Some(3.0), Some(4.0), Some(4.0)]);
        chart.values[3] = None;
        let narrow = (330.0, radar_chart_height(&chart, 330.0));
        assert_eq!(narrow.1, area_bars_height(5, true), "as tall as five rows and the legend");
        let svg = draw_svg_sized(&chart, &ChartTheme::light(3.0), narrow);
        assert!(!svg.contains("<polygon"), "no radar shape");
        let bars = svg.to_uppercase().matches("FILL=\"#1D70B8\"").count();
        assert_eq!(bars, 4 + 1, "a bar per score, one in the legend");
        assert_eq!(
            lines_in(&svg, LIGHT_TARGET).iter().filter(|&&points| points == 6).count(),
            4 + 1,
            "a square per target"
        );
        assert!(svg.contains(">\nCurrent\n<") && svg.contains(">\nTarget\n<"));
        assert!(svg.contains(">\nOutcome number 1\n<"), "names whole on their own line");
        assert!(svg.contains(">\n2.0\n<") && svg.contains("(no score)"), "each score, or its absence, in words");
        assert_eq!(radar_chart_height(&chart, 640.0), 460.0, "a wider chart is a radar");
    }

    #[test]
    fn wrapping_keeps_whole_words() {
        assert_eq!(wrap("Organisational capability"), ["Organisational", "capability"]);
        assert_eq!(wrap("Security and resilience"), ["Security and", "resilience"]);
        assert_eq!(wrap("Data"), ["Data"]);
    }
}

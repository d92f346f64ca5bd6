//! The marks the charts share, so that a series looks the same on every chart: a current score
//! is a solid line and filled dot, a target a dashed line and hollow square (told apart by shape
//! as well as colour), and the legend that names them.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{ChartTheme, DrawResult, fit_lines, text_width};

/// The band above a chart that holds its legend, in CSS pixels.
pub const LEGEND_HEIGHT: f64 = 24.0;
/// How wide a legend's sample of each series is, in CSS pixels.
const SAMPLE: f64 = 28.0;
/// Length of each dash, and of the gap after it, along a target line, in CSS pixels.
const DASH: f64 = 6.0;
const DASH_GAP: f64 = 4.0;

/// Draws a series' sample in a legend, given the two ends of the space it has.
pub type Sample<'s, DB> = &'s dyn Fn(&DrawingArea<DB, Shift>, (i32, i32), (i32, i32)) -> DrawResult<DB>;

/// Each series' sample and name in a row along the top of `root`. A name with too little room
/// left is cut short (the text alternative and the table beside the chart have it whole).
pub fn draw_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    theme: &ChartTheme,
    entries: &[(&str, Sample<'_, DB>)],
) -> DrawResult<DB> {
    let y = theme.px(LEGEND_HEIGHT / 2.0);
    let style = theme.label_style().pos(Pos::new(HPos::Left, VPos::Center));
    let right = root.dim_in_pixel().0 as i32 - theme.px(4.0);
    let mut x = theme.px(4.0);
    for &(name, sample) in entries {
        let end = x + theme.px(SAMPLE);
        sample(root, (x, y), (end, y))?;
        x = end + theme.px(6.0);
        let Some(name) = fit_lines(root, name, &style, right - x, 1)?.pop() else { continue };
        root.draw(&Text::new(name.as_str(), (x, y), style.clone()))?;
        x += text_width(root, &name, &style)? + theme.px(16.0);
    }
    Ok(())
}

/// A current score's sample: a solid line with a dot in the middle.
pub fn current_sample<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    from: (i32, i32),
    to: (i32, i32),
    theme: &ChartTheme,
) -> DrawResult<DB> {
    area.draw(&PathElement::new(vec![from, to], current_stroke(theme)))?;
    draw_dot(area, middle(from, to), theme)
}

/// A target's sample: a dashed line with a hollow square in the middle.
pub fn target_sample<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    from: (i32, i32),
    to: (i32, i32),
    theme: &ChartTheme,
) -> DrawResult<DB> {
    draw_dashed(area, from, to, theme)?;
    draw_square(area, middle(from, to), theme)
}

/// Halfway between two points: where a legend's sample puts its marker.
pub fn middle(from: (i32, i32), to: (i32, i32)) -> (i32, i32) {
    ((from.0 + to.0) / 2, (from.1 + to.1) / 2)
}

/// The line through the current scores.
pub fn current_stroke(theme: &ChartTheme) -> ShapeStyle {
    theme.current.stroke_width(theme.px(2.5) as u32)
}

/// The dashes through the targets, and the squares that mark them.
fn target_stroke(theme: &ChartTheme) -> ShapeStyle {
    theme.target.stroke_width(theme.px(2.0) as u32)
}

/// The line round the edge of a band from lowest to highest.
pub fn band_outline(theme: &ChartTheme) -> ShapeStyle {
    theme.target.stroke_width(theme.px(1.0).max(1) as u32)
}

/// A filled circle: the marker for a current score.
pub fn draw_dot<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    at: (i32, i32),
    theme: &ChartTheme,
) -> DrawResult<DB> {
    area.draw(&Circle::new(at, theme.px(4.0), theme.current.filled()))
}

/// A hollow square, big enough to show a current score's dot inside it when the two coincide:
/// the marker for a target.
pub fn draw_square<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    at: (i32, i32),
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let half = theme.px(6.0);
    let (x, y) = at;
    // Drawn as a path starting mid-edge, so every corner is a joined one: a rectangle's stroke
    // width is lost by the SVG backend.
    let outline = vec![
        (x, y - half),
        (x + half, y - half),
        (x + half, y + half),
        (x - half, y + half),
        (x - half, y - half),
        (x, y - half),
    ];
    area.draw(&PathElement::new(outline, target_stroke(theme)))
}

/// A dashed line in the target colour; plotters has no dashed path style, so each dash is drawn on its own.
pub fn draw_dashed<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    from: (i32, i32),
    to: (i32, i32),
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let stroke = target_stroke(theme);
    for dash in dashes(from, to, DASH * theme.scale, DASH_GAP * theme.scale) {
        area.draw(&PathElement::new(dash.to_vec(), stroke))?;
    }
    Ok(())
}

/// The dashes along a straight line, about `dash` long with about `gap` between them, stretched
/// so that the line starts and ends with a whole dash and the corners of an outline stay sharp.
fn dashes(from: (i32, i32), to: (i32, i32), dash: f64, gap: f64) -> Vec<[(i32, i32); 2]> {
    let (dx, dy) = (f64::from(to.0 - from.0), f64::from(to.1 - from.1));
    let length = dx.hypot(dy);
    let count = ((length + gap) / (dash + gap)).round().max(1.0);
    let stretch = length / (count * dash + (count - 1.0) * gap);
    let point = |distance: f64| {
        let fraction = if length > 0.0 { distance / length } else { 0.0 };
        (from.0 + (dx * fraction).round() as i32, from.1 + (dy * fraction).round() as i32)
    };
    (0..count as usize)
        .map(|index| {
            let start = index as f64 * (dash + gap) * stretch;
            [point(start), point(start + dash * stretch)]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_start_and_end_on_the_line_ends() {
        let along = dashes((0, 0), (100, 0), 6.0, 4.0);
        assert_eq!(along.len(), 10);
        assert_eq!(along[0][0], (0, 0));
        assert_eq!(along[9][1], (100, 0));
        assert!(along.iter().all(|[from, to]| (to.0 - from.0 - 6).abs() <= 1), "each dash about 6 long");
        assert_eq!(dashes((0, 0), (0, 3), 6.0, 4.0), [[(0, 0), (0, 3)]], "a short side is one whole dash");
    }

    #[test]
    fn a_legend_name_without_room_is_cut_short_within_the_chart() {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (200, 24)).into_drawing_area();
            let theme = ChartTheme::light(1.0);
            let current = |area: &DrawingArea<_, Shift>, from, to| current_sample(area, from, to, &theme);
            let target = |area: &DrawingArea<_, Shift>, from, to| target_sample(area, from, to, &theme);
            draw_legend(&root, &theme, &[("Overall", &current), ("Organisational capability", &target)]).unwrap();
            root.present().unwrap();
        }
        assert!(svg.contains(">\nOverall\n<"));
        let cut = svg.split("<text").nth(2).expect("the second name is written");
        assert!(cut.contains('…') && !cut.contains("capability"), "{cut}");
    }
}

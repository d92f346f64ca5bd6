//! A radar chart: one spoke per area, rings for the scale's levels, a filled shape for the scores.

use std::f64::consts::PI;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::ChartTheme;

#[derive(Debug, Clone, PartialEq)]
pub struct RadarChart {
    /// One label per spoke, clockwise from the top.
    pub axes: Vec<String>,
    /// The highest level on the scale, the outer ring.
    pub max: u8,
    /// A score per spoke; `None` is drawn at the centre and labelled "no score".
    pub values: Vec<Option<f64>>,
}

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

const FONT: &str = "sans-serif";
const LABEL_SIZE: f64 = 13.0;
/// Longest label line before it wraps, in characters.
const WRAP_AT: usize = 14;

pub fn draw_radar<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &RadarChart,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    root.fill(&theme.background)?;
    let spokes = chart.axes.len();
    if spokes < 3 {
        return Ok(());
    }
    let (width, height) = root.dim_in_pixel();
    let centre = (width as i32 / 2, height as i32 / 2);
    let label_style = TextStyle::from((FONT, LABEL_SIZE * theme.scale).into_font()).color(&theme.text);
    let labels: Vec<Vec<String>> = chart
        .axes
        .iter()
        .zip(&chart.values)
        .map(|(axis, value)| {
            let mut lines = wrap(axis);
            if value.is_none() {
                lines.push("(no score)".into());
            }
            lines
        })
        .collect();
    let line_height = theme.px(LABEL_SIZE * 1.25);
    let widest = labels
        .iter()
        .flatten()
        .map(|line| root.estimate_text_size(line, &label_style).map(|(w, _)| w as i32))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .max()
        .unwrap_or(0);
    let gap = theme.px(8.0);
    let radius = (centre.0 - widest - gap - theme.px(4.0)).min(centre.1 - 3 * line_height - gap).max(theme.px(40.0));

    let point = |spoke: usize, fraction: f64| -> (i32, i32) {
        let angle = -PI / 2.0 + 2.0 * PI * spoke as f64 / spokes as f64;
        let distance = f64::from(radius) * fraction;
        (centre.0 + (distance * angle.cos()).round() as i32, centre.1 + (distance * angle.sin()).round() as i32)
    };
    let max = f64::from(chart.max);

    let grid = ShapeStyle::from(&theme.grid).stroke_width(theme.px(1.0).max(1) as u32);
    for level in 1..=chart.max {
        let ring: Vec<(i32, i32)> = (0..=spokes).map(|s| point(s % spokes, f64::from(level) / max)).collect();
        root.draw(&PathElement::new(ring, grid))?;
    }
    for spoke in 0..spokes {
        root.draw(&PathElement::new(vec![centre, point(spoke, 1.0)], grid))?;
    }
    let ring_label = TextStyle::from((FONT, 11.0 * theme.scale).into_font())
        .color(&theme.text)
        .pos(Pos::new(HPos::Left, VPos::Center));
    for level in 1..=chart.max {
        let (x, y) = point(0, f64::from(level) / max);
        root.draw(&Text::new(level.to_string(), (x + theme.px(4.0), y), ring_label.clone()))?;
    }

    let shape: Vec<(i32, i32)> = chart
        .values
        .iter()
        .enumerate()
        .map(|(spoke, value)| point(spoke, value.unwrap_or(0.0).clamp(0.0, max) / max))
        .collect();
    root.draw(&Polygon::new(shape.clone(), theme.current.mix(0.25).filled()))?;
    let mut outline = shape.clone();
    outline.push(shape[0]);
    root.draw(&PathElement::new(outline, theme.current.stroke_width(theme.px(2.5) as u32)))?;
    for (vertex, value) in shape.iter().zip(&chart.values) {
        if value.is_some() {
            root.draw(&Circle::new(*vertex, theme.px(4.0), theme.current.filled()))?;
        }
    }

    for (spoke, lines) in labels.iter().enumerate() {
        let angle = -PI / 2.0 + 2.0 * PI * spoke as f64 / spokes as f64;
        let (dx, dy) = (angle.cos(), angle.sin());
        let horizontal = if dx > 0.3 {
            HPos::Left
        } else if dx < -0.3 {
            HPos::Right
        } else {
            HPos::Center
        };
        let (x, y) = point(spoke, 1.0);
        let x = x + (dx * f64::from(gap)).round() as i32;
        let block = line_height * lines.len() as i32;
        // Labels above the chart grow upwards, below it downwards, at the sides about their middle.
        let top = if dy < -0.3 {
            y - gap - block
        } else if dy > 0.3 {
            y + gap
        } else {
            y - block / 2
        };
        let style = label_style.pos(Pos::new(horizontal, VPos::Top));
        for (index, line) in lines.iter().enumerate() {
            root.draw(&Text::new(line.as_str(), (x, top + line_height * index as i32), style.clone()))?;
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
        RadarChart { axes: (1..=values.len()).map(|i| format!("Outcome number {i}")).collect(), max: 5, values }
    }

    fn draw_svg(chart: &RadarChart, theme: &ChartTheme) -> String {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (640, 480)).into_drawing_area();
            draw_radar(&root, chart, theme).unwrap();
            root.present().unwrap();
        }
        svg
    }

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
    fn wrapping_keeps_whole_words() {
        assert_eq!(wrap("Organisational capability"), ["Organisational", "capability"]);
        assert_eq!(wrap("Security and resilience"), ["Security and", "resilience"]);
        assert_eq!(wrap("Data"), ["Data"]);
    }
}

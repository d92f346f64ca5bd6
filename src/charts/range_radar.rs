//! A radar chart of many respondents: the median for each area as a line, inside a shaded band
//! from the lowest to the highest respondent's score.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::radar::{
    Polar, RadarChart, current_stroke, draw_dot, draw_grid, draw_labels, draw_score_outline, lay_out, score_shape,
};
use super::{ChartTheme, DrawResult, text_width};
use crate::i18n::t::range_radar as t;

#[derive(Debug, Clone, PartialEq)]
pub struct RangeRadarChart {
    /// One label per spoke, clockwise from the top.
    pub axes: Vec<String>,
    /// The highest level on the scale, the outer ring.
    pub max: u8,
    pub medians: Vec<Option<f64>>,
    /// Lowest and highest per spoke; `None` where no one has a score.
    pub ranges: Vec<Option<(f64, f64)>>,
}

const LEGEND_HEIGHT: f64 = 24.0;

/// Draws the chart to fill `root`; with fewer than three areas only the background is drawn.
pub fn draw_range_radar<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &RangeRadarChart,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    root.fill(&theme.background)?;
    if chart.axes.len() < 3 {
        return Ok(());
    }
    draw_legend(root, theme)?;
    let area = root.margin(theme.px(LEGEND_HEIGHT), 0, 0, 0);
    let radar =
        RadarChart { axes: chart.axes.clone(), max: chart.max, values: chart.medians.clone(), targets: Vec::new() };
    let (polar, labels) = lay_out(&area, &radar, theme)?;
    draw_band(&area, &polar, &chart.ranges, theme)?;
    draw_grid(&area, &polar, chart.max, theme)?;
    draw_score_outline(&area, &polar, &chart.medians, theme)?;
    draw_labels(&area, &labels, theme)
}

/// The band: the highest scores' shape filled, then the lowest scores' shape cut out of it in the
/// background colour, each edge outlined so the band reads without colour too.
fn draw_band<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    polar: &Polar,
    ranges: &[Option<(f64, f64)>],
    theme: &ChartTheme,
) -> DrawResult<DB> {
    // A spoke where no one has a score has no point, as on the result radar.
    let edge =
        |pick: fn((f64, f64)) -> f64| -> Vec<Option<f64>> { ranges.iter().map(|range| range.map(pick)).collect() };
    let (highest, lowest) = (score_shape(polar, &edge(|r| r.1)), score_shape(polar, &edge(|r| r.0)));
    if highest.len() > 2 {
        area.draw(&Polygon::new(highest.clone(), theme.target.mix(0.3).filled()))?;
        area.draw(&Polygon::new(lowest.clone(), theme.background.filled()))?;
    }
    let outline = theme.target.stroke_width(theme.px(1.0).max(1) as u32);
    for shape in [highest, lowest] {
        let Some(&first) = shape.first() else { continue };
        let mut closed = shape.clone();
        closed.push(first);
        area.draw(&PathElement::new(closed, outline))?;
    }
    Ok(())
}

/// "Median" with a sample of its line and dot, and "Lowest to highest" with a sample of the band.
fn draw_legend<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, theme: &ChartTheme) -> DrawResult<DB> {
    let y = theme.px(LEGEND_HEIGHT / 2.0);
    let sample = theme.px(28.0);
    let style = theme.label_style().pos(Pos::new(HPos::Left, VPos::Center));
    let mut x = theme.px(4.0);
    root.draw(&PathElement::new(vec![(x, y), (x + sample, y)], current_stroke(theme)))?;
    draw_dot(root, (x + sample / 2, y), theme)?;
    x += sample + theme.px(6.0);
    root.draw(&Text::new(t::median(), (x, y), style.clone()))?;
    x += text_width(root, t::median(), &style)? + theme.px(16.0);
    let half = theme.px(7.0);
    root.draw(&Rectangle::new([(x, y - half), (x + sample, y + half)], theme.target.mix(0.3).filled()))?;
    root.draw(&Rectangle::new([(x, y - half), (x + sample, y + half)], theme.target.stroke_width(1)))?;
    x += sample + theme.px(6.0);
    root.draw(&Text::new(t::lowest_to_highest(), (x, y), style))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draw_svg(chart: &RangeRadarChart, theme: &ChartTheme) -> String {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (640, 480)).into_drawing_area();
            draw_range_radar(&root, chart, theme).unwrap();
            root.present().unwrap();
        }
        svg
    }

    fn chart() -> RangeRadarChart {
        RangeRadarChart {
            axes: ["Connectivity", "Data", "Democracy", "Ethics", "Inclusion"].map(String::from).to_vec(),
            max: 5,
            medians: vec![Some(2.0), Some(3.0), None, Some(4.5), Some(1.0)],
            ranges: vec![Some((1.0, 4.0)), Some((2.0, 5.0)), None, Some((4.0, 5.0)), Some((1.0, 1.0))],
        }
    }

    #[test]
    fn draws_the_band_the_median_and_a_legend_naming_both() {
        let svg = draw_svg(&chart(), &ChartTheme::light(1.0));
        assert_eq!(svg.matches("<polygon").count(), 2, "the highest shape, and the lowest cut out of it");
        assert!(svg.contains(">\nMedian\n<") && svg.contains(">\nLowest to highest\n<"));
        assert_eq!(svg.matches("<circle").count(), 4 + 1, "a dot per spoke with a median, one in the legend");
        assert!(svg.contains("(no score)"), "a spoke without a score says so");
        assert!(svg.to_uppercase().contains("#C2410C"), "the band is in the target colour");
    }

    #[test]
    fn dark_theme_uses_its_own_colours() {
        let svg = draw_svg(&chart(), &ChartTheme::dark(1.0)).to_uppercase();
        assert!(svg.contains("#FFB27A") && svg.contains("#8EC5F5"));
    }

    #[test]
    fn too_few_spokes_draws_only_the_background() {
        let mut two = chart();
        two.axes.truncate(2);
        assert!(!draw_svg(&two, &ChartTheme::light(1.0)).contains("Median"));
    }
}

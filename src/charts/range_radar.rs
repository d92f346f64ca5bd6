//! A radar chart of many respondents: the median for each area as a line, inside a shaded band
//! from the lowest to the highest respondent's score.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::area_bars::{Mark, area_bars_height, draw_area_bars};
use super::marks::{LEGEND_HEIGHT, band_outline, current_sample, draw_dot, draw_legend, middle};
use super::radar::{Polar, RadarChart, draw_grid, draw_labels, draw_score_outline, lay_out, score_shape};
use super::{ChartTheme, DrawResult, css_width, names_above};
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

/// The height in CSS pixels for a chart `css_width` wide: a radar, or on a narrow screen a bar per area.
pub fn range_radar_height(chart: &RangeRadarChart, css_width: f64) -> f64 {
    if names_above(css_width) {
        area_bars_height(chart.axes.len(), true)
    } else {
        (css_width * 0.8).clamp(300.0, 480.0)
    }
}

/// Draws the chart to fill `root`, which should be `range_radar_height` tall; a radar with fewer
/// than three areas draws only the background.
pub fn draw_range_radar<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &RangeRadarChart,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    root.fill(&theme.background)?;
    let bars = names_above(css_width(root, theme));
    if !bars && chart.axes.len() < 3 {
        return Ok(());
    }
    // The median is a dot on a bar, and a line with dots round a radar.
    let median = |area: &DrawingArea<DB, Shift>, from: (i32, i32), to: (i32, i32)| {
        if bars { draw_dot(area, middle(from, to), theme) } else { current_sample(area, from, to, theme) }
    };
    let band = |area: &DrawingArea<DB, Shift>, from: (i32, i32), to: (i32, i32)| {
        let half = theme.px(7.0);
        let sample = [(from.0, from.1 - half), (to.0, to.1 + half)];
        area.draw(&Rectangle::new(sample, theme.target.mix(0.3).filled()))?;
        area.draw(&Rectangle::new(sample, band_outline(theme)))
    };
    draw_legend(root, theme, &[(t::median(), &median), (t::lowest_to_highest(), &band)])?;
    let area = root.margin(theme.px(LEGEND_HEIGHT), 0, 0, 0);
    if bars {
        let marks: Vec<Mark> = (0..chart.axes.len())
            .map(|index| Mark::Range {
                median: chart.medians.get(index).copied().flatten(),
                range: chart.ranges.get(index).copied().flatten(),
            })
            .collect();
        return draw_area_bars(&area, &chart.axes, &marks, chart.max, theme);
    }
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
    for shape in [highest, lowest] {
        let Some(&first) = shape.first() else { continue };
        let mut closed = shape.clone();
        closed.push(first);
        area.draw(&PathElement::new(closed, band_outline(theme)))?;
    }
    Ok(())
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
    fn a_phone_gets_a_band_per_area_with_a_dot_at_the_median() {
        let mut svg = String::new();
        {
            let height = (range_radar_height(&chart(), 330.0) * 2.0) as u32;
            let root = SVGBackend::with_string(&mut svg, (660, height)).into_drawing_area();
            draw_range_radar(&root, &chart(), &ChartTheme::light(2.0)).unwrap();
            root.present().unwrap();
        }
        assert!(!svg.contains("<polygon"), "no radar shape");
        assert_eq!(svg.matches("<circle").count(), 4 + 1, "a dot per median, one in the legend");
        assert!(svg.contains(">\nMedian\n<") && svg.contains(">\nLowest to highest\n<"));
        assert!(svg.contains(">\nDemocracy (no score)\n<"), "a spoke without a median says so by its name");
    }

    #[test]
    fn too_few_spokes_draws_only_the_background() {
        let mut two = chart();
        two.axes.truncate(2);
        assert!(!draw_svg(&two, &ChartTheme::light(1.0)).contains("Median"));
    }
}

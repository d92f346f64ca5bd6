//! Every chart the app draws, so that one canvas (or one picture for a document) can take any.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::ChartTheme;
use super::benchmark::{BenchmarkChart, benchmark_chart_height, draw_benchmark};
use super::gaps::{GapChart, draw_gaps, gap_chart_height};
use super::heatmap::{HeatMap, draw_heatmap, heatmap_height};
use super::performance::{StackedChart, TrendChart, draw_stacked, draw_trend, performance_chart_height};
use super::radar::{RadarChart, draw_radar, radar_chart_height};
use super::range_radar::{RangeRadarChart, draw_range_radar, range_radar_height};
use super::score_trend::{ScoreTrendChart, draw_score_trend, score_trend_height};

/// Every chart the app draws, so one canvas component can draw any of them.
#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    Radar(RadarChart),
    Gaps(GapChart),
    Levels(HeatMap),
    /// Lines across reporting periods: take-up, or cost per transaction by channel.
    Trend(TrendChart),
    /// Volume by channel, stacked, across reporting periods.
    Stacked(StackedChart),
    /// Many respondents: the median with a band from lowest to highest.
    RangeRadar(RangeRadarChart),
    /// Scores of repeated assessments over time.
    ScoreTrend(ScoreTrendChart),
    /// Where a council stands against a benchmark: a strip per area.
    Benchmark(BenchmarkChart),
}

impl Chart {
    /// The height in CSS pixels for a canvas `css_width` wide.
    pub fn css_height(&self, css_width: f64) -> f64 {
        match self {
            Chart::Radar(chart) => radar_chart_height(chart, css_width),
            Chart::Gaps(chart) => gap_chart_height(chart.bars.len()),
            Chart::Levels(map) => heatmap_height(map.rows.len(), css_width),
            Chart::Trend(chart) => performance_chart_height(chart.series.len()),
            Chart::Stacked(chart) => performance_chart_height(chart.series.len()),
            Chart::RangeRadar(chart) => range_radar_height(chart, css_width),
            Chart::ScoreTrend(_) => score_trend_height(css_width),
            Chart::Benchmark(chart) => benchmark_chart_height(chart.rows.len()),
        }
    }

    pub fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, theme: &ChartTheme) -> Result<(), String> {
        let drawn = match self {
            Chart::Radar(chart) => draw_radar(root, chart, theme),
            Chart::Gaps(chart) => draw_gaps(root, chart, theme),
            Chart::Levels(map) => draw_heatmap(root, map, theme),
            Chart::Trend(chart) => draw_trend(root, chart, theme),
            Chart::Stacked(chart) => draw_stacked(root, chart, theme),
            Chart::RangeRadar(chart) => draw_range_radar(root, chart, theme),
            Chart::ScoreTrend(chart) => draw_score_trend(root, chart, theme),
            Chart::Benchmark(chart) => draw_benchmark(root, chart, theme),
        };
        drawn.and_then(|()| root.present()).map_err(|error| error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::benchmark::{BenchmarkRow, Quartiles};
    use crate::charts::gaps::GapBar;
    use crate::charts::heatmap::HeatRow;
    use crate::charts::performance::{Measure, Series};

    const OUTCOMES: [&str; 12] = [
        "Connectivity",
        "Data",
        "Democracy",
        "Ethics",
        "Inclusion",
        "Leadership",
        "Local productivity",
        "Organisational capability",
        "Partnership",
        "Security and resilience",
        "Services",
        "Value",
    ];

    fn names() -> Vec<String> {
        OUTCOMES.map(String::from).to_vec()
    }

    fn scores(shift: f64) -> Vec<Option<f64>> {
        (0..12).map(|i| Some((1.0 + (i as f64 * 0.7 + shift) % 4.0).min(5.0))).collect()
    }

    /// One of every chart, each with twelve areas or several series.
    fn every_chart() -> Vec<Chart> {
        let series = |name: &str, shift: f64| Series {
            name: name.into(),
            values: vec![Some(0.2 + shift), None, Some(0.5 + shift)],
        };
        let periods = vec!["2024-25".to_string(), "2025-26".into(), "2026-27".into()];
        vec![
            Chart::Radar(RadarChart { axes: names(), max: 5, values: scores(0.0), targets: scores(1.0) }),
            Chart::Gaps(GapChart {
                bars: OUTCOMES
                    .iter()
                    .map(|name| GapBar { label: name.to_string(), current: 1.5, target: 4.0 })
                    .collect(),
                max: 5,
            }),
            Chart::Levels(HeatMap {
                rows: OUTCOMES
                    .iter()
                    .map(|name| HeatRow { label: name.to_string(), counts: vec![1, 2, 0, 3, 1, 0, 1, 0] })
                    .collect(),
                columns: ["1", "2", "3", "4", "5", "DK", "N/A", "None"].map(String::from).to_vec(),
            }),
            Chart::Trend(TrendChart {
                periods: periods.clone(),
                series: vec![series("Online", 0.1), series("Phone", 0.0), series("Face to face", 0.2)],
                measure: Measure::Share,
            }),
            Chart::Stacked(StackedChart {
                periods: periods.clone(),
                series: vec![series("Online", 900.0), series("Phone", 400.0)],
            }),
            Chart::RangeRadar(RangeRadarChart {
                axes: names(),
                max: 5,
                medians: scores(0.5),
                ranges: (0..12).map(|i| Some((1.0, 2.0 + (i % 3) as f64))).collect(),
            }),
            Chart::ScoreTrend(ScoreTrendChart {
                labels: periods,
                max: 5,
                overall: vec![Some(1.5), Some(2.5), Some(3.1)],
                area: Some(("Organisational capability".into(), vec![Some(1.0), None, Some(3.0)])),
            }),
            Chart::Benchmark(BenchmarkChart {
                rows: OUTCOMES
                    .iter()
                    .map(|name| BenchmarkRow {
                        label: name.to_string(),
                        band: Some(Quartiles { lower: 2.0, median: 2.6, upper: 3.4 }),
                        value: Some(3.0),
                    })
                    .collect(),
                max: 5,
            }),
        ]
    }

    fn draw_svg(chart: &Chart, css_width: f64, theme: &ChartTheme) -> String {
        let width = (css_width * theme.scale).round() as u32;
        let height = (chart.css_height(css_width) * theme.scale).round() as u32;
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            chart.draw(&root, theme).unwrap();
        }
        svg
    }

    /// A number an SVG tag gives `attribute`.
    fn attribute(tag: &str, attribute: &str) -> f64 {
        tag.split(&format!(" {attribute}=\"")).nth(1).unwrap().split('"').next().unwrap().parse().unwrap()
    }

    #[test]
    fn every_chart_writes_at_least_12_css_pixels_on_a_phone_and_a_desktop() {
        for chart in every_chart() {
            for css_width in [320.0, 360.0, 640.0] {
                for theme in [ChartTheme::light(1.0), ChartTheme::dark(2.0), ChartTheme::light(3.0)] {
                    let svg = draw_svg(&chart, css_width, &theme);
                    let texts: Vec<&str> = svg.split("<text").skip(1).collect();
                    assert!(!texts.is_empty(), "{chart:?} writes something");
                    for text in texts {
                        // plotters' SVG backend writes a font 1.24 times smaller than asked; the
                        // canvas draws it at the size asked.
                        let size = attribute(text, "font-size") * 1.24 / theme.scale;
                        assert!(size >= 11.99, "{size} CSS px at {css_width} wide: <text{text}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_chart_writes_within_its_canvas_on_a_phone() {
        for chart in every_chart() {
            for css_width in [320.0, 360.0] {
                let theme = ChartTheme::light(2.0);
                let svg = draw_svg(&chart, css_width, &theme);
                let width = css_width * theme.scale;
                let height = chart.css_height(css_width) * theme.scale;
                for text in svg.split("<text").skip(1) {
                    let (x, y) = (attribute(text, "x"), attribute(text, "y"));
                    // Where the text starts, ends or is centred depends on its anchor: each must be inside.
                    assert!(
                        (0.0..=width).contains(&x) && (0.0..=height).contains(&y),
                        "({x}, {y}) of {width} by {height}: <text{text}"
                    );
                }
            }
        }
    }
}

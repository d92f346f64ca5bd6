//! Service performance over time: a line for each series across the periods (take-up, cost per
//! transaction by channel), and stacked bars of volume by channel. A missing value leaves a gap;
//! it is never drawn as zero. The legend sits below the plot, one series a line, so that it never
//! covers the data, even on a phone.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{ChartTheme, DrawResult, widest_text};

/// What the numbers on a chart are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// A share from 0 to 1, shown as a percentage on a 0 to 100% scale.
    Share,
    /// Pounds.
    Pounds,
    /// A count of transactions.
    Count,
}

impl Measure {
    /// A value as the axis shows it.
    pub fn axis_label(self, value: f64) -> String {
        match self {
            Measure::Share => format!("{:.0}%", value * 100.0),
            Measure::Pounds => format!("£{value:.2}"),
            Measure::Count if value >= 10_000.0 => format!("{:.0}k", value / 1000.0),
            Measure::Count if value >= 1_000.0 => format!("{:.1}k", value / 1000.0),
            Measure::Count => format!("{value:.0}"),
        }
    }
}

/// One named line, or one layer of the bars, with a value (or a gap) for each period.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<Option<f64>>,
}

/// Lines across the periods, one per series.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendChart {
    /// The periods' short labels, oldest first.
    pub periods: Vec<String>,
    pub series: Vec<Series>,
    pub measure: Measure,
}

/// Bars across the periods, each made of the series stacked from the bottom up.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedChart {
    pub periods: Vec<String>,
    pub series: Vec<Series>,
}

const PLOT_HEIGHT: f64 = 260.0;
const LEGEND_ROW: f64 = 22.0;
const LEGEND_TOP: f64 = 10.0;
const SWATCH: f64 = 12.0;
/// A legend's sample of a line, in CSS pixels.
const SAMPLE: f64 = 28.0;
/// The band at the left for the values up the side, and the space either side of the chart,
/// in CSS pixels.
const Y_LABELS: f64 = 62.0;
const MARGIN_LEFT: f64 = 4.0;
const MARGIN_RIGHT: f64 = 16.0;

/// The height in CSS pixels for a chart of `series` series: the plot and a legend line for each.
pub fn performance_chart_height(series: usize) -> f64 {
    PLOT_HEIGHT + LEGEND_TOP + LEGEND_ROW * series as f64
}

/// Colours for the series, distinct from each other and at least 3:1 against the background.
pub fn series_colour(theme: &ChartTheme, index: usize) -> RGBColor {
    let light = [
        RGBColor(0x1d, 0x70, 0xb8),
        RGBColor(0xc2, 0x41, 0x0c),
        RGBColor(0x00, 0x70, 0x3c),
        RGBColor(0x6f, 0x3d, 0x91),
        RGBColor(0x50, 0x5a, 0x5f),
        RGBColor(0x91, 0x2b, 0x88),
    ];
    let dark = [
        RGBColor(0x8e, 0xc5, 0xf5),
        RGBColor(0xff, 0xb2, 0x7a),
        RGBColor(0x85, 0xd4, 0xa6),
        RGBColor(0xc8, 0xa6, 0xea),
        RGBColor(0xcc, 0xcf, 0xd1),
        RGBColor(0xf4, 0x9c, 0xe6),
    ];
    let palette = if super::luminance(theme.background) > 0.5 { light } else { dark };
    palette[index % palette.len()]
}

/// Draws lines across the periods to fill `root`, which should be `performance_chart_height` tall.
pub fn draw_trend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &TrendChart,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    root.fill(&theme.background)?;
    let (plot, legend) = split(root, theme);
    let periods = chart.periods.len();
    let values = chart.series.iter().flat_map(|s| s.values.iter().flatten().copied());
    let top = match chart.measure {
        Measure::Share => 1.0,
        _ => nice_top(values.fold(0.0, f64::max)),
    };
    let mut area = builder(&plot, theme).build_cartesian_2d(-0.5..(periods.max(1) as f64 - 0.5), 0.0..top)?;
    let step = label_step(&plot, &chart.periods, theme)?;
    configure(&mut area, &chart.periods, step, chart.measure, theme)?;
    let width = theme.px(2.5).max(1) as u32;
    for (index, series) in chart.series.iter().enumerate() {
        let colour = series_colour(theme, index);
        let points: Vec<Option<(f64, f64)>> =
            series.values.iter().enumerate().map(|(x, v)| v.map(|v| (x as f64, v))).collect();
        // A line joins neighbouring periods that both have a value; a gap stays a gap.
        for pair in points.windows(2) {
            if let [Some(from), Some(to)] = pair {
                area.draw_series(std::iter::once(PathElement::new(vec![*from, *to], colour.stroke_width(width))))?;
            }
        }
        // Drawn in the canvas's pixels: `plot` starts at the top left of `root`, the whole canvas.
        for point in points.into_iter().flatten() {
            root.draw(&marker(area.backend_coord(&point), index, colour, theme))?;
        }
    }
    draw_legend(&legend, &chart.series, Sample::LineAndMarker, theme)
}

/// Draws stacked bars across the periods to fill `root`, which should be `performance_chart_height` tall.
pub fn draw_stacked<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &StackedChart,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    root.fill(&theme.background)?;
    let (plot, legend) = split(root, theme);
    let periods = chart.periods.len();
    let totals =
        (0..periods).map(|p| chart.series.iter().filter_map(|s| s.values.get(p).copied().flatten()).sum::<f64>());
    let top = nice_top(totals.fold(0.0, f64::max));
    let mut area = builder(&plot, theme).build_cartesian_2d(-0.5..(periods.max(1) as f64 - 0.5), 0.0..top)?;
    let step = label_step(&plot, &chart.periods, theme)?;
    configure(&mut area, &chart.periods, step, Measure::Count, theme)?;
    for period in 0..periods {
        let mut base = 0.0;
        for (index, series) in chart.series.iter().enumerate() {
            let Some(value) = series.values.get(period).copied().flatten() else { continue };
            let x = period as f64;
            let bar =
                Rectangle::new([(x - 0.32, base), (x + 0.32, base + value)], series_colour(theme, index).filled());
            area.draw_series(std::iter::once(bar))?;
            base += value;
        }
    }
    draw_legend(&legend, &chart.series, Sample::Swatch, theme)
}

fn split<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    theme: &ChartTheme,
) -> (DrawingArea<DB, Shift>, DrawingArea<DB, Shift>) {
    root.split_vertically(theme.px(PLOT_HEIGHT))
}

fn builder<'a, 'b, DB: DrawingBackend>(
    plot: &'a DrawingArea<DB, Shift>,
    theme: &ChartTheme,
) -> ChartBuilder<'a, 'b, DB> {
    let mut builder = ChartBuilder::on(plot);
    builder
        .margin_top(theme.px(12.0))
        .margin_right(theme.px(MARGIN_RIGHT))
        .margin_left(theme.px(MARGIN_LEFT))
        .x_label_area_size(theme.px(30.0))
        .y_label_area_size(theme.px(Y_LABELS));
    builder
}

/// Grid lines across, period names along the bottom and values up the side.
fn configure<DB: DrawingBackend>(
    area: &mut ChartContext<
        '_,
        DB,
        Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
    >,
    periods: &[String],
    step: usize,
    measure: Measure,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let label = theme.label_style();
    let last = periods.len().saturating_sub(1);
    let x_label = |x: &f64| {
        let index = x.round();
        let shown =
            (x - index).abs() < 0.01 && index >= 0.0 && (last.saturating_sub(index as usize)).is_multiple_of(step);
        if shown { periods.get(index as usize).cloned().unwrap_or_default() } else { String::new() }
    };
    let y_label = |y: &f64| measure.axis_label(*y);
    area.configure_mesh()
        .disable_x_mesh()
        .bold_line_style(theme.grid.stroke_width(theme.px(1.0).max(1) as u32))
        .light_line_style(theme.background)
        .axis_style(theme.grid.stroke_width(theme.px(1.0).max(1) as u32))
        .x_labels(periods.len().max(1) * 2 + 1)
        .y_labels(6)
        .x_label_formatter(&x_label)
        .y_label_formatter(&y_label)
        .x_label_style(label.clone())
        .y_label_style(label)
        .draw()
}

/// What a legend shows of each series.
#[derive(Clone, Copy)]
enum Sample {
    /// A block of its colour, as its part of a stacked bar.
    Swatch,
    /// A stretch of its line with its marker, so lines are told apart by shape as well as colour.
    LineAndMarker,
}

/// Each series' sample and name, on a line each.
fn draw_legend<DB: DrawingBackend>(
    legend: &DrawingArea<DB, Shift>,
    series: &[Series],
    sample: Sample,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let style = theme.label_style().pos(Pos::new(HPos::Left, VPos::Center));
    let (left, width) = (theme.px(66.0), theme.px(SAMPLE));
    for (index, one) in series.iter().enumerate() {
        let middle = theme.px(LEGEND_TOP + LEGEND_ROW * (index as f64 + 0.5));
        let colour = series_colour(theme, index);
        match sample {
            Sample::Swatch => {
                let half = theme.px(SWATCH / 2.0);
                let centre = left + width / 2;
                legend.draw(&Rectangle::new(
                    [(centre - half, middle - half), (centre + half, middle + half)],
                    colour.filled(),
                ))?;
            }
            Sample::LineAndMarker => {
                let line = colour.stroke_width(theme.px(2.5).max(1) as u32);
                legend.draw(&PathElement::new(vec![(left, middle), (left + width, middle)], line))?;
                legend.draw(&marker((left + width / 2, middle), index, colour, theme))?;
            }
        }
        legend.draw(&Text::new(one.name.clone(), (left + width + theme.px(8.0), middle), style.clone()))?;
    }
    Ok(())
}

/// A series' marker at `at`: a different shape for each of the six colours, filled or drawn thick.
fn marker<'a, DB: DrawingBackend + 'a, Coord: Clone + 'a>(
    at: Coord,
    index: usize,
    colour: RGBColor,
    theme: &ChartTheme,
) -> DynElement<'a, DB, Coord> {
    let size = theme.px(4.5);
    let (filled, thick) = (colour.filled(), colour.stroke_width(theme.px(2.5).max(1) as u32));
    let point = EmptyElement::at(at);
    match index % 6 {
        0 => (point + Circle::new((0, 0), size, filled)).into_dyn(),
        1 => (point + Polygon::new(vec![(0, -size - 1), (size + 1, size), (-size - 1, size)], filled)).into_dyn(),
        2 => (point + Cross::new((0, 0), size, thick)).into_dyn(),
        3 => (point + Rectangle::new([(-size, -size), (size, size)], filled)).into_dyn(),
        4 => (point + Polygon::new(vec![(0, -size - 2), (size + 2, 0), (0, size + 2), (-size - 2, 0)], filled))
            .into_dyn(),
        _ => (point + Circle::new((0, 0), size, thick)).into_dyn(),
    }
}

/// How many periods apart the labels along the bottom are written, so that they never run into
/// each other: every one where there is room, always the latest.
fn label_step<DB: DrawingBackend>(
    plot: &DrawingArea<DB, Shift>,
    periods: &[String],
    theme: &ChartTheme,
) -> Result<usize, DrawingAreaErrorKind<DB::ErrorType>> {
    let room = f64::from(plot.dim_in_pixel().0 as i32 - theme.px(MARGIN_LEFT + Y_LABELS + MARGIN_RIGHT))
        / periods.len().max(1) as f64;
    let widest = widest_text(plot, periods.iter().map(String::as_str), &theme.label_style())?;
    Ok((f64::from(widest + theme.px(8.0)) / room.max(1.0)).ceil().max(1.0) as usize)
}

/// A round number a little above `max` for the top of the scale, so the highest value has room.
fn nice_top(max: f64) -> f64 {
    if !(max.is_finite() && max > 0.0) {
        return 1.0;
    }
    let magnitude = 10f64.powf((max * 1.1).log10().floor());
    let steps = [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0];
    steps.iter().map(|s| s * magnitude).find(|top| *top >= max * 1.05).unwrap_or(10.0 * magnitude)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg(
        draw: impl for<'a> Fn(&DrawingArea<SVGBackend<'a>, Shift>) -> DrawResult<SVGBackend<'a>>,
        series: usize,
    ) -> String {
        let mut text = String::new();
        {
            let height = performance_chart_height(series) as u32;
            let root = SVGBackend::with_string(&mut text, (640, height)).into_drawing_area();
            draw(&root).unwrap();
            root.present().unwrap();
        }
        text
    }

    fn take_up() -> TrendChart {
        TrendChart {
            periods: ["Q1 2026", "Q2 2026", "Q3 2026"].map(String::from).to_vec(),
            series: vec![Series { name: "Report a missed bin".into(), values: vec![Some(0.6), None, Some(0.8)] }],
            measure: Measure::Share,
        }
    }

    #[test]
    fn a_gap_in_the_data_is_a_gap_in_the_line() {
        let drawn = svg(|root| draw_trend(root, &take_up(), &ChartTheme::light(1.0)), 1);
        assert_eq!(drawn.matches("<circle").count(), 2 + 1, "a marker for each known value only, and the legend's");
        let joined = take_up();
        let mut full = joined.clone();
        full.series[0].values[1] = Some(0.7);
        let whole = svg(|root| draw_trend(root, &full, &ChartTheme::light(1.0)), 1);
        assert!(
            whole.matches("<polyline").count() > drawn.matches("<polyline").count(),
            "two more joins once Q2 is known"
        );
        for text in ["Q1 2026", "Q3 2026", "100%", "Report a missed bin"] {
            assert!(drawn.contains(text), "{text} is written on the chart");
        }
    }

    #[test]
    fn costs_are_labelled_in_pounds_with_a_line_for_each_channel() {
        let chart = TrendChart {
            periods: vec!["Q1 2026".into(), "Q2 2026".into()],
            series: vec![
                Series { name: "Online".into(), values: vec![Some(0.45), Some(0.4)] },
                Series { name: "Phone".into(), values: vec![Some(3.1), Some(3.3)] },
                Series { name: "Face to face".into(), values: vec![None, Some(8.6)] },
            ],
            measure: Measure::Pounds,
        };
        let drawn = svg(|root| draw_trend(root, &chart, &ChartTheme::dark(1.0)), 3);
        assert!(drawn.contains("£"), "the scale is in pounds");
        for name in ["Online", "Phone", "Face to face"] {
            assert!(drawn.contains(name));
        }
        let blue = "#8EC5F5";
        assert!(drawn.to_uppercase().contains(blue), "dark theme colours");
    }

    #[test]
    fn stacked_bars_have_a_block_for_each_known_volume() {
        let chart = StackedChart {
            periods: vec!["Q1 2026".into(), "Q2 2026".into()],
            series: vec![
                Series { name: "Online".into(), values: vec![Some(600.0), Some(800.0)] },
                Series { name: "Phone".into(), values: vec![Some(400.0), None] },
            ],
        };
        let drawn = svg(|root| draw_stacked(root, &chart, &ChartTheme::light(1.0)), 2);
        let blue = drawn.matches("fill=\"#1D70B8\"").count();
        let orange = drawn.matches("fill=\"#C2410C\"").count();
        assert_eq!((blue, orange), (3, 2), "two online bars, one phone bar, and a swatch each");
        assert!(drawn.contains("1.0k") || drawn.contains("1.2k"), "counts in thousands");
    }

    #[test]
    fn each_line_has_a_marker_of_its_own_shape_on_its_points_and_in_the_legend() {
        let chart = TrendChart {
            periods: vec!["Q1 2026".into(), "Q2 2026".into()],
            series: (0..6)
                .map(|i| Series { name: format!("Channel {i}"), values: vec![Some(0.1 * i as f64), Some(0.5)] })
                .collect(),
            measure: Measure::Share,
        };
        let drawn = svg(|root| draw_trend(root, &chart, &ChartTheme::light(1.0)), 6);
        let circles = drawn.matches("<circle").count();
        assert_eq!(circles, 2 * 3, "circles for the first and sixth (hollow) lines, on 2 points and in the legend");
        assert_eq!(drawn.matches("<polygon").count(), 2 * 3, "triangles and diamonds");
        assert_eq!(drawn.matches("<rect").count() - 1, 3, "squares, besides the background");
        // The first point of the first line: its marker is where its line starts.
        let line = drawn.split("<polyline").find(|tag| tag.to_uppercase().contains("#1D70B8")).unwrap();
        let start = line.split("points=\"").nth(1).unwrap().split(' ').next().unwrap().to_string();
        let (x, y) = start.split_once(',').unwrap();
        assert!(drawn.contains(&format!("cx=\"{x}\" cy=\"{y}\"")), "a dot at {x},{y}");
    }

    #[test]
    fn period_labels_on_a_phone_never_meet() {
        let periods: Vec<String> = ["Q1", "Q2", "Q3", "Q4"].iter().flat_map(|q| [format!("{q} 2025/26")]).collect();
        let chart = StackedChart {
            periods: periods.clone(),
            series: vec![Series { name: "Online".into(), values: vec![Some(1.0); 4] }],
        };
        let mut text = String::new();
        {
            let root =
                SVGBackend::with_string(&mut text, (290, performance_chart_height(1) as u32)).into_drawing_area();
            draw_stacked(&root, &chart, &ChartTheme::light(1.0)).unwrap();
        }
        let written: Vec<&String> = periods.iter().filter(|p| text.contains(p.as_str())).collect();
        assert_eq!(written, [&periods[1], &periods[3]], "every other one, ending with the latest");
        let wide = svg(|root| draw_stacked(root, &chart, &ChartTheme::light(1.0)), 1);
        assert!(periods.iter().all(|p| wide.contains(p.as_str())), "all four where there is room");
    }

    #[test]
    fn series_colours_stand_out_in_both_themes() {
        for theme in [ChartTheme::light(1.0), ChartTheme::dark(1.0)] {
            for index in 0..6 {
                assert!(super::super::contrast(series_colour(&theme, index), theme.background) >= 3.0);
            }
        }
    }

    #[test]
    fn the_scale_tops_out_at_a_round_number_above_the_highest_value() {
        assert_eq!(nice_top(0.0), 1.0);
        assert_eq!(nice_top(f64::NAN), 1.0);
        assert_eq!(nice_top(1_000.0), 1_500.0);
        assert_eq!(nice_top(3.3), 4.0);
        assert_eq!(nice_top(8.6), 10.0);
    }
}

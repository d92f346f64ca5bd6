//! A gap chart: a row per area with a bar from the current score up to the target, so the largest
//! gaps stand out.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::level_rows::LevelRows;
use super::{ChartTheme, DrawResult, LABEL_SIZE, LINE_HEIGHT, fit_lines, text_width, widest_text};
use crate::i18n::t::gaps as t;

/// What a gap chart shows: one row for each area, on a scale of 0 to `max`.
#[derive(Debug, Clone, PartialEq)]
pub struct GapChart {
    /// The rows from top to bottom, drawn in the order given: the caller puts the largest gap first.
    pub bars: Vec<GapBar>,
    /// The highest level on the scale.
    pub max: u8,
}

/// One row of a gap chart.
#[derive(Debug, Clone, PartialEq)]
pub struct GapBar {
    /// The area's name; wrapped onto two lines, and cut short if it is longer still.
    pub label: String,
    /// The current score, where the bar starts.
    pub current: f64,
    /// The target, where the bar ends; at or below `current` the row says "no gap".
    pub target: f64,
}

/// The band above the rows that holds the level numbers, in CSS pixels.
const HEADER: f64 = 24.0;
/// One row, tall enough for a two-line label, in CSS pixels.
const ROW: f64 = 44.0;
/// Space below the last row, in CSS pixels.
const FOOTER: f64 = 8.0;
/// Space at the left and right edges, in CSS pixels.
const EDGE: f64 = 4.0;
/// Space between a label and the scale, and between a bar and its value, in CSS pixels.
const GUTTER: f64 = 12.0;
const BAR_HEIGHT: f64 = 16.0;
/// The current-score marker reaches this far beyond the bar, above and below, in CSS pixels.
const MARKER_OVERHANG: f64 = 5.0;
/// The widest the label column may be, as a fraction of the chart's width.
const LABEL_SHARE: f64 = 0.4;

/// The height in CSS pixels that a gap chart of `rows` rows needs, for sizing its canvas.
pub fn gap_chart_height(rows: usize) -> f64 {
    HEADER + ROW * rows as f64 + FOOTER
}

/// Draws the chart to fill `root`, which should be `gap_chart_height` CSS pixels tall.
pub fn draw_gaps<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &GapChart,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    root.fill(&theme.background)?;
    if chart.max == 0 {
        return Ok(());
    }
    let layout = Layout::new(root, chart, theme)?;
    draw_scale(root, &layout, chart.bars.len(), theme)?;
    for (index, bar) in chart.bars.iter().enumerate() {
        draw_row(root, &layout, index, bar, theme)?;
    }
    Ok(())
}

/// Where the columns fall, in device pixels.
struct Layout {
    label_width: i32,
    levels: LevelRows,
}

impl Layout {
    /// Labels as wide as the widest needs, up to `LABEL_SHARE` of the width; the scale takes the rest
    /// but for room on the right to write the largest gap after a bar that reaches the top.
    fn new<DB: DrawingBackend>(
        root: &DrawingArea<DB, Shift>,
        chart: &GapChart,
        theme: &ChartTheme,
    ) -> Result<Layout, DrawingAreaErrorKind<DB::ErrorType>> {
        let width = root.dim_in_pixel().0 as i32;
        let style = theme.label_style();
        let widest = widest_text(root, chart.bars.iter().map(|bar| bar.label.as_str()), &style)?;
        let label_width = widest.min((f64::from(width) * LABEL_SHARE) as i32);
        let value_width = text_width(root, &format!("+{}.0", chart.max), &style)?;
        let levels = LevelRows {
            zero: theme.px(EDGE) + label_width + theme.px(GUTTER),
            full: width - theme.px(EDGE) - value_width - theme.px(GUTTER / 2.0),
            max: f64::from(chart.max),
            first_row: HEADER,
            row: ROW,
            scale: theme.scale,
        };
        Ok(Layout { label_width, levels })
    }
}

/// A line at 0 and at each level, with the levels numbered along the top.
fn draw_scale<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    rows: usize,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let grid = ShapeStyle::from(&theme.grid).stroke_width(theme.px(1.0).max(1) as u32);
    let (top, bottom) = (layout.levels.row_top(0) - theme.px(4.0), layout.levels.row_top(rows));
    let number = theme.label_style().pos(Pos::new(HPos::Center, VPos::Center));
    for level in 0..=layout.levels.max as u8 {
        let x = layout.levels.x(f64::from(level));
        root.draw(&PathElement::new(vec![(x, top), (x, bottom)], grid))?;
        // 0 is where the scale starts, not a level.
        if level > 0 {
            root.draw(&Text::new(level.to_string(), (x, theme.px(HEADER / 2.0)), number.clone()))?;
        }
    }
    Ok(())
}

/// One row: its label, the bar from current to target with the gap written after it (or "no gap"),
/// and a marker at the current score.
fn draw_row<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    index: usize,
    bar: &GapBar,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let middle = layout.levels.row_top(index) + theme.px(ROW / 2.0);
    let style = theme.label_style();
    let lines = fit_lines(root, &bar.label, &style, layout.label_width, 2)?;
    let line_height = theme.px(LINE_HEIGHT);
    let first = middle - line_height * (lines.len() as i32 - 1) / 2;
    let label = style.pos(Pos::new(HPos::Left, VPos::Center));
    for (number, line) in lines.iter().enumerate() {
        root.draw(&Text::new(line.as_str(), (theme.px(EDGE), first + line_height * number as i32), label.clone()))?;
    }

    let (start, end) = (layout.levels.x(bar.current), layout.levels.x(bar.target));
    let half_bar = theme.px(BAR_HEIGHT / 2.0);
    let note = match gap_text(bar) {
        Some(gap) => {
            root.draw(&Rectangle::new([(start, middle - half_bar), (end, middle + half_bar)], theme.target.filled()))?;
            gap
        }
        None => t::no_gap().to_string(),
    };
    let reach = half_bar + theme.px(MARKER_OVERHANG);
    let marker = theme.text.stroke_width(theme.px(2.0).max(1) as u32);
    root.draw(&PathElement::new(vec![(start, middle - reach), (start, middle + reach)], marker))?;

    // Written after the bar; "no gap" goes before the marker instead when the row has no room for it there.
    let note_width = text_width(root, &note, &style)?;
    let space = theme.px(GUTTER / 2.0);
    let after = start.max(end) + space;
    let (x, side) = if after + note_width <= root.dim_in_pixel().0 as i32 - theme.px(EDGE) {
        (after, HPos::Left)
    } else {
        (start - space, HPos::Right)
    };
    // On the background, so that no line of the scale runs through the words.
    let left = if matches!(side, HPos::Left) { x } else { x - note_width };
    let half = theme.px(LABEL_SIZE * 0.6);
    let clear = [(left - theme.px(2.0), middle - half), (left + note_width + theme.px(2.0), middle + half)];
    root.draw(&Rectangle::new(clear, theme.background.filled()))?;
    root.draw(&Text::new(note, (x, middle), style.pos(Pos::new(side, VPos::Center))))
}

/// The gap as written after its bar, such as "+1.5"; `None` when there is no gap to one decimal place.
fn gap_text(bar: &GapBar) -> Option<String> {
    let tenths = ((bar.target - bar.current) * 10.0).round();
    (tenths > 0.0).then(|| format!("+{:.1}", tenths / 10.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, current: f64, target: f64) -> GapBar {
        GapBar { label: label.into(), current, target }
    }

    fn chart() -> GapChart {
        GapChart {
            bars: vec![
                bar("Data and technology", 1.5, 4.0),
                bar("Leadership", 2.0, 3.5),
                bar("Inclusion", 3.0, 3.0),
                bar("Skills", 4.5, 4.0),
            ],
            max: 5,
        }
    }

    fn draw_svg(chart: &GapChart, width: u32, theme: &ChartTheme) -> String {
        let height = (gap_chart_height(chart.bars.len()) * theme.scale).round() as u32;
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            draw_gaps(&root, chart, theme).unwrap();
            root.present().unwrap();
        }
        svg
    }

    /// The y position of each piece of text, in the order drawn.
    fn text_ys(svg: &str) -> Vec<(String, i32)> {
        svg.split("<text")
            .skip(1)
            .map(|tag| {
                let y = tag.split("y=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
                let text = tag.split('>').nth(1).unwrap().split('<').next().unwrap().trim().to_string();
                (text, y)
            })
            .collect()
    }

    /// The filled rectangles in `colour` (as "#RRGGBB"): the bars.
    fn bars_in(svg: &str, colour: &str) -> Vec<String> {
        let fill = format!("FILL=\"{colour}\"");
        svg.split("<rect").skip(1).map(|tag| tag.to_uppercase()).filter(|tag| tag.contains(&fill)).collect()
    }

    #[test]
    fn labels_gaps_and_levels_are_written() {
        let svg = draw_svg(&chart(), 640, &ChartTheme::light(1.0));
        for label in ["Data and technology", "Leadership", "Inclusion", "Skills"] {
            assert!(svg.contains(&format!("\n{label}\n")), "{label}");
        }
        assert!(svg.contains("\n+2.5\n") && svg.contains("\n+1.5\n"), "each gap is written as a number");
        assert_eq!(svg.matches("\nno gap\n").count(), 2, "a target met, or below the score, is no gap");
        for level in 1..=5 {
            assert!(svg.contains(&format!(">\n{level}\n<")), "level {level} is numbered");
        }
    }

    #[test]
    fn one_bar_per_gap_and_a_marker_per_row() {
        let svg = draw_svg(&chart(), 640, &ChartTheme::light(1.0));
        assert_eq!(bars_in(&svg, "#C2410C").len(), 2, "only rows with a gap have a bar");
        let markers = svg.matches("<polyline").count() - 6;
        assert_eq!(markers, 4, "a marker at each current score, besides the 6 grid lines");
    }

    #[test]
    fn rows_keep_the_order_given() {
        let ys: Vec<i32> = text_ys(&draw_svg(&chart(), 640, &ChartTheme::light(1.0)))
            .into_iter()
            .filter(|(text, _)| ["Data and technology", "Leadership", "Inclusion", "Skills"].contains(&text.as_str()))
            .map(|(_, y)| y)
            .collect();
        assert_eq!(ys.len(), 4);
        assert!(ys.windows(2).all(|pair| pair[0] < pair[1]), "top to bottom as given: {ys:?}");
    }

    #[test]
    fn bars_run_from_current_to_target_on_the_scale() {
        let svg = draw_svg(&GapChart { bars: vec![bar("Data", 1.0, 5.0)], max: 5 }, 640, &ChartTheme::light(1.0));
        let bar = &bars_in(&svg, "#C2410C")[0];
        let width: i32 = bar.split("WIDTH=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
        let level_gap = |svg: &str| {
            let xs: Vec<i32> = svg
                .split("<text")
                .filter(|tag| tag.contains(">\n1\n<") || tag.contains(">\n2\n<"))
                .map(|tag| tag.split("x=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap())
                .collect();
            xs[1] - xs[0]
        };
        assert!((width - 4 * level_gap(&svg)).abs() <= 2, "a gap of 4 levels is 4 levels long");
        assert!(svg.contains("\n+4.0\n"));
    }

    #[test]
    fn scales_every_length_by_the_pixel_ratio() {
        let plain = draw_svg(&chart(), 640, &ChartTheme::light(1.0));
        let sharp = draw_svg(&chart(), 1280, &ChartTheme::light(2.0));
        let height = |svg: &str| -> i32 {
            bars_in(svg, "#C2410C")[0].split("HEIGHT=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap()
        };
        assert_eq!(height(&sharp), 2 * height(&plain), "bars double in thickness");
        let ys = |svg: &str| text_ys(svg).into_iter().find(|(text, _)| text == "Skills").unwrap().1;
        assert!((ys(&sharp) - 2 * ys(&plain)).abs() <= 1, "rows double in height");
    }

    #[test]
    fn everything_fits_a_narrow_canvas_of_the_height_given() {
        let long = GapChart {
            bars: vec![bar("Organisational capability, culture and the workforce of the future", 1.0, 5.0)],
            max: 5,
        };
        let svg = draw_svg(&long, 330, &ChartTheme::light(1.0));
        let lines: Vec<(String, i32)> = text_ys(&svg).into_iter().filter(|(_, y)| *y > 24).collect();
        assert_eq!(lines.len(), 3, "two label lines and the gap: {lines:?}");
        assert!(lines[1].0.ends_with('…'), "the rest of a long label is cut short: {lines:?}");
        let height = gap_chart_height(1) as i32;
        assert!(lines.iter().all(|(_, y)| *y < height), "within the canvas");
        let value = svg.split("<text").find(|tag| tag.contains("+4.0")).unwrap();
        assert!(value.contains("text-anchor=\"start\""), "the gap is written after a full-length bar");
    }

    #[test]
    fn the_height_allows_for_every_row() {
        assert_eq!(gap_chart_height(0), HEADER + FOOTER);
        assert_eq!(gap_chart_height(12), HEADER + 12.0 * ROW + FOOTER);
    }

    #[test]
    fn gaps_are_written_to_one_decimal_place() {
        assert_eq!(gap_text(&bar("", 1.25, 3.0)).as_deref(), Some("+1.8"));
        assert_eq!(gap_text(&bar("", 3.0, 3.04)), None, "too small to write is no gap");
        assert_eq!(gap_text(&bar("", 4.0, 3.0)), None);
    }
}

//! A benchmark chart: a strip per area with the middle half of councils' scores as a band, their
//! median as a tick and this council's score as a diamond, so a council sees where it stands.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{ChartTheme, DrawResult, LINE_HEIGHT, fit_lines, text_width, widest_text};
use crate::i18n::t::benchmark_chart as t;

/// What a benchmark chart shows: one strip for each area, on a scale of 1 to `max`.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchmarkChart {
    /// The rows from top to bottom, drawn in the order given.
    pub rows: Vec<BenchmarkRow>,
    /// The highest level on the scale.
    pub max: u8,
}

/// One area's strip.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchmarkRow {
    /// The area's name; wrapped onto two lines, and cut short if it is longer still.
    pub label: String,
    /// The benchmark's figures; `None` when it has none for this area (too few councils, or the
    /// area is not compared), which the row says in words.
    pub band: Option<Quartiles>,
    /// This council's score; `None` when it has none.
    pub value: Option<f64>,
}

/// The councils' scores for one area: a quarter of them at or below `lower`, half at or below
/// `median`, three quarters at or below `upper`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quartiles {
    pub lower: f64,
    pub median: f64,
    pub upper: f64,
}

// Lengths in CSS pixels, multiplied by `theme.scale` when drawn.
/// One line of the legend: an entry a line, so it fits the narrowest phone at a height that does
/// not depend on the width.
const LEGEND_LINE: f64 = 22.0;
const LEGEND: f64 = 3.0 * LEGEND_LINE;
/// The band below the legend that holds the level numbers.
const HEADER: f64 = 24.0;
/// One row, tall enough for a two-line label.
const ROW: f64 = 44.0;
const FOOTER: f64 = 8.0;
/// Space at the left and right edges.
const EDGE: f64 = 4.0;
/// Space between a label and the scale.
const GUTTER: f64 = 12.0;
const BAND_HEIGHT: f64 = 16.0;
/// How far the median tick reaches beyond the band, so it shows past a diamond on the same spot.
const TICK_OVERHANG: f64 = 5.0;
/// Half the diamond's width and height.
const DIAMOND: f64 = 7.0;
/// The width of a legend entry's sample.
const SAMPLE: f64 = 28.0;
/// In a row with a score but no benchmark figure, the words sit this far above the middle and the
/// diamond this far below.
const NO_FIGURE_SHIFT: f64 = 10.0;
/// The widest the label column may be, as a fraction of the chart's width.
const LABEL_SHARE: f64 = 0.4;

/// The height in CSS pixels that a benchmark chart of `rows` rows needs, for sizing its canvas.
pub fn benchmark_chart_height(rows: usize) -> f64 {
    LEGEND + HEADER + ROW * rows as f64 + FOOTER
}

/// Draws the chart to fill `root`, which should be `benchmark_chart_height` CSS pixels tall.
pub fn draw_benchmark<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &BenchmarkChart,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    root.fill(&theme.background)?;
    if chart.max == 0 {
        return Ok(());
    }
    draw_legend(root, theme)?;
    let layout = Layout::new(root, chart, theme)?;
    draw_scale(root, &layout, chart.rows.len(), theme)?;
    for (index, row) in chart.rows.iter().enumerate() {
        draw_row(root, &layout, index, row, theme)?;
    }
    Ok(())
}

/// Where the columns fall, in device pixels.
struct Layout {
    label_width: i32,
    /// Where level 1 and the top of the scale fall.
    first: i32,
    last: i32,
    max: f64,
    scale: f64,
}

impl Layout {
    /// Labels as wide as the widest needs, up to `LABEL_SHARE` of the width; the scale takes the
    /// rest but for room for half a diamond at the top level.
    fn new<DB: DrawingBackend>(
        root: &DrawingArea<DB, Shift>,
        chart: &BenchmarkChart,
        theme: &ChartTheme,
    ) -> Result<Layout, DrawingAreaErrorKind<DB::ErrorType>> {
        let width = root.dim_in_pixel().0 as i32;
        let style = theme.label_style();
        let widest = widest_text(root, chart.rows.iter().map(|row| row.label.as_str()), &style)?;
        let label_width = widest.min((f64::from(width) * LABEL_SHARE) as i32);
        Ok(Layout {
            label_width,
            first: theme.px(EDGE) + label_width + theme.px(GUTTER),
            last: width - theme.px(EDGE) - theme.px(DIAMOND),
            max: f64::from(chart.max),
            scale: theme.scale,
        })
    }

    /// Where a level falls across the chart, kept within the scale. Scores are averages of levels
    /// 1 and up, so the scale starts at 1 and gives a phone's narrow strip all its width.
    fn x(&self, level: f64) -> i32 {
        let span = (self.max - 1.0).max(1.0);
        let share = (level.clamp(1.0, self.max) - 1.0) / span;
        self.first + (f64::from(self.last - self.first) * share).round() as i32
    }

    /// The top of a row, counted from 0; worked out from CSS pixels each time so that rounding
    /// never adds up past the canvas's height.
    fn row_top(&self, index: usize) -> i32 {
        ((LEGEND + HEADER + ROW * index as f64) * self.scale).round() as i32
    }
}

/// An entry a line: a sample of the band, the median tick and the diamond, each with its name.
fn draw_legend<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, theme: &ChartTheme) -> DrawResult<DB> {
    let style = theme.label_style();
    let left = theme.px(EDGE);
    let sample = theme.px(SAMPLE);
    let text_left = left + sample + theme.px(6.0);
    let room = root.dim_in_pixel().0 as i32 - text_left - theme.px(EDGE);
    let names = [t::middle_half(), t::median(), t::your_score()];
    for (index, name) in names.into_iter().enumerate() {
        let y = theme.px(LEGEND_LINE * (index as f64 + 0.5));
        let centre = (left + sample / 2, y);
        match index {
            0 => draw_band_shape(root, (left, left + sample), y, theme.px(6.0), theme)?,
            1 => draw_tick(root, centre, theme.px(8.0), theme)?,
            _ => draw_diamond(root, centre, theme)?,
        }
        // Cut short only on a canvas too narrow for the words.
        let fitted = fit_lines(root, name, &style, room, 1)?.join(" ");
        root.draw(&Text::new(fitted, (text_left, y), style.pos(Pos::new(HPos::Left, VPos::Center))))?;
    }
    Ok(())
}

/// A line at each level, numbered along the top.
fn draw_scale<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    rows: usize,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let grid = ShapeStyle::from(&theme.grid).stroke_width(theme.px(1.0).max(1) as u32);
    let (top, bottom) = (layout.row_top(0) - theme.px(4.0), layout.row_top(rows));
    let number = theme.label_style().pos(Pos::new(HPos::Center, VPos::Center));
    for level in 1..=layout.max as u8 {
        let x = layout.x(f64::from(level));
        root.draw(&PathElement::new(vec![(x, top), (x, bottom)], grid))?;
        root.draw(&Text::new(level.to_string(), (x, theme.px(LEGEND + HEADER / 2.0)), number.clone()))?;
    }
    Ok(())
}

/// One row: its label, the band with its median tick (or "no benchmark figure"), and a diamond at
/// the council's score.
fn draw_row<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    index: usize,
    row: &BenchmarkRow,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let middle = layout.row_top(index) + theme.px(ROW / 2.0);
    let style = theme.label_style();
    let lines = fit_lines(root, &row.label, &style, layout.label_width, 2)?;
    let line_height = theme.px(LINE_HEIGHT);
    let first_line = middle - line_height * (lines.len() as i32 - 1) / 2;
    let label = style.pos(Pos::new(HPos::Left, VPos::Center));
    for (number, line) in lines.iter().enumerate() {
        let y = first_line + line_height * number as i32;
        root.draw(&Text::new(line.as_str(), (theme.px(EDGE), y), label.clone()))?;
    }

    let mut marker_y = middle;
    match row.band {
        Some(band) => {
            let half = theme.px(BAND_HEIGHT / 2.0);
            draw_band_shape(root, (layout.x(band.lower), layout.x(band.upper)), middle, half, theme)?;
            draw_tick(root, (layout.x(band.median), middle), half + theme.px(TICK_OVERHANG), theme)?;
        }
        None => {
            // With a score, the words move up and the diamond down, so neither covers the other.
            let shift = if row.value.is_some() { theme.px(NO_FIGURE_SHIFT) } else { 0 };
            draw_no_figure(root, layout, middle - shift, theme)?;
            marker_y += shift;
        }
    }
    if let Some(value) = row.value {
        draw_diamond(root, (layout.x(value), marker_y), theme)?;
    }
    Ok(())
}

/// "No benchmark figure" in place of the band, set in from level 1 on a patch of background that
/// keeps the grid lines out of the words.
fn draw_no_figure<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    y: i32,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let style = theme.label_style();
    let (pad, half_line) = (theme.px(3.0), theme.px(LINE_HEIGHT / 2.0));
    let left = layout.first + pad;
    let room = root.dim_in_pixel().0 as i32 - left - theme.px(EDGE);
    let words = fit_lines(root, t::no_figure(), &style, room, 1)?.join(" ");
    let right = left + text_width(root, &words, &style)? + pad;
    root.draw(&Rectangle::new(
        [(layout.first - pad, y - half_line), (right, y + half_line)],
        theme.background.filled(),
    ))?;
    root.draw(&Text::new(words, (left, y), style.pos(Pos::new(HPos::Left, VPos::Center))))
}

/// The middle half of councils: a pale tint with a full-strength outline, visible on either theme.
fn draw_band_shape<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    (left, right): (i32, i32),
    middle: i32,
    half_height: i32,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let (top, bottom) = (middle - half_height, middle + half_height);
    root.draw(&Rectangle::new([(left, top), (right, bottom)], theme.target.mix(0.25).filled()))?;
    // A path rather than a rectangle's outline, which SVG draws 1 pixel wide at any scale.
    let outline = vec![(left, top), (right, top), (right, bottom), (left, bottom), (left, top)];
    root.draw(&PathElement::new(outline, theme.target.stroke_width(theme.px(1.0).max(1) as u32)))
}

/// The median: an upright line in the text's colour, reaching `reach` above and below `centre`.
fn draw_tick<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    (x, y): (i32, i32),
    reach: i32,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let stroke = theme.text.stroke_width(theme.px(2.0).max(1) as u32);
    root.draw(&PathElement::new(vec![(x, y - reach), (x, y + reach)], stroke))
}

/// The council's score: a diamond in the current colour inside a rim in the text's colour, so it
/// differs from the median tick in shape as well as colour.
fn draw_diamond<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    (x, y): (i32, i32),
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let rim = theme.px(DIAMOND);
    let inner = rim - theme.px(1.5).max(1);
    for (half, colour) in [(rim, theme.text), (inner, theme.current)] {
        let points = vec![(x, y - half), (x + half, y), (x, y + half), (x - half, y)];
        root.draw(&Polygon::new(points, colour.filled()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(label: &str, band: Option<(f64, f64, f64)>, value: Option<f64>) -> BenchmarkRow {
        let band = band.map(|(lower, median, upper)| Quartiles { lower, median, upper });
        BenchmarkRow { label: label.into(), band, value }
    }

    /// A row of each kind: band and score, band only, score only, neither.
    fn chart() -> BenchmarkChart {
        BenchmarkChart {
            rows: vec![
                row("Data and technology", Some((2.0, 2.5, 3.5)), Some(3.0)),
                row("Leadership", Some((1.5, 2.0, 3.0)), None),
                row("Inclusion", None, Some(4.0)),
                row("Skills", None, None),
            ],
            max: 5,
        }
    }

    fn draw_svg(chart: &BenchmarkChart, width: u32, theme: &ChartTheme) -> String {
        let height = (benchmark_chart_height(chart.rows.len()) * theme.scale).round() as u32;
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            draw_benchmark(&root, chart, theme).unwrap();
            root.present().unwrap();
        }
        svg
    }

    /// The value of `attribute` in an SVG tag.
    fn attribute<'a>(tag: &'a str, attribute: &str) -> &'a str {
        tag.split(&format!(" {attribute}=\"")).nth(1).unwrap().split('"').next().unwrap()
    }

    fn number(tag: &str, name: &str) -> f64 {
        attribute(tag, name).parse().unwrap()
    }

    /// The tags of `element` in `colour` ("#RRGGBB") as `paint` (fill or stroke), in the order drawn.
    fn tags<'a>(svg: &'a str, element: &str, paint: &str, colour: &str) -> Vec<&'a str> {
        let wanted = format!("{paint}=\"{colour}\"");
        svg.split(&format!("<{element}")).skip(1).filter(|tag| tag.to_uppercase().contains(&wanted)).collect()
    }

    /// Each tag's points, from its `points` attribute.
    fn points(tag: &str) -> Vec<(i32, i32)> {
        let pair = |p: &str| p.split_once(',').map(|(x, y)| (x.parse().unwrap(), y.parse().unwrap())).unwrap();
        attribute(tag, "points").split_whitespace().map(pair).collect()
    }

    /// Median ticks are the upright lines in the text's colour; diamonds' insides are in `current`.
    fn ticks_and_diamonds<'a>(svg: &'a str, theme: &ChartTheme) -> (Vec<&'a str>, Vec<&'a str>) {
        let hex = |c: RGBColor| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2);
        (tags(svg, "polyline", "STROKE", &hex(theme.text)), tags(svg, "polygon", "FILL", &hex(theme.current)))
    }

    /// Each piece of text, with its tag.
    fn texts(svg: &str) -> Vec<(&str, &str)> {
        svg.split("<text")
            .skip(1)
            .map(|tag| (tag.split('>').nth(1).unwrap().split('<').next().unwrap().trim(), tag))
            .collect()
    }

    #[test]
    fn a_median_tick_and_a_diamond_for_each_row_with_them_and_one_of_each_in_the_legend() {
        let theme = ChartTheme::light(1.0);
        let svg = draw_svg(&chart(), 640, &theme);
        let (ticks, diamonds) = ticks_and_diamonds(&svg, &theme);
        assert_eq!(ticks.len(), 1 + 2, "two rows have a benchmark figure");
        assert_eq!(diamonds.len(), 1 + 2, "two rows have a score");
        assert_eq!(svg.matches("opacity=\"0.25\"").count(), 1 + 2, "a tinted band for each figure");
        for words in ["Middle half of councils", "Median", "Your score", "Data and technology", "Skills", "5"] {
            assert!(svg.contains(&format!(">\n{words}\n<")), "{words}");
        }
    }

    #[test]
    fn a_row_without_a_figure_says_so_and_keeps_its_score_clear_of_the_words() {
        let theme = ChartTheme::light(1.0);
        let svg = draw_svg(&chart(), 640, &theme);
        let words: Vec<f64> = texts(&svg)
            .into_iter()
            .filter(|(text, _)| *text == "No benchmark figure")
            .map(|(_, tag)| number(tag, "y"))
            .collect();
        assert_eq!(words.len(), 2);
        let diamond_top = f64::from(points(ticks_and_diamonds(&svg, &theme).1[2])[0].1);
        assert!(words[0] + LINE_HEIGHT / 2.0 < diamond_top, "the words above the diamond: {words:?}, {diamond_top}");
    }

    #[test]
    fn a_score_at_the_median_sits_on_the_median_tick() {
        for scale in [1.0, 2.0, 3.0] {
            let theme = ChartTheme::light(scale);
            let median = 2.37;
            let rows = vec![row("Data", Some((1.8, median, 3.1)), Some(median))];
            let svg = draw_svg(&BenchmarkChart { rows, max: 5 }, (360.0 * scale) as u32, &theme);
            let (ticks, diamonds) = ticks_and_diamonds(&svg, &theme);
            let (tick_x, diamond_x) = (points(ticks[1])[0].0, points(diamonds[1])[0].0);
            assert!((tick_x - diamond_x).abs() <= 1, "at scale {scale}: {tick_x} and {diamond_x}");
        }
    }

    #[test]
    fn nothing_crosses_the_edges_of_a_narrow_canvas_with_long_labels() {
        let label_60 = "Digital inclusion, accessibility and assisted digital support";
        let rows = vec![
            row("Organisational capability, culture and the workforce of the future", Some((1.0, 3.0, 5.0)), Some(5.0)),
            row(label_60, None, Some(5.0)),
            row("Interoperabilityandstandardsforeverysharedservice", Some((4.0, 5.0, 5.0)), Some(1.0)),
        ];
        for theme in [ChartTheme::light(1.0), ChartTheme::dark(3.0)] {
            let width = (320.0 * theme.scale) as i32;
            let height = (benchmark_chart_height(rows.len()) * theme.scale).round() as i32;
            let svg = draw_svg(&BenchmarkChart { rows: rows.clone(), max: 5 }, width as u32, &theme);
            // plotters pins whatever crosses the edge to it, so nothing may reach the edge.
            for (x, y) in svg.split("<poly").skip(1).flat_map(points) {
                assert!((0..width).contains(&x) && (0..height).contains(&y), "({x}, {y}) within {width}x{height}");
            }
            for rect in svg.split("<rect").skip(2) {
                assert!(number(rect, "x") + number(rect, "width") < f64::from(width), "{rect}");
            }
            let mut scratch = String::new();
            let area = SVGBackend::with_string(&mut scratch, (1, 1)).into_drawing_area();
            for (text, tag) in texts(&svg) {
                let text_width = f64::from(text_width(&area, text, &theme.label_style()).unwrap());
                let centred = attribute(tag, "text-anchor") == "middle";
                let right = number(tag, "x") + if centred { text_width / 2.0 } else { text_width };
                assert!(right <= f64::from(width), "{text:?} ends at {right}, beyond {width}");
            }
            assert!(svg.contains("…"), "long labels are cut short");
        }
    }

    #[test]
    fn scales_every_length_by_the_pixel_ratio() {
        let plain = draw_svg(&chart(), 360, &ChartTheme::light(1.0));
        let band_height = |svg: &str| number(tags(svg, "rect", "FILL", "#C2410C")[1], "height");
        let skills_y = |svg: &str| number(texts(svg).into_iter().find(|(text, _)| *text == "Skills").unwrap().1, "y");
        let font = |svg: &str| number(svg.split("<text").nth(1).unwrap(), "font-size");
        for scale in [2.0, 3.0] {
            let sharp = draw_svg(&chart(), (360.0 * scale) as u32, &ChartTheme::light(scale));
            assert_eq!(band_height(&sharp), scale * band_height(&plain), "bands thicken");
            assert!((skills_y(&sharp) - scale * skills_y(&plain)).abs() <= 1.0, "rows deepen");
            assert!((font(&sharp) - scale * font(&plain)).abs() < 0.01, "text grows");
        }
    }

    #[test]
    fn both_themes_draw_in_their_own_colours() {
        for (theme, colours) in [
            (ChartTheme::light(2.0), ["#FFFFFF", "#C2410C", "#1D70B8", "#0B0C0C"]),
            (ChartTheme::dark(2.0), ["#1B1D1F", "#FFB27A", "#8EC5F5", "#F3F2F1"]),
        ] {
            let svg = draw_svg(&chart(), 720, &theme);
            for colour in colours {
                assert!(svg.to_uppercase().contains(colour), "{colour}");
            }
            assert_eq!(ticks_and_diamonds(&svg, &theme).1.len(), 3);
        }
    }

    #[test]
    fn a_welsh_page_draws_the_words_in_welsh() {
        crate::i18n::use_compiled_in(crate::domain::language::Language::Welsh);
        let svg = draw_svg(&chart(), 640, &ChartTheme::light(1.0));
        crate::i18n::use_compiled_in(crate::domain::language::Language::English);
        for words in ["Hanner canol y cynghorau", "Canolrif", "Eich sgôr", "Dim ffigur meincnod"] {
            assert!(svg.contains(&format!(">\n{words}\n<")), "{words}");
        }
    }

    #[test]
    fn the_height_allows_for_the_legend_and_every_row() {
        assert_eq!(benchmark_chart_height(0), LEGEND + HEADER + FOOTER);
        assert_eq!(benchmark_chart_height(12), LEGEND + HEADER + 12.0 * ROW + FOOTER);
    }
}

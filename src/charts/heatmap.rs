//! A heat map: how many statements in each area sit at each level, as a grid of shaded cells with
//! the count written in each, so the number carries the value and the shade only shows the pattern.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{ChartTheme, DrawResult, LINE_HEIGHT, contrast, fit_lines, names_above, text_width, widest_text};

/// What a heat map shows: a row for each area and a column for each answer.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatMap {
    /// The areas, top to bottom.
    pub rows: Vec<HeatRow>,
    /// A heading for each column, such as "1" to "5" then "Don't know", "Not applicable" and
    /// "Not answered". Headings wrap onto up to three lines and are cut short beyond that, so on a
    /// phone (about 360 CSS pixels) they need to be short, such as "DK", "N/A" and "None".
    pub columns: Vec<String>,
}

/// One area of a heat map.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatRow {
    /// The area's name; wrapped onto two lines, and cut short if it is longer still.
    pub label: String,
    /// How many statements sit in each column, in the order of `HeatMap::columns`.
    pub counts: Vec<usize>,
}

/// The band above the grid for the column headings, three lines deep, in CSS pixels.
const HEADER: f64 = 56.0;
/// One row, tall enough for a two-line label, in CSS pixels.
const ROW: f64 = 40.0;
/// On a phone, one row: its label's line, its cells, and a gap before the next, in CSS pixels.
const NAME_LINE: f64 = 20.0;
const PHONE_CELLS: f64 = 30.0;
const PHONE_ROW: f64 = NAME_LINE + PHONE_CELLS + 6.0;
/// Space below the grid, in CSS pixels.
const FOOTER: f64 = 8.0;
/// Space at the left and right edges, in CSS pixels.
const EDGE: f64 = 4.0;
/// Space between the row labels and the grid, in CSS pixels.
const GUTTER: f64 = 8.0;
/// The widest the label column may be, as a fraction of the chart's width.
const LABEL_SHARE: f64 = 0.35;
/// The narrowest the label column may be made to give the columns room, as a fraction of the width.
const MIN_LABEL_SHARE: f64 = 0.25;
/// The narrowest a column may be, room for a three-digit count, in CSS pixels.
const MIN_COLUMN: f64 = 28.0;

/// The height in CSS pixels that a heat map of `rows` rows needs `css_width` wide, for sizing its
/// canvas: on a phone each row's label has a line of its own above its cells.
pub fn heatmap_height(rows: usize, css_width: f64) -> f64 {
    let row = if names_above(css_width) { PHONE_ROW } else { ROW };
    HEADER + row * rows as f64 + FOOTER
}

/// Draws the map to fill `root`, which should be `heatmap_height` CSS pixels tall. Each cell's shade
/// runs from the background (none) to the theme's heat colour (the largest count on the map).
pub fn draw_heatmap<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    map: &HeatMap,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    root.fill(&theme.background)?;
    if map.columns.is_empty() {
        return Ok(());
    }
    let layout = Layout::new(root, map, theme)?;
    draw_headings(root, &layout, &map.columns, theme)?;
    let most = map.rows.iter().flat_map(|row| &row.counts).copied().max().unwrap_or(0);
    for (index, row) in map.rows.iter().enumerate() {
        draw_row(root, &layout, index, row, most, theme)?;
    }
    draw_grid(root, &layout, map.rows.len(), theme)
}

/// Where the rows and columns fall, in device pixels.
struct Layout {
    /// The width of the labels' column at the left; 0 when each label is above its row.
    label_width: i32,
    /// The left edge of each column, then the right edge of the last.
    edges: Vec<i32>,
    /// Whether each row's label is on a line above its cells (on a phone).
    names_above: bool,
    scale: f64,
}

impl Layout {
    /// Each column as wide as the longest word in its heading needs, with what is left shared
    /// equally; row labels as wide as the widest needs, up to `LABEL_SHARE` of the width, giving way
    /// to the columns down to `MIN_LABEL_SHARE`. When even that is too little, every column gives way
    /// in proportion and the longest heading words are cut short.
    fn new<DB: DrawingBackend>(
        root: &DrawingArea<DB, Shift>,
        map: &HeatMap,
        theme: &ChartTheme,
    ) -> Result<Layout, DrawingAreaErrorKind<DB::ErrorType>> {
        let width = f64::from(root.dim_in_pixel().0);
        let names_above = names_above(width / theme.scale);
        let style = theme.label_style();
        let widest_label = if names_above {
            0.0
        } else {
            f64::from(widest_text(root, map.rows.iter().map(|row| row.label.as_str()), &style)?)
        };
        let mut needs = Vec::with_capacity(map.columns.len());
        for heading in &map.columns {
            let mut need = f64::from(theme.px(MIN_COLUMN));
            for word in heading.split_whitespace() {
                need = need.max(f64::from(text_width(root, word, &style)? + theme.px(6.0)));
            }
            needs.push(need);
        }
        let total_need: f64 = needs.iter().sum();
        let gutter = if names_above { 0.0 } else { GUTTER };
        let room = width - f64::from(theme.px(2.0 * EDGE + gutter));
        let label_width = if names_above {
            0.0
        } else {
            widest_label.min(width * LABEL_SHARE).min((room - total_need).max(width * MIN_LABEL_SHARE)).round()
        };
        let available = room - label_width;
        let spare = (available - total_need) / needs.len() as f64;
        let mut edge = f64::from(theme.px(EDGE + gutter)) + label_width;
        let mut edges = vec![edge.round() as i32];
        for need in needs {
            edge += if spare >= 0.0 { need + spare } else { need * available / total_need };
            edges.push(edge.round() as i32);
        }
        Ok(Layout { label_width: label_width as i32, edges, names_above, scale: theme.scale })
    }

    /// How many columns there are.
    fn columns(&self) -> usize {
        self.edges.len() - 1
    }

    /// The top of a row, or the bottom of the last one for the number of rows; worked out from CSS
    /// pixels each time so that rounding never adds up past the canvas's height.
    fn row_top(&self, index: usize) -> i32 {
        let row = if self.names_above { PHONE_ROW } else { ROW };
        ((HEADER + row * index as f64) * self.scale).round() as i32
    }

    /// The top and bottom of a row's cells: the whole row, or below its label on a phone.
    fn cells(&self, index: usize) -> (i32, i32) {
        let top = self.row_top(index);
        if self.names_above {
            (
                top + (NAME_LINE * self.scale).round() as i32,
                top + ((NAME_LINE + PHONE_CELLS) * self.scale).round() as i32,
            )
        } else {
            (top, self.row_top(index + 1))
        }
    }
}

/// Each column's heading, centred over it and sitting on the grid.
fn draw_headings<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    columns: &[String],
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let style = theme.label_style();
    let centred = style.pos(Pos::new(HPos::Center, VPos::Center));
    let line_height = theme.px(LINE_HEIGHT);
    let last_line = layout.row_top(0) - theme.px(4.0) - line_height / 2;
    for (index, heading) in columns.iter().enumerate() {
        let (left, right) = (layout.edges[index], layout.edges[index + 1]);
        let lines = fit_lines(root, heading, &style, right - left - theme.px(4.0), 3)?;
        let x = (left + right) / 2;
        let first = last_line - line_height * (lines.len() as i32 - 1);
        for (number, line) in lines.iter().enumerate() {
            root.draw(&Text::new(line.as_str(), (x, first + line_height * number as i32), centred.clone()))?;
        }
    }
    Ok(())
}

/// One area: its label, then a cell per column shaded by its count, with the count written in it.
fn draw_row<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    index: usize,
    row: &HeatRow,
    most: usize,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let (top, bottom) = layout.cells(index);
    let middle = (top + bottom) / 2;
    let style = theme.label_style();
    if layout.names_above {
        let width = root.dim_in_pixel().0 as i32 - 2 * theme.px(EDGE);
        if let Some(line) = fit_lines(root, &row.label, &style, width, 1)?.pop() {
            let at = (theme.px(EDGE), layout.row_top(index) + theme.px(2.0));
            root.draw(&Text::new(line, at, style.pos(Pos::new(HPos::Left, VPos::Top))))?;
        }
    } else {
        let lines = fit_lines(root, &row.label, &style, layout.label_width, 2)?;
        let line_height = theme.px(LINE_HEIGHT);
        let first = middle - line_height * (lines.len() as i32 - 1) / 2;
        let label = style.pos(Pos::new(HPos::Left, VPos::Center));
        for (number, line) in lines.iter().enumerate() {
            root.draw(&Text::new(line.as_str(), (theme.px(EDGE), first + line_height * number as i32), label.clone()))?;
        }
    }

    for (column, &count) in row.counts.iter().enumerate().take(layout.columns()) {
        // An empty cell is left blank: no shade and no number.
        if count == 0 {
            continue;
        }
        let (left, right) = (layout.edges[column], layout.edges[column + 1]);
        let shade = blend(theme.background, theme.heat, count as f64 / most as f64);
        root.draw(&Rectangle::new([(left, top), (right, bottom)], shade.filled()))?;
        let ink = ink_on(shade);
        let number = style.color(&ink).pos(Pos::new(HPos::Center, VPos::Center));
        root.draw(&Text::new(count.to_string(), ((left + right) / 2, middle), number))?;
    }
    Ok(())
}

/// A line round every cell, drawn last so that shading never covers one: one grid, or on a phone
/// one strip of cells under each label.
fn draw_grid<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    layout: &Layout,
    rows: usize,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let grid = ShapeStyle::from(&theme.grid).stroke_width(theme.px(1.0).max(1) as u32);
    let (left, right) = (layout.edges[0], layout.edges[layout.columns()]);
    let strips = if layout.names_above {
        (0..rows).map(|index| layout.cells(index)).collect()
    } else {
        vec![(layout.row_top(0), layout.row_top(rows))]
    };
    let across: Vec<i32> = if layout.names_above {
        strips.iter().flat_map(|&(top, bottom)| [top, bottom]).collect()
    } else {
        (0..=rows).map(|index| layout.row_top(index)).collect()
    };
    for y in across {
        root.draw(&PathElement::new(vec![(left, y), (right, y)], grid))?;
    }
    for (top, bottom) in strips {
        for &x in &layout.edges {
            root.draw(&PathElement::new(vec![(x, top), (x, bottom)], grid))?;
        }
    }
    Ok(())
}

/// The colour `share` of the way from `from` to `to`.
fn blend(from: RGBColor, to: RGBColor, share: f64) -> RGBColor {
    let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * share.clamp(0.0, 1.0)).round() as u8;
    RGBColor(mix(from.0, to.0), mix(from.1, to.1), mix(from.2, to.2))
}

/// Black or white, whichever stands out more on `shade`: one of them always reaches 4.5:1.
fn ink_on(shade: RGBColor) -> RGBColor {
    if contrast(shade, BLACK) >= contrast(shade, WHITE) { BLACK } else { WHITE }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> HeatMap {
        HeatMap {
            rows: vec![
                HeatRow { label: "Data and technology".into(), counts: vec![0, 1, 2, 0, 0, 1, 0, 0] },
                HeatRow { label: "Leadership".into(), counts: vec![3, 0, 0, 5, 1, 0, 0, 12] },
            ],
            columns: ["1", "2", "3", "4", "5", "Don't know", "Not applicable", "Not answered"]
                .map(String::from)
                .to_vec(),
        }
    }

    fn draw_svg(map: &HeatMap, width: u32, theme: &ChartTheme) -> String {
        let height = (heatmap_height(map.rows.len(), f64::from(width) / theme.scale) * theme.scale).round() as u32;
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            draw_heatmap(&root, map, theme).unwrap();
            root.present().unwrap();
        }
        svg
    }

    /// Each piece of text with its fill colour (as "#RRGGBB") and position, in the order drawn.
    fn texts(svg: &str) -> Vec<(String, String, i32, i32)> {
        let attribute = |tag: &str, name: &str| {
            tag.split(&format!(" {name}=\"")).nth(1).unwrap().split('"').next().unwrap().to_string()
        };
        svg.split("<text")
            .skip(1)
            .map(|tag| {
                let text = tag.split('>').nth(1).unwrap().split('<').next().unwrap().trim().replace("&apos;", "'");
                let fill = attribute(tag, "fill").to_uppercase();
                (text, fill, attribute(tag, "x").parse().unwrap(), attribute(tag, "y").parse().unwrap())
            })
            .collect()
    }

    /// The counts written in the cells, in the order drawn, with their colour.
    fn counts(svg: &str) -> Vec<(String, String)> {
        let below_headings = heatmap_height(0, 640.0) as i32 - FOOTER as i32;
        texts(svg)
            .into_iter()
            .filter(|(text, _, _, y)| *y > below_headings && text.parse::<usize>().is_ok())
            .map(|(text, fill, _, _)| (text, fill))
            .collect()
    }

    #[test]
    fn every_count_is_written_and_empty_cells_are_blank() {
        let svg = draw_svg(&map(), 640, &ChartTheme::light(1.0));
        let written: Vec<String> = counts(&svg).into_iter().map(|(text, _)| text).collect();
        assert_eq!(written, ["1", "2", "1", "3", "5", "1", "12"], "each non-empty cell, row by row");
        let shaded = svg.split("<rect").skip(2).count();
        assert_eq!(shaded, 7, "only non-empty cells are shaded, besides the background");
    }

    #[test]
    fn rows_and_columns_are_labelled() {
        let svg = draw_svg(&map(), 640, &ChartTheme::light(1.0));
        let all = texts(&svg);
        let has = |text: &str| all.iter().any(|(t, ..)| t == text);
        assert!(has("Data and technology") && has("Leadership"));
        for level in ["1", "2", "3", "4", "5"] {
            assert!(has(level), "level {level} heads a column");
        }
        let words: Vec<&str> = all.iter().flat_map(|(t, ..)| t.split_whitespace()).collect();
        for word in ["Don't", "know", "Not", "applicable", "answered"] {
            assert!(words.contains(&word), "{word} is in a column heading");
        }
        assert!(!svg.contains('…'), "nothing is cut short at this width");
    }

    #[test]
    fn numbers_stand_out_from_their_cell() {
        let light = counts(&draw_svg(&map(), 640, &ChartTheme::light(1.0)));
        assert!(light.contains(&("1".into(), "#000000".into())), "dark on a pale cell: {light:?}");
        assert!(light.contains(&("12".into(), "#FFFFFF".into())), "light on the darkest cell: {light:?}");
        let dark = counts(&draw_svg(&map(), 640, &ChartTheme::dark(1.0)));
        assert!(dark.contains(&("1".into(), "#FFFFFF".into())), "light on a dim cell: {dark:?}");
        assert!(dark.contains(&("12".into(), "#000000".into())), "dark on the brightest cell: {dark:?}");
    }

    #[test]
    fn every_shade_keeps_its_number_readable() {
        for theme in [ChartTheme::light(1.0), ChartTheme::dark(1.0)] {
            for step in 0..=100 {
                let shade = blend(theme.background, theme.heat, f64::from(step) / 100.0);
                assert!(contrast(ink_on(shade), shade) >= 4.5, "{shade:?}");
            }
        }
    }

    #[test]
    fn shades_run_from_the_background_to_the_heat_colour() {
        let theme = ChartTheme::light(1.0);
        assert_eq!(blend(theme.background, theme.heat, 0.0), theme.background);
        assert_eq!(blend(theme.background, theme.heat, 1.0), theme.heat);
        assert_eq!(blend(RGBColor(0, 0, 0), RGBColor(200, 100, 50), 0.5), RGBColor(100, 50, 25));
        let svg = draw_svg(&map(), 640, &theme).to_uppercase();
        assert!(svg.contains("FILL=\"#003078\""), "the largest count gets the full heat colour");
    }

    #[test]
    fn scales_every_length_by_the_pixel_ratio() {
        let plain = texts(&draw_svg(&map(), 640, &ChartTheme::light(1.0)));
        let sharp = texts(&draw_svg(&map(), 1280, &ChartTheme::light(2.0)));
        let place = |all: &[(String, String, i32, i32)]| {
            all.iter().find(|(t, ..)| t == "12").map(|(.., x, y)| (*x, *y)).unwrap()
        };
        let ((x1, y1), (x2, y2)) = (place(&plain), place(&sharp));
        assert!((x2 - 2 * x1).abs() <= 2 && (y2 - 2 * y1).abs() <= 2, "({x1}, {y1}) doubles to ({x2}, {y2})");
    }

    #[test]
    fn on_a_phone_each_label_is_whole_above_its_row_and_short_headings_fit() {
        let mut narrow =
            HeatMap { columns: ["1", "2", "3", "4", "5", "DK", "N/A", "None"].map(String::from).to_vec(), ..map() };
        narrow.rows[0].label = "Organisational capability".into();
        let svg = draw_svg(&narrow, 320, &ChartTheme::light(1.0));
        assert!(!svg.contains('…'), "nothing is cut short");
        let all = texts(&svg);
        let height = heatmap_height(2, 320.0) as i32;
        assert!(all.iter().all(|(.., y)| *y > 0 && *y < height), "everything is on the canvas");
        let (_, _, label_x, label_y) = all.iter().find(|(t, ..)| t == "Organisational capability").unwrap();
        assert_eq!(*label_x, EDGE as i32, "the label starts at the left edge");
        // The first row's count of 1 is in the second column.
        let below_headings = (HEADER - 4.0) as i32;
        let (_, _, count_x, count_y) = all.iter().find(|(t, _, _, y)| t == "1" && *y > below_headings).unwrap();
        assert!(label_y < count_y, "the label is above its cells");
        assert!(*count_x < 320 / 4, "the cells start at the left edge too, not after a label column: {count_x}");
        assert_eq!(counts(&svg).len(), 7, "every count is still written");
    }

    #[test]
    fn the_height_allows_for_every_row() {
        assert_eq!(heatmap_height(0, 640.0), HEADER + FOOTER);
        assert_eq!(heatmap_height(12, 640.0), HEADER + 12.0 * ROW + FOOTER);
        assert_eq!(
            heatmap_height(12, 360.0),
            HEADER + 12.0 * PHONE_ROW + FOOTER,
            "a phone's rows hold a label line too"
        );
    }
}

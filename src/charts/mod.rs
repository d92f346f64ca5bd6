//! Charts as drawing functions over any plotters backend: a canvas in the app, SVG in tests.

pub mod area_bars;
pub mod benchmark;
mod chart;
pub mod gaps;
pub mod heatmap;
mod level_rows;
mod marks;
pub mod performance;
pub mod radar;
pub mod range_radar;
pub mod score_trend;

pub use chart::Chart;
use plotters::coord::Shift;
use plotters::prelude::*;

/// What every drawing function returns: nothing, or the backend's error.
pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Colours and sizes for one drawing; `scale` is the device pixel ratio, applied to every length.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartTheme {
    /// Device pixels per CSS pixel; every length in the charts is multiplied by it.
    pub scale: f64,
    /// Labels, numbers and legends.
    pub text: RGBColor,
    /// Rings, spokes and grid lines.
    pub grid: RGBColor,
    /// Behind everything.
    pub background: RGBColor,
    /// The current scores.
    pub current: RGBColor,
    /// The targets and the gaps up to them, at least 3:1 against the background.
    pub target: RGBColor,
    /// The fullest heat-map cell; emptier cells blend from the background towards it.
    pub heat: RGBColor,
}

impl ChartTheme {
    /// Colours for a light page.
    pub fn light(scale: f64) -> ChartTheme {
        ChartTheme {
            scale,
            text: RGBColor(0x0b, 0x0c, 0x0c),
            grid: RGBColor(0xb1, 0xb4, 0xb6),
            background: RGBColor(0xff, 0xff, 0xff),
            current: RGBColor(0x1d, 0x70, 0xb8),
            target: RGBColor(0xc2, 0x41, 0x0c),
            heat: RGBColor(0x00, 0x30, 0x78),
        }
    }

    /// Colours for a page in dark mode.
    pub fn dark(scale: f64) -> ChartTheme {
        ChartTheme {
            scale,
            text: RGBColor(0xf3, 0xf2, 0xf1),
            grid: RGBColor(0x6f, 0x77, 0x7b),
            background: RGBColor(0x1b, 0x1d, 0x1f),
            current: RGBColor(0x8e, 0xc5, 0xf5),
            target: RGBColor(0xff, 0xb2, 0x7a),
            heat: RGBColor(0xc5, 0xe2, 0xfb),
        }
    }

    fn px(&self, css_pixels: f64) -> i32 {
        (css_pixels * self.scale).round() as i32
    }

    /// Labels at the size every chart uses for its words.
    fn label_style(&self) -> TextStyle<'_> {
        TextStyle::from((FONT, LABEL_SIZE * self.scale).into_font()).color(&self.text)
    }
}

const FONT: &str = "sans-serif";
const LABEL_SIZE: f64 = 13.0;
/// Numbers along a scale: the smallest text on any chart, in CSS pixels, legible on a phone.
const SMALL_TEXT: f64 = 12.0;
/// Distance between the baselines of wrapped label lines, in CSS pixels.
const LINE_HEIGHT: f64 = LABEL_SIZE * 1.25;

/// Splits `text` into at most `max_lines` lines of whole words no wider than `width` device pixels.
/// Whatever still does not fit is cut short with an ellipsis; the full text is in the data table.
fn fit_lines<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle,
    width: i32,
    max_lines: usize,
) -> Result<Vec<String>, DrawingAreaErrorKind<DB::ErrorType>> {
    let fits = |line: &str| text_width(area, line, style).map(|w| w <= width);
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut lines: Vec<String> = Vec::new();
    for (index, word) in words.iter().enumerate() {
        if let Some(line) = lines.last_mut() {
            let joined = format!("{line} {word}");
            if fits(&joined)? {
                *line = joined;
                continue;
            }
        }
        if lines.len() == max_lines {
            let last = lines.pop().unwrap_or_default();
            lines.push(format!("{last} {}", words[index..].join(" ")));
            break;
        }
        lines.push(word.to_string());
    }
    for line in &mut lines {
        let mut chars: Vec<char> = line.chars().collect();
        let cut = chars.len();
        while !chars.is_empty() && !fits(&shortened(&chars, cut))? {
            chars.pop();
        }
        *line = shortened(&chars, cut);
    }
    Ok(lines)
}

/// Below this width, in CSS pixels (a phone's), charts with a row per area write each area's name
/// on a line of its own above its row, so that the figures can use the whole width: the radars
/// become a bar per area, and the heat map's rows move under their names.
const PHONE_WIDTH: f64 = 480.0;

/// Whether a chart `css_width` CSS pixels wide writes its areas' names above their rows.
pub fn names_above(css_width: f64) -> bool {
    css_width < PHONE_WIDTH
}

/// How wide `area` is in CSS pixels.
fn css_width<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, theme: &ChartTheme) -> f64 {
    f64::from(area.dim_in_pixel().0) / theme.scale
}

/// How wide `text` is in device pixels, on one line.
fn text_width<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle,
) -> Result<i32, DrawingAreaErrorKind<DB::ErrorType>> {
    Ok(area.estimate_text_size(text, style)?.0 as i32)
}

/// How wide the widest of `texts` is in device pixels, each on one line; 0 with none.
fn widest_text<'t, DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    texts: impl IntoIterator<Item = &'t str>,
    style: &TextStyle,
) -> Result<i32, DrawingAreaErrorKind<DB::ErrorType>> {
    let mut widest = 0;
    for text in texts {
        widest = widest.max(text_width(area, text, style)?);
    }
    Ok(widest)
}

/// `chars` as a string, with an ellipsis if characters were taken off the `original_len`.
fn shortened(chars: &[char], original_len: usize) -> String {
    let kept: String = chars.iter().collect();
    if chars.len() == original_len { kept } else { format!("{}…", kept.trim_end()) }
}

/// The WCAG contrast ratio between two colours, from 1 (none) to 21 (black on white).
fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// WCAG relative luminance.
fn luminance(colour: RGBColor) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.039_28 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * linear(colour.0) + 0.7152 * linear(colour.1) + 0.0722 * linear(colour.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_colours_stand_out_from_the_background_in_both_themes() {
        for theme in [ChartTheme::light(1.0), ChartTheme::dark(1.0)] {
            for colour in [theme.current, theme.target, theme.heat, theme.text] {
                assert!(contrast(colour, theme.background) >= 3.0, "{colour:?} on {:?}", theme.background);
            }
        }
    }

    #[test]
    fn contrast_runs_from_one_to_twenty_one() {
        assert!((contrast(BLACK, WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(WHITE, BLACK) - 21.0).abs() < 0.01);
        assert!((contrast(RGBColor(0x1d, 0x70, 0xb8), RGBColor(0x1d, 0x70, 0xb8)) - 1.0).abs() < 0.001);
    }

    fn lines(text: &str, width: i32, max_lines: usize) -> Vec<String> {
        let mut svg = String::new();
        let root = SVGBackend::with_string(&mut svg, (400, 100)).into_drawing_area();
        fit_lines(&root, text, &ChartTheme::light(1.0).label_style(), width, max_lines).unwrap()
    }

    #[test]
    fn fitting_wraps_whole_words_and_cuts_what_is_left_short() {
        assert_eq!(lines("Data and technology", 400, 2), ["Data and technology"]);
        assert_eq!(lines("Data and technology", 60, 2), ["Data and", "technology"]);
        let cut = lines("Organisational capability and culture", 100, 2);
        assert_eq!(cut.len(), 2);
        assert_eq!(cut[0], "Organisational");
        assert!(cut[1].starts_with("capability") && cut[1].ends_with('…'), "{cut:?}");
        let long_word = lines("Interoperability", 40, 2);
        assert!(long_word[0].ends_with('…') && long_word[0].len() < "Interoperability".len(), "{long_word:?}");
    }
}

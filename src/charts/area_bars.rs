//! The radar charts as drawn on a narrow screen: a row per area, its name above a bar on the
//! scale. Round a radar the names need room that a phone does not have, which left its plot
//! about a third of the width; a bar under its name can use nearly all of it, with 12 areas or 3.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::level_rows::LevelRows;
use super::marks::{LEGEND_HEIGHT, band_outline, draw_dot, draw_square};
use super::{ChartTheme, DrawResult, fit_lines, text_width};
use crate::i18n::t::radar as t;

/// The row of level numbers above the first bar, in CSS pixels.
const HEADER: f64 = 20.0;
/// One area: its name, then its bar, in CSS pixels.
const ROW: f64 = 48.0;
/// From a row's top to the middle of its bar, in CSS pixels: the name's line above it.
const BAR_MIDDLE: f64 = 31.0;
const BAR_HEIGHT: f64 = 14.0;
/// How far the scale's lines reach beyond a bar, above and below, in CSS pixels.
const TICK_OVERHANG: f64 = 3.0;
const FOOTER: f64 = 6.0;
/// Space at the left and right edges, in CSS pixels.
const EDGE: f64 = 4.0;
/// Space before the figure written at a row's end, clear of a target's square at the top of the
/// scale, in CSS pixels.
const GUTTER: f64 = 14.0;

/// The height in CSS pixels of bars for `rows` areas, with or without a legend above them.
pub fn area_bars_height(rows: usize, legend: bool) -> f64 {
    let legend = if legend { LEGEND_HEIGHT } else { 0.0 };
    legend + HEADER + ROW * rows as f64 + FOOTER
}

/// A score's bar, as a legend's sample between `from` and `to`.
pub fn bar_sample<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    from: (i32, i32),
    to: (i32, i32),
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let half = theme.px(BAR_HEIGHT / 2.0);
    area.draw(&Rectangle::new([(from.0, from.1 - half), (to.0, to.1 + half)], theme.current.filled()))
}

/// What one row shows besides its name.
pub enum Mark {
    /// A bar from 0 to the score, and a hollow square at the target if there is one.
    Score { score: Option<f64>, target: Option<f64> },
    /// A band from the lowest to the highest score, and a dot at the median.
    Range { median: Option<f64>, range: Option<(f64, f64)> },
}

impl Mark {
    /// The figure written at the end of the row: the score, or the median.
    fn value(&self) -> Option<f64> {
        match self {
            Mark::Score { score, .. } => *score,
            Mark::Range { median, .. } => *median,
        }
    }
}

/// Draws a row per area in `area` (below any legend): `names` and `marks` in the same order.
pub fn draw_area_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    names: &[String],
    marks: &[Mark],
    max: u8,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    if max == 0 {
        return Ok(());
    }
    let layout = lay_out(area, max, theme)?;
    let number = theme.label_style().pos(Pos::new(HPos::Center, VPos::Center));
    for level in 1..=max {
        let at = (layout.x(f64::from(level)), theme.px(HEADER / 2.0));
        area.draw(&Text::new(level.to_string(), at, number.clone()))?;
    }
    for (index, (name, mark)) in names.iter().zip(marks).enumerate() {
        draw_row(area, &layout, index, name, mark, theme)?;
    }
    Ok(())
}

/// The scale takes the width but for the edges and room to write a score at the end.
fn lay_out<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    max: u8,
    theme: &ChartTheme,
) -> Result<LevelRows, DrawingAreaErrorKind<DB::ErrorType>> {
    let width = area.dim_in_pixel().0 as i32;
    let value_width = text_width(area, &format!("{max}.0"), &theme.label_style())?;
    Ok(LevelRows {
        zero: theme.px(EDGE),
        full: width - theme.px(EDGE) - value_width - theme.px(GUTTER),
        max: f64::from(max),
        first_row: HEADER,
        row: ROW,
        scale: theme.scale,
    })
}

/// One row: the name on its own line, the scale's lines, the marks and the figure at the end.
fn draw_row<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &LevelRows,
    index: usize,
    name: &str,
    mark: &Mark,
    theme: &ChartTheme,
) -> DrawResult<DB> {
    let top = layout.row_top(index);
    let width = area.dim_in_pixel().0 as i32;
    let style = theme.label_style();
    // A row without a figure says so after its name, where the words cross no line of the scale.
    let missing = match mark.value() {
        Some(_) => String::new(),
        None => format!(" {}", t::no_score()),
    };
    let room = width - 2 * theme.px(EDGE) - text_width(area, &missing, &style)?;
    if let Some(line) = fit_lines(area, name, &style, room, 1)?.pop() {
        let at = (layout.zero, top + theme.px(4.0));
        area.draw(&Text::new(line + &missing, at, style.pos(Pos::new(HPos::Left, VPos::Top))))?;
    }
    let middle = top + theme.px(BAR_MIDDLE);
    let half = theme.px(BAR_HEIGHT / 2.0);
    let reach = half + theme.px(TICK_OVERHANG);
    let grid = ShapeStyle::from(&theme.grid).stroke_width(theme.px(1.0).max(1) as u32);
    for level in 0..=layout.max as u8 {
        let x = layout.x(f64::from(level));
        area.draw(&PathElement::new(vec![(x, middle - reach), (x, middle + reach)], grid))?;
    }
    match *mark {
        Mark::Score { score, target } => {
            if let Some(score) = score {
                area.draw(&Rectangle::new(
                    [(layout.zero, middle - half), (layout.x(score), middle + half)],
                    theme.current.filled(),
                ))?;
            }
            if let Some(target) = target {
                draw_square(area, (layout.x(target), middle), theme)?;
            }
        }
        Mark::Range { median, range } => {
            if let Some((lowest, highest)) = range {
                let band = [(layout.x(lowest), middle - half), (layout.x(highest), middle + half)];
                area.draw(&Rectangle::new(band, theme.target.mix(0.3).filled()))?;
                area.draw(&Rectangle::new(band, band_outline(theme)))?;
            }
            if let Some(median) = median {
                draw_dot(area, (layout.x(median), middle), theme)?;
            }
        }
    }
    match mark.value() {
        Some(value) => {
            let at = (width - theme.px(EDGE), middle);
            area.draw(&Text::new(
                format!("{value:.1}"),
                at,
                theme.label_style().pos(Pos::new(HPos::Right, VPos::Center)),
            ))
        }
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::names_above;

    fn score(score: Option<f64>, target: Option<f64>) -> Mark {
        Mark::Score { score, target }
    }

    fn draw_svg(names: &[&str], marks: &[Mark], css_width: u32, theme: &ChartTheme) -> String {
        let height = (area_bars_height(marks.len(), false) * theme.scale).round() as u32;
        let width = (f64::from(css_width) * theme.scale).round() as u32;
        let names: Vec<String> = names.iter().map(|name| name.to_string()).collect();
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            draw_area_bars(&root, &names, marks, 5, theme).unwrap();
            root.present().unwrap();
        }
        svg
    }

    /// An attribute of an SVG tag, as a number.
    fn number(tag: &str, attribute: &str) -> i32 {
        tag.split(&format!(" {attribute}=\"")).nth(1).unwrap().split('"').next().unwrap().parse().unwrap()
    }

    fn rects_filled(svg: &str, colour: &str) -> Vec<String> {
        let fill = format!("FILL=\"{colour}\"");
        svg.split("<rect").skip(1).map(|tag| tag.to_uppercase()).filter(|tag| tag.contains(&fill)).collect()
    }

    #[test]
    fn a_bar_per_score_runs_from_nought_to_the_score_and_fills_most_of_the_width() {
        let svg = draw_svg(
            &["Data", "Ethics"],
            &[score(Some(5.0), None), score(Some(2.5), None)],
            330,
            &ChartTheme::light(1.0),
        );
        let bars = rects_filled(&svg, "#1D70B8");
        assert_eq!(bars.len(), 2);
        let (full, half) = (number(&bars[0], "WIDTH"), number(&bars[1], "WIDTH"));
        assert!(full > 330 * 4 / 5, "a full score spans over four fifths of a phone's chart: {full}");
        assert!((2 * half - full).abs() <= 2, "2.5 is half of 5: {half} of {full}");
        assert!(svg.contains(">\n5.0\n<") && svg.contains(">\n2.5\n<"), "each score is written");
    }

    #[test]
    fn names_are_written_whole_above_their_bars_or_cut_short() {
        let long = "Organisational capability, culture and the workforce of the future";
        let svg = draw_svg(
            &["Security and resilience", long],
            &[score(Some(3.0), None), score(Some(1.0), None)],
            330,
            &ChartTheme::light(1.0),
        );
        assert!(svg.contains(">\nSecurity and resilience\n<"), "a usual name fits on its line");
        let cut = svg.split("<text").find(|tag| tag.contains("Organisational")).unwrap();
        assert!(cut.contains('…') && !cut.contains("future"), "the rest of a long one is cut short: {cut}");
        let name_y = number(cut, "y");
        let bar_y = number(&rects_filled(&svg, "#1D70B8")[1], "Y");
        assert!(name_y < bar_y, "the name is above its bar");
    }

    #[test]
    fn a_target_is_a_hollow_square_and_a_missing_score_is_said() {
        let svg = draw_svg(
            &["Data", "Ethics"],
            &[score(Some(2.0), Some(4.0)), score(None, Some(3.0))],
            330,
            &ChartTheme::light(1.0),
        );
        let squares = svg.to_uppercase().matches("STROKE=\"#C2410C\"").count();
        assert_eq!(squares, 2, "a square per target, even where there is no score");
        assert!(!svg.to_uppercase().contains("FILL=\"#C2410C\""), "the squares are hollow");
        assert_eq!(rects_filled(&svg, "#1D70B8").len(), 1, "no bar without a score");
        let missing = svg.split("<text").find(|tag| tag.contains("(no score)")).unwrap();
        assert!(missing.contains(">\nEthics (no score)\n<"), "said after the name, clear of the scale: {missing}");
    }

    #[test]
    fn a_range_is_an_outlined_band_with_a_dot_at_the_median() {
        let marks =
            [Mark::Range { median: Some(3.0), range: Some((1.0, 4.0)) }, Mark::Range { median: None, range: None }];
        let svg = draw_svg(&["Data", "Ethics"], &marks, 330, &ChartTheme::dark(1.0));
        assert_eq!(svg.matches("<circle").count(), 1, "a dot per median");
        assert!(svg.to_uppercase().contains("STROKE=\"#FFB27A\""), "the band is outlined, in the dark theme's colour");
        assert!(svg.contains(">\n3.0\n<") && svg.contains("(no score)"));
    }

    #[test]
    fn scales_every_length_by_the_pixel_ratio_and_fits_the_height_given() {
        let marks = || [score(Some(3.0), Some(4.0)), score(Some(1.0), None), score(Some(5.0), None)];
        let plain = draw_svg(&["Data", "Ethics", "Value"], &marks(), 330, &ChartTheme::light(1.0));
        let sharp = draw_svg(&["Data", "Ethics", "Value"], &marks(), 330, &ChartTheme::light(3.0));
        let last_bar = |svg: &str| rects_filled(svg, "#1D70B8").pop().unwrap();
        assert_eq!(number(&last_bar(&sharp), "HEIGHT"), 3 * number(&last_bar(&plain), "HEIGHT"));
        let bottom = number(&last_bar(&plain), "Y") + number(&last_bar(&plain), "HEIGHT");
        assert!(bottom < area_bars_height(3, false) as i32, "within the canvas");
    }

    #[test]
    fn phones_get_bars_and_wider_screens_the_radar() {
        assert!(names_above(320.0) && names_above(400.0));
        assert!(!names_above(640.0));
        assert_eq!(area_bars_height(12, true), LEGEND_HEIGHT + HEADER + 12.0 * ROW + FOOTER);
    }
}

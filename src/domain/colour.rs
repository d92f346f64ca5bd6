//! A council's brand colour, checked against WCAG 2.2 contrast before it is used.
//!
//! The brand colour fills buttons and the header bar behind white text, so it must reach the
//! 4.5:1 contrast WCAG asks of normal text against white. A colour that falls short is darkened,
//! keeping its hue, until it passes.

use std::fmt;

use crate::i18n::t::colour as t;

/// WCAG 2.2 success criterion 1.4.3 (contrast, minimum) for normal text.
pub const MINIMUM_TEXT_CONTRAST: f64 = 4.5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour {
    pub red: u8,
    pub green: u8,
    pub blue: u8,
}

pub const WHITE: Colour = Colour { red: 255, green: 255, blue: 255 };

impl Colour {
    /// Reads `1d70b8`, `#1d70b8`, `1d7` or `#1d7`.
    pub fn parse(text: &str) -> Result<Colour, String> {
        let hex = text.trim().trim_start_matches('#');
        let digits: Vec<u8> = hex.chars().map_while(|c| c.to_digit(16)).map(|d| d as u8).collect();
        let valid = digits.len() == hex.chars().count();
        match (valid, digits.as_slice()) {
            (true, [r, g, b]) => Ok(Colour { red: r * 17, green: g * 17, blue: b * 17 }),
            (true, [r1, r2, g1, g2, b1, b2]) => {
                Ok(Colour { red: r1 * 16 + r2, green: g1 * 16 + g2, blue: b1 * 16 + b2 })
            }
            _ => Err(t::not_a_colour(super::text::excerpt(text.trim()))),
        }
    }

    /// Relative luminance as WCAG defines it, from 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let channel = |value: u8| {
            let c = f64::from(value) / 255.0;
            if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(self.red) + 0.7152 * channel(self.green) + 0.0722 * channel(self.blue)
    }

    pub fn contrast_with(self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// This colour moved `fraction` of the way to black.
    fn darkened(self, fraction: f64) -> Colour {
        let scale = |value: u8| (f64::from(value) * (1.0 - fraction)).round() as u8;
        Colour { red: scale(self.red), green: scale(self.green), blue: scale(self.blue) }
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.red, self.green, self.blue)
    }
}

/// A brand colour ready to use: the colour asked for, or a darker shade of it when that would
/// not be readable behind white text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Brand {
    pub requested: Colour,
    pub colour: Colour,
}

impl Brand {
    pub fn new(requested: Colour) -> Brand {
        // 1% steps keep the hue and stop at the first shade that passes; black always passes.
        let colour = (0..=100)
            .map(|step| requested.darkened(f64::from(step) / 100.0))
            .find(|shade| shade.contrast_with(WHITE) >= MINIMUM_TEXT_CONTRAST)
            .unwrap_or(Colour { red: 0, green: 0, blue: 0 });
        Brand { requested, colour }
    }

    pub fn was_adjusted(&self) -> bool {
        self.requested != self.colour
    }

    /// Says what happened to the colour, in words a person choosing it can act on.
    pub fn explanation(&self) -> String {
        let requested_contrast = self.requested.contrast_with(WHITE);
        let contrast = format!("{requested_contrast:.1}");
        if self.was_adjusted() {
            let shade_contrast = format!("{:.1}", self.colour.contrast_with(WHITE));
            t::adjusted(self.requested, contrast, MINIMUM_TEXT_CONTRAST, self.colour, shade_contrast)
        } else {
            t::meets(self.colour, contrast)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Brand, Colour};
    use crate::domain::language::Language;
    use crate::i18n::use_compiled_in;

    #[test]
    fn a_colour_is_explained_and_refused_in_welsh_with_the_same_figures() {
        use_compiled_in(Language::Welsh);
        let explanation = Brand::new(Colour::parse("ffdd00").unwrap()).explanation();
        let refused = Colour::parse("glas").unwrap_err();
        use_compiled_in(Language::English);
        assert!(explanation.starts_with("Mae gan destun gwyn ar #ffdd00 gyferbyniad o 1.3:1"), "{explanation}");
        assert!(explanation.contains("na'r 4.5:1") && explanation.contains("#877500 ("), "{explanation}");
        assert_eq!(refused, "nid yw \"glas\" yn lliw: rhowch chwe digid hecsadegol, fel 1d70b8");
    }
}

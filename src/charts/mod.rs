//! Charts as drawing functions over any plotters backend: a canvas in the app, SVG in tests.

pub mod radar;

use plotters::style::RGBColor;

/// Colours and sizes for one drawing; `scale` is the device pixel ratio, applied to every length.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartTheme {
    pub scale: f64,
    pub text: RGBColor,
    pub grid: RGBColor,
    pub background: RGBColor,
    pub current: RGBColor,
}

impl ChartTheme {
    pub fn light(scale: f64) -> ChartTheme {
        ChartTheme {
            scale,
            text: RGBColor(0x0b, 0x0c, 0x0c),
            grid: RGBColor(0xb1, 0xb4, 0xb6),
            background: RGBColor(0xff, 0xff, 0xff),
            current: RGBColor(0x1d, 0x70, 0xb8),
        }
    }

    pub fn dark(scale: f64) -> ChartTheme {
        ChartTheme {
            scale,
            text: RGBColor(0xf3, 0xf2, 0xf1),
            grid: RGBColor(0x6f, 0x77, 0x7b),
            background: RGBColor(0x1b, 0x1d, 0x1f),
            current: RGBColor(0x8e, 0xc5, 0xf5),
        }
    }

    fn px(&self, css_pixels: f64) -> i32 {
        (css_pixels * self.scale).round() as i32
    }
}

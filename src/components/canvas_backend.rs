//! plotters' canvas backend, measuring text with the canvas itself.
//!
//! plotters measures text by adding a span with a `style` attribute to the page. A Content
//! Security Policy without 'unsafe-inline' styles blocks that attribute, so every label would be
//! measured in the wrong font; the canvas measures text in exactly the font it draws with.

use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

type CanvasResult<T = ()> = Result<T, DrawingErrorKind<<CanvasBackend as DrawingBackend>::ErrorType>>;

pub struct MeasuringCanvas {
    canvas: CanvasBackend,
    context: CanvasRenderingContext2d,
}

impl MeasuringCanvas {
    pub fn new(canvas: HtmlCanvasElement) -> Option<MeasuringCanvas> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(MeasuringCanvas { canvas: CanvasBackend::with_canvas_object(canvas)?, context })
    }
}

impl DrawingBackend for MeasuringCanvas {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.canvas.get_size()
    }

    fn ensure_prepared(&mut self) -> CanvasResult {
        self.canvas.ensure_prepared()
    }

    fn present(&mut self) -> CanvasResult {
        self.canvas.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> CanvasResult {
        self.canvas.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> CanvasResult {
        self.canvas.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> CanvasResult {
        self.canvas.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> CanvasResult {
        self.canvas.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> CanvasResult {
        self.canvas.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> CanvasResult {
        self.canvas.fill_polygon(vert, style)
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> CanvasResult {
        self.canvas.draw_text(text, style, pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> CanvasResult<(u32, u32)> {
        // The same font string CanvasBackend::draw_text sets.
        self.context.set_font(&format!("{} {}px {}", style.style().as_str(), style.size(), style.family().as_str()));
        let line_height = style.size() * 1.2;
        Ok(match self.context.measure_text(text) {
            Ok(metrics) => {
                let height = metrics.font_bounding_box_ascent() + metrics.font_bounding_box_descent();
                (metrics.width().ceil() as u32, if height > 0.0 { height } else { line_height }.ceil() as u32)
            }
            // Only a detached canvas fails to measure; an average glyph width keeps the layout sane.
            Err(_) => ((style.size() * 0.55 * text.chars().count() as f64).ceil() as u32, line_height.ceil() as u32),
        })
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use plotters::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn text_is_measured_on_the_canvas_without_touching_the_page() {
        let document = web_sys::window().unwrap().document().unwrap();
        let canvas: HtmlCanvasElement = document.create_element("canvas").unwrap().unchecked_into();
        let backend = MeasuringCanvas::new(canvas).unwrap();
        let elements_before = document.get_elements_by_tag_name("*").length();
        let style = TextStyle::from(("sans-serif", 20.0).into_font());

        let (short, height) = backend.estimate_text_size("Data", &style).unwrap();
        let (long, _) = backend.estimate_text_size("Organisational capability", &style).unwrap();
        let (bigger, bigger_height) =
            backend.estimate_text_size("Data", &TextStyle::from(("sans-serif", 40.0).into_font())).unwrap();

        assert!(short > 20 && long > short * 4, "widths follow the text: {short} and {long}");
        assert!((20..40).contains(&height), "one line of 20 px text: {height}");
        assert!(bigger > short * 3 / 2 && bigger_height > height * 3 / 2, "sizes follow the font size");
        assert_eq!(document.get_elements_by_tag_name("*").length(), elements_before, "no element was added");
    }

    #[wasm_bindgen_test]
    fn long_text_is_measured_on_one_line() {
        let document = web_sys::window().unwrap().document().unwrap();
        let canvas: HtmlCanvasElement = document.create_element("canvas").unwrap().unchecked_into();
        let backend = MeasuringCanvas::new(canvas).unwrap();
        let style = TextStyle::from(("sans-serif", 36.0).into_font());
        let (word, height) = backend.estimate_text_size("capability", &style).unwrap();
        let (sentence, sentence_height) = backend.estimate_text_size(&["capability"; 12].join(" "), &style).unwrap();
        assert!(sentence > 12 * word, "12 words and 11 spaces measure {sentence}, one word {word}");
        assert_eq!(sentence_height, height, "still one line");
    }
}

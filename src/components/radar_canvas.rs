//! Draws a radar chart on a canvas sized to the screen's pixel density, redrawn on resize.

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen_futures::JsFuture;

use crate::app::Screen;
use crate::charts::ChartTheme;
use crate::charts::radar::{RadarChart, draw_radar};
use crate::web;

/// A chart image; `label` is its text alternative, and the page gives a data table beside it.
#[component]
pub fn RadarCanvas(chart: RadarChart, #[prop(into)] label: String) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    let chart = StoredValue::new(chart);
    let screen = use_context::<Screen>();
    let redraw = move || {
        if let Some(element) = canvas.get_untracked() {
            chart.with_value(|chart| paint(&element, chart));
        }
    };
    Effect::new(move |_| {
        // Tracked so that a switch to or from dark mode redraws the chart.
        let _dark = screen.map(|screen| screen.dark.get());
        if canvas.get().is_some() {
            redraw();
            // Text is measured when drawn, so draw again once web fonts (if any) have loaded.
            if let Some(fonts) = web_sys::window().and_then(|w| w.document()).map(|d| d.fonts()) {
                if let Ok(ready) = fonts.ready() {
                    leptos::task::spawn_local(async move {
                        if JsFuture::from(ready).await.is_ok() {
                            redraw();
                        }
                    });
                }
            }
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| redraw());
    on_cleanup(move || resize.remove());
    view! { <canvas node_ref=canvas class="chart" role="img" aria-label=label></canvas> }
}

fn paint(canvas: &web_sys::HtmlCanvasElement, chart: &RadarChart) {
    let scale = web::device_pixel_ratio();
    let css_width = f64::from(canvas.client_width().max(200));
    let css_height = (css_width * 0.8).clamp(280.0, 460.0);
    let _ = web_sys::HtmlElement::style(canvas).set_property("height", &format!("{css_height}px"));
    canvas.set_width((css_width * scale).round() as u32);
    canvas.set_height((css_height * scale).round() as u32);
    let theme = if web::prefers_dark() { ChartTheme::dark(scale) } else { ChartTheme::light(scale) };
    if let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) {
        let root = backend.into_drawing_area();
        if let Err(error) = draw_radar(&root, chart, &theme).and_then(|()| root.present()) {
            web_sys::console::warn_1(&format!("The chart could not be drawn: {error}").into());
        }
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn the_backing_store_matches_the_screen_and_the_chart_is_drawn() {
        let document = web_sys::window().unwrap().document().unwrap();
        let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").unwrap().unchecked_into();
        web_sys::HtmlElement::style(&canvas).set_property("width", "400px").unwrap();
        web_sys::HtmlElement::style(&canvas).set_property("display", "block").unwrap();
        document.body().unwrap().append_child(&canvas).unwrap();
        let chart = RadarChart {
            axes: ["Connectivity", "Data", "Democracy", "Ethics", "Inclusion"].map(String::from).to_vec(),
            max: 5,
            values: vec![Some(1.0), Some(3.0), None, Some(5.0), Some(2.0)],
        };

        paint(&canvas, &chart);

        let ratio = web::device_pixel_ratio();
        assert_eq!(canvas.width(), (400.0 * ratio).round() as u32);
        assert_eq!(canvas.height(), (320.0 * ratio).round() as u32, "height follows width, 4 to 5");
        let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().unchecked_into();
        let pixels =
            context.get_image_data(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height())).unwrap().data();
        let mut colours: Vec<[u8; 3]> = pixels.chunks(4).map(|p| [p[0], p[1], p[2]]).collect();
        colours.sort();
        colours.dedup();
        assert!(
            colours.len() > 20,
            "background, grid, shape, markers and text are all drawn: {} colours",
            colours.len()
        );
        canvas.remove();
    }
}

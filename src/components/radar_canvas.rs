//! Draws a radar chart on a canvas sized to the screen's pixel density, redrawn on resize.

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen_futures::JsFuture;

use crate::charts::ChartTheme;
use crate::charts::radar::{RadarChart, draw_radar};
use crate::web;

/// A chart image; `label` is its text alternative, and the page gives a data table beside it.
#[component]
pub fn RadarCanvas(chart: RadarChart, #[prop(into)] label: String) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    let chart = StoredValue::new(chart);
    let redraw = move || {
        if let Some(element) = canvas.get_untracked() {
            chart.with_value(|chart| paint(&element, chart));
        }
    };
    Effect::new(move |_| {
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

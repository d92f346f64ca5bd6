//! Draws a chart on a canvas sized to the screen's pixel density, redrawn on resize and when the
//! colour scheme changes, with a button to download it as a PNG.

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::charts::{Chart, ChartTheme};
use crate::components::canvas_backend::MeasuringCanvas;
use crate::i18n::t::chart_canvas as t;
use crate::state::Screen;
use crate::web;

/// A chart image; `label` is its text alternative, and the page gives a data table beside it.
#[component]
pub fn ChartCanvas(chart: Chart, #[prop(into)] label: String, #[prop(into)] file_name: String) -> impl IntoView {
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
            if let Some(fonts) = web_sys::window().and_then(|w| w.document()).map(|d| d.fonts())
                && let Ok(ready) = fonts.ready()
            {
                leptos::task::spawn_local(async move {
                    if JsFuture::from(ready).await.is_ok() {
                        redraw();
                    }
                });
            }
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| redraw());
    on_cleanup(move || resize.remove());
    // The picture downloaded is drawn afresh at a fixed size, not copied from the screen: one
    // made on a phone is as legible as one made on a desktop.
    let download = move |_| {
        let url = chart.with_value(picture).and_then(|picture| {
            picture.to_data_url_with_type("image/png").map_err(|_| "the canvas gave no PNG".to_string())
        });
        match url {
            Ok(url) => {
                let _ = web::download_url(&file_name, &url);
            }
            Err(error) => web_sys::console::warn_1(&format!("The chart could not be drawn: {error}").into()),
        }
    };
    let button_label = format!(" ({label})");
    view! {
        <figure class="chart-figure">
            <canvas node_ref=canvas class="chart" role="img" aria-label=label></canvas>
            <button type="button" class="link-button link-button--small no-print" on:click=download>
                {t::download_chart()}<span class="visually-hidden">{button_label}</span>
            </button>
        </figure>
    }
}

fn paint(canvas: &web_sys::HtmlCanvasElement, chart: &Chart) {
    let scale = web::device_pixel_ratio();
    let css_width = f64::from(canvas.client_width().max(200));
    let css_height = chart.css_height(css_width);
    let _ = web_sys::HtmlElement::style(canvas).set_property("height", &format!("{css_height}px"));
    canvas.set_width((css_width * scale).round() as u32);
    canvas.set_height((css_height * scale).round() as u32);
    let theme = if web::prefers_dark() { ChartTheme::dark(scale) } else { ChartTheme::light(scale) };
    let Some(backend) = MeasuringCanvas::new(canvas.clone()) else { return };
    if let Err(error) = chart.draw(&backend.into_drawing_area(), &theme) {
        web_sys::console::warn_1(&format!("The chart could not be drawn: {error}").into());
    }
}

/// A chart as a picture (downloaded, or in a document) is drawn this many CSS pixels wide, at
/// twice the pixels, in the light theme: the same picture whatever the screen it was made on.
const PICTURE_WIDTH: f64 = 640.0;
const PICTURE_SCALE: f64 = 2.0;

/// The chart drawn as a picture, on a canvas of its own.
fn picture(chart: &Chart) -> Result<web_sys::HtmlCanvasElement, String> {
    use wasm_bindgen::JsCast;
    let document = web_sys::window().and_then(|window| window.document()).ok_or("no document")?;
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .ok()
        // Made as a canvas just above, so no check is needed (a checked cast would bring a
        // binding of its own into the first download).
        .map(|element| element.unchecked_into())
        .ok_or("no canvas")?;
    canvas.set_width((PICTURE_WIDTH * PICTURE_SCALE).round() as u32);
    canvas.set_height((chart.css_height(PICTURE_WIDTH) * PICTURE_SCALE).round() as u32);
    let backend = MeasuringCanvas::new(canvas.clone()).ok_or("no 2D context")?;
    chart.draw(&backend.into_drawing_area(), &ChartTheme::light(PICTURE_SCALE))?;
    Ok(canvas)
}

/// The chart as a picture for a document: PNG bytes, with its width and height in pixels.
pub fn png(chart: &Chart) -> Result<(Vec<u8>, u32, u32), String> {
    use base64::Engine;
    let failed = |what: &str| format!("the chart could not be drawn: {what}");
    let canvas = picture(chart).map_err(|error| failed(&error))?;
    let url = canvas.to_data_url_with_type("image/png").map_err(|_| failed("no PNG"))?;
    let encoded = url.strip_prefix("data:image/png;base64,").ok_or_else(|| failed("no PNG"))?;
    let bytes =
        base64::engine::general_purpose::STANDARD.decode(encoded).map_err(|error| failed(&error.to_string()))?;
    Ok((bytes, canvas.width(), canvas.height()))
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;
    use crate::charts::radar::RadarChart;

    #[wasm_bindgen_test]
    fn the_backing_store_matches_the_screen_and_the_chart_is_drawn() {
        let document = web_sys::window().unwrap().document().unwrap();
        let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").unwrap().unchecked_into();
        web_sys::HtmlElement::style(&canvas).set_property("width", "560px").unwrap();
        web_sys::HtmlElement::style(&canvas).set_property("display", "block").unwrap();
        document.body().unwrap().append_child(&canvas).unwrap();
        let chart = RadarChart {
            axes: ["Connectivity", "Data", "Democracy", "Ethics", "Inclusion"].map(String::from).to_vec(),
            max: 5,
            values: vec![Some(1.0), Some(3.0), None, Some(5.0), Some(2.0)],
            targets: vec![Some(3.0), Some(4.0), None, Some(5.0), Some(4.0)],
        };

        paint(&canvas, &Chart::Radar(chart));

        let ratio = web::device_pixel_ratio();
        assert_eq!(canvas.width(), (560.0 * ratio).round() as u32);
        assert_eq!(canvas.height(), (448.0 * ratio).round() as u32, "a radar's height follows its width, 4 to 5");
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

    #[wasm_bindgen_test]
    fn a_chart_picture_is_a_png_of_a_fixed_size() {
        let chart = Chart::Radar(RadarChart {
            axes: ["Connectivity", "Data", "Democracy"].map(String::from).to_vec(),
            max: 5,
            values: vec![Some(1.0), Some(3.0), None],
            targets: vec![None, Some(4.0), None],
        });

        let (png, width, height) = png(&chart).unwrap();

        assert_eq!((width, height), (1280, 920), "twice 640 by the radar's 460, whatever the screen");
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), width, "the PNG's own width");
    }
}

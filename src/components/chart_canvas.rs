//! Draws a chart on a canvas sized to the screen's pixel density, redrawn on resize and when the
//! colour scheme changes, with a button to download it as a PNG.

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::app::Screen;
use crate::charts::ChartTheme;
use crate::charts::benchmark::{BenchmarkChart, benchmark_chart_height, draw_benchmark};
use crate::charts::gaps::{GapChart, draw_gaps, gap_chart_height};
use crate::charts::heatmap::{HeatMap, draw_heatmap, heatmap_height};
use crate::charts::performance::{StackedChart, TrendChart, draw_stacked, draw_trend, performance_chart_height};
use crate::charts::radar::{RadarChart, draw_radar};
use crate::charts::range_radar::{RangeRadarChart, draw_range_radar};
use crate::charts::score_trend::{ScoreTrendChart, draw_score_trend, score_trend_height};
use crate::components::canvas_backend::MeasuringCanvas;
use crate::i18n::t::chart_canvas as t;
use crate::web;

/// Every chart the app draws, so one canvas component can draw any of them.
#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    Radar(RadarChart),
    Gaps(GapChart),
    Levels(HeatMap),
    /// Lines across reporting periods: take-up, or cost per transaction by channel.
    Trend(TrendChart),
    /// Volume by channel, stacked, across reporting periods.
    Stacked(StackedChart),
    /// Many respondents: the median with a band from lowest to highest.
    RangeRadar(RangeRadarChart),
    /// Scores of repeated assessments over time.
    ScoreTrend(ScoreTrendChart),
    /// Where a council stands against a benchmark: a strip per area.
    Benchmark(BenchmarkChart),
}

impl Chart {
    /// The height in CSS pixels for a canvas `css_width` wide.
    fn css_height(&self, css_width: f64) -> f64 {
        match self {
            Chart::Radar(_) => (css_width * 0.8).clamp(280.0, 460.0),
            Chart::Gaps(chart) => gap_chart_height(chart.bars.len()),
            Chart::Levels(map) => heatmap_height(map.rows.len()),
            Chart::Trend(chart) => performance_chart_height(chart.series.len()),
            Chart::Stacked(chart) => performance_chart_height(chart.series.len()),
            Chart::RangeRadar(_) => (css_width * 0.8).clamp(300.0, 480.0),
            Chart::ScoreTrend(_) => score_trend_height(css_width),
            Chart::Benchmark(chart) => benchmark_chart_height(chart.rows.len()),
        }
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, theme: &ChartTheme) -> Result<(), String> {
        let drawn = match self {
            Chart::Radar(chart) => draw_radar(root, chart, theme),
            Chart::Gaps(chart) => draw_gaps(root, chart, theme),
            Chart::Levels(map) => draw_heatmap(root, map, theme),
            Chart::Trend(chart) => draw_trend(root, chart, theme),
            Chart::Stacked(chart) => draw_stacked(root, chart, theme),
            Chart::RangeRadar(chart) => draw_range_radar(root, chart, theme),
            Chart::ScoreTrend(chart) => draw_score_trend(root, chart, theme),
            Chart::Benchmark(chart) => draw_benchmark(root, chart, theme),
        };
        drawn.and_then(|()| root.present()).map_err(|error| error.to_string())
    }
}

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
    let download = move |_| {
        if let Some(element) = canvas.get_untracked()
            && let Ok(url) = element.to_data_url_with_type("image/png")
        {
            let _ = web::download_url(&file_name, &url);
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

/// A chart drawn `css_width` CSS pixels wide at `scale` device pixels to the CSS pixel, in the
/// light theme whatever the screen's, on a canvas of its own: a picture for a document, as
/// PNG bytes with its width and height in pixels.
pub fn png(chart: &Chart, css_width: f64, scale: f64) -> Result<(Vec<u8>, u32, u32), String> {
    use base64::Engine;
    use wasm_bindgen::JsCast;
    let failed = |what: &str| format!("the chart could not be drawn: {what}");
    let document = web_sys::window().and_then(|window| window.document()).ok_or_else(|| failed("no document"))?;
    let canvas: web_sys::HtmlCanvasElement = document
        .create_element("canvas")
        .ok()
        // Made as a canvas just above, so no check is needed (a checked cast would bring a
        // binding of its own into the first download).
        .map(|element| element.unchecked_into())
        .ok_or_else(|| failed("no canvas"))?;
    let (width, height) = ((css_width * scale).round() as u32, (chart.css_height(css_width) * scale).round() as u32);
    canvas.set_width(width);
    canvas.set_height(height);
    let backend = MeasuringCanvas::new(canvas.clone()).ok_or_else(|| failed("no 2D context"))?;
    chart.draw(&backend.into_drawing_area(), &ChartTheme::light(scale)).map_err(|error| failed(&error))?;
    let url = canvas.to_data_url_with_type("image/png").map_err(|_| failed("no PNG"))?;
    let encoded = url.strip_prefix("data:image/png;base64,").ok_or_else(|| failed("no PNG"))?;
    let bytes =
        base64::engine::general_purpose::STANDARD.decode(encoded).map_err(|error| failed(&error.to_string()))?;
    Ok((bytes, width, height))
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
            targets: vec![Some(3.0), Some(4.0), None, Some(5.0), Some(4.0)],
        };

        paint(&canvas, &Chart::Radar(chart));

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

    #[wasm_bindgen_test]
    fn a_chart_for_a_document_is_a_png_of_its_own_size() {
        let chart = Chart::Radar(RadarChart {
            axes: ["Connectivity", "Data", "Democracy"].map(String::from).to_vec(),
            max: 5,
            values: vec![Some(1.0), Some(3.0), None],
            targets: vec![None, Some(4.0), None],
        });

        let (png, width, height) = png(&chart, 600.0, 2.0).unwrap();

        assert_eq!((width, height), (1200, 920), "twice 600 by the radar's 460");
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), width, "the PNG's own width");
    }
}

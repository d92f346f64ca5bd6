//! What the screen is like, for the pages and components that draw differently by it.

use leptos::prelude::*;

/// What the screen is like now: dark mode (charts redraw in matching colours) and whether it is
/// wide enough for a whole area per page. The app provides it as a context.
#[derive(Clone, Copy)]
pub struct Screen {
    pub dark: RwSignal<bool>,
    pub wide: RwSignal<bool>,
}

//! Which way an answer or score moved, as a tag.

use leptos::prelude::*;

use crate::domain::compare::Change;

/// A change in words, in a coloured tag; the words carry the meaning, the colour only helps.
#[component]
pub fn ChangeTag(change: Change) -> impl IntoView {
    let class = match change {
        Change::Up(_) => "tag tag--green",
        Change::Down(_) => "tag tag--red",
        Change::Same | Change::NotComparable => "tag tag--grey",
    };
    view! { <strong class=class>{change.describe()}</strong> }
}

//! An area's common challenges, each with what helps, and its good practice: real examples with
//! their source, and illustrations labelled as such. Shown once per area, not under each item.

use leptos::prelude::*;

use crate::domain::framework::{Area, ExampleKind, Framework};
use crate::i18n::t::area_help as t;

/// The help for one area, folded away under its title so a long plan stays short on a phone.
#[component]
pub fn AreaHelp(framework: Framework, area: Area) -> impl IntoView {
    let counts = [(area.challenges.len(), t::challenges as fn(usize) -> String), (area.examples.len(), t::examples)]
        .into_iter()
        .filter(|(count, _)| *count > 0)
        .map(|(count, in_words)| in_words(count))
        .collect::<Vec<_>>()
        .join(", ");
    let source_title =
        move |id: &Option<String>| id.as_deref().and_then(|id| framework.source(id)).map(|source| source.title.clone());
    view! {
        <details class="details area-help">
            <summary class="details__summary">{format!("{}: {counts}", area.title)}</summary>
            <div class="details__text">
                <p class="body">{area.description.clone()}</p>
                {(!area.challenges.is_empty()).then(|| view! {
                    <h3 class="heading-s">{t::challenges_heading()}</h3>
                    <ul class="area-help__challenges">
                        {area.challenges.into_iter().map(|challenge| view! {
                            <li class="area-help__challenge">
                                <p class="body"><strong>{challenge.challenge}</strong></p>
                                {(!challenge.mitigations.is_empty()).then(|| view! {
                                    <p class="body area-help__helps">{t::what_helps()}</p>
                                    <ul class="list list--bullet">
                                        {challenge.mitigations.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                                    </ul>
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                })}
                {(!area.examples.is_empty()).then(|| view! {
                    <h3 class="heading-s">{t::good_practice()}</h3>
                    <ul class="area-help__examples">
                        {area.examples.into_iter().map(|example| {
                            let label = match example.kind {
                                Some(ExampleKind::Example) => Some((t::example(), "tag tag--green")),
                                Some(ExampleKind::Illustration) => Some((t::illustration(), "tag tag--grey")),
                                None => None,
                            };
                            let source = source_title(&example.source);
                            view! {
                                <li class="area-help__example">
                                    {label.map(|(text, class)| view! { <strong class=class>{text}</strong>" " })}
                                    {example.text}
                                    {source.map(|title| view! { <span class="hint area-help__source">{t::source(title)}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <p class="hint">{t::kinds_explained()}</p>
                })}
            </div>
        </details>
    }
}

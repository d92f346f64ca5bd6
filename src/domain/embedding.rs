//! How a council shows Almanac: on its own, or inside an intranet page (an iframe), in the
//! council's brand colour and with its name. Settings come from the address's query string
//! (`?embed=quick&brand=1d70b8&logo=Anytown%20Council&lang=cy`), so they need no storage.

use std::fmt;

use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

use super::colour::{Brand, Colour};
use super::language::Language;
use crate::i18n::t::embedding as t;

/// The resize script a parent page runs; the same file is served as `embed.js` beside the app.
pub const RESIZE_SCRIPT: &str = include_str!("../../public/embed.js");

/// What the message Almanac posts to its parent page says, in `type`.
pub const RESIZE_MESSAGE_TYPE: &str = "almanac:resize";

pub const MAX_LOGO_CHARS: usize = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EmbedMode {
    /// Almanac in its own tab, with its header and footer.
    #[default]
    Standalone,
    /// Just the quick check, for a page that invites staff to take it.
    Quick,
    /// The whole tool without its header and footer.
    Full,
}

impl EmbedMode {
    pub fn is_embedded(self) -> bool {
        self != EmbedMode::Standalone
    }

    fn query_value(self) -> Option<&'static str> {
        match self {
            EmbedMode::Standalone => None,
            EmbedMode::Quick => Some("quick"),
            EmbedMode::Full => Some("full"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Appearance {
    pub mode: EmbedMode,
    pub brand: Option<Brand>,
    /// The council's name, shown where a logo would be.
    pub logo: Option<String>,
    /// The language Almanac opens in (`lang`); without it, the one the person chose before or
    /// their device's.
    pub language: Option<Language>,
}

/// Appearance settings read from a query string, with each one that could not be used (the
/// rest still apply).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReadSettings {
    pub appearance: Appearance,
    pub problems: Vec<SettingProblem>,
}

/// A setting in the address that could not be used. The settings are read as the app starts,
/// before the words of the notice that names them have arrived, so each is put into words
/// (`Display`, in the page's language) only when shown.
#[derive(Debug, Clone, PartialEq)]
pub enum SettingProblem {
    /// `embed` is neither `quick` nor `full`: the value given.
    Embed(String),
    /// `brand` is not a colour: the value given.
    Brand(String),
    /// `logo` is too long.
    Logo(LogoTooLong),
    /// `lang` is not a language Almanac is written in: the value given.
    Language(String),
}

impl fmt::Display for SettingProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingProblem::Embed(value) => f.write_str(&t::embed_problem(super::text::excerpt(value))),
            // The colour's own message, in the words of the moment it is shown.
            SettingProblem::Brand(value) => write!(f, "brand: {}", Colour::parse(value).err().unwrap_or_default()),
            SettingProblem::Logo(too_long) => write!(f, "logo: {too_long}"),
            SettingProblem::Language(value) => f.write_str(&t::language_problem(super::text::excerpt(value))),
        }
    }
}

/// A council's name longer than `MAX_LOGO_CHARS`: how long it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogoTooLong {
    pub count: usize,
}

impl fmt::Display for LogoTooLong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t::logo_too_long(self.count, MAX_LOGO_CHARS))
    }
}

impl Appearance {
    /// Reads the query string's decoded name–value pairs; other parameters are left alone.
    pub fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> ReadSettings {
        let mut read = ReadSettings::default();
        for (name, value) in pairs {
            match name {
                "embed" => match value {
                    "quick" => read.appearance.mode = EmbedMode::Quick,
                    "full" => read.appearance.mode = EmbedMode::Full,
                    _ => read.problems.push(SettingProblem::Embed(value.to_string())),
                },
                "brand" => match Colour::parse(value) {
                    Ok(colour) => read.appearance.brand = Some(Brand::new(colour)),
                    Err(_) => read.problems.push(SettingProblem::Brand(value.to_string())),
                },
                "logo" => match logo_text(value) {
                    Ok(logo) => read.appearance.logo = logo,
                    Err(too_long) => read.problems.push(SettingProblem::Logo(too_long)),
                },
                "lang" => match Language::from_code(value) {
                    Some(language) => read.appearance.language = Some(language),
                    None => read.problems.push(SettingProblem::Language(value.to_string())),
                },
                _ => {}
            }
        }
        read
    }

    /// The query string (with its `?`, or empty) that gives these settings.
    pub fn to_query(&self) -> String {
        let mut pairs = Vec::new();
        if let Some(mode) = self.mode.query_value() {
            pairs.push(format!("embed={mode}"));
        }
        if let Some(brand) = self.brand {
            // The colour asked for, not the adjusted one: the app adjusts it the same way.
            pairs.push(format!("brand={}", &brand.requested.to_string()[1..]));
        }
        if let Some(logo) = &self.logo {
            pairs.push(format!("logo={}", utf8_percent_encode(logo, NON_ALPHANUMERIC)));
        }
        if let Some(language) = self.language {
            pairs.push(format!("lang={}", language.code()));
        }
        if pairs.is_empty() { String::new() } else { format!("?{}", pairs.join("&")) }
    }
}

/// Logo text is shown as plain text; it only has to be short enough for a phone's header.
pub fn logo_text(value: &str) -> Result<Option<String>, LogoTooLong> {
    let text = value.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.chars().count() {
        0 => Ok(None),
        count if count > MAX_LOGO_CHARS => Err(LogoTooLong { count }),
        _ => Ok(Some(text)),
    }
}

/// What a council pastes into its intranet page: the iframe and the few lines that size it. The
/// frame's title is in the language Almanac opens in there (English unless `lang` says Welsh),
/// whatever the language of the page that wrote the code.
pub fn snippet(app_address: &str, appearance: &Appearance) -> String {
    let address = format!("{}{}", app_address.split(['?', '#']).next().unwrap_or_default(), appearance.to_query());
    let title = match (appearance.mode, appearance.language) {
        (EmbedMode::Quick, Some(Language::Welsh)) => t::frame_title_quick_welsh(),
        (EmbedMode::Quick, _) => t::frame_title_quick_english(),
        (_, Some(Language::Welsh)) => t::frame_title_full_welsh(),
        _ => t::frame_title_full_english(),
    };
    let script = RESIZE_SCRIPT.trim_end();
    format!(
        "<iframe id=\"almanac\" src=\"{}\" title=\"{title}\" width=\"100%\" height=\"600\" \
         style=\"border: 0; width: 100%; min-width: 280px;\" loading=\"lazy\" \
         sandbox=\"allow-scripts allow-same-origin allow-forms allow-downloads allow-popups\" \
         allow=\"clipboard-write\"></iframe>\n<script>\n{script}\n</script>\n",
        escape_attribute(&address)
    )
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

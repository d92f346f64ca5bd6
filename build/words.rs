//! The interface's words: Fluent files (<https://projectfluent.org>) that a translator reads and
//! corrects without reading Rust, one folder per language, in two parts:
//!
//! - `locales/<language>/first/*.ftl`: the words of the first download (the page's frame, the
//!   home page and the quick check's questions), fetched with the app's code;
//! - `locales/<language>/pages/*.ftl`: every other page's, fetched beside a page's code the first
//!   time one opens.
//!
//! Each English file has a Welsh file of the same name with the same messages, and each message
//! the same placeholders (`{ $count }`) in both; a count a message depends on is a selector over
//! CLDR's plural categories (`{ $count -> [one] … *[other] … }`) as a whole message. A Welsh
//! message whose comment says `UNSURE` is a first translation a reviewer should check first.
//!
//! `read` checks all of that and says exactly what is wrong. build.rs compiles the result into a
//! function per message (`t::<file>::<message>()`) and a words file per language and part, in
//! which each message is one record: text, `\u{1}` and an argument's number for a placeholder,
//! or for a count `\u{2}`, the selector's number, then the six plural forms separated by `\u{3}`.

use std::path::Path;

use fluent_syntax::ast;

/// The app's languages, as `locales/` names them; English is the first.
pub const LANGUAGES: [&str; 2] = ["en", "cy"];
/// The parts of the catalogue, in the order their messages are numbered.
pub const PARTS: [&str; 2] = ["first", "pages"];
/// CLDR's cardinal plural categories, in the order a count's forms are written.
pub const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
/// The categories each language uses (CLDR): anything else is a mistake in the file.
const USED: [&[&str]; 2] = [&["one", "other"], &CATEGORIES];
/// Separates messages in a words file.
pub const MESSAGE_END: char = '\u{1e}';
const PLACEHOLDER: char = '\u{1}';
const COUNT: char = '\u{2}';
const FORM_END: char = '\u{3}';
/// Message names become function names, so none may be one of Rust's keywords.
const KEYWORDS: [&str; 38] = [
    "as", "async", "await", "box", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while",
];

pub struct Catalogue {
    /// Numbered in order: every message of the first part, then the pages'.
    pub messages: Vec<Message>,
}

pub struct Message {
    pub part: usize,
    /// The file's name without `.ftl`.
    pub file: String,
    pub id: String,
    /// The placeholders' names, in the order the English text first uses them.
    pub arguments: Vec<String>,
    /// The placeholder a count selects on, if the message depends on one.
    pub count: Option<String>,
    /// The encoded text in each of `LANGUAGES`.
    pub texts: Vec<String>,
    /// Whether the Welsh is marked as unsure (for the tests; the app shows it as it is).
    #[allow(dead_code)]
    pub unsure: bool,
}

impl Catalogue {
    /// One words file: a language's messages in one part.
    pub fn words(&self, language: usize, part: usize) -> String {
        let texts: Vec<&str> =
            self.messages.iter().filter(|m| m.part == part).map(|m| m.texts[language].as_str()).collect();
        texts.join(&MESSAGE_END.to_string())
    }
}

/// Reads every file under `root` (the `locales` folder). Each problem names its file and message.
pub fn read(root: &Path) -> Result<Catalogue, Vec<String>> {
    let mut problems = Vec::new();
    let mut messages = Vec::new();
    for (part, part_name) in PARTS.iter().enumerate() {
        let folder = |language: &str| root.join(language).join(part_name);
        let names = |language: &str| -> Vec<String> {
            let mut names: Vec<String> = std::fs::read_dir(folder(language))
                .map(|entries| {
                    entries
                        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
                        .filter(|name| name.ends_with(".ftl"))
                        .collect()
                })
                .unwrap_or_default();
            names.sort();
            names
        };
        let english_files = names(LANGUAGES[0]);
        for language in &LANGUAGES[1..] {
            for name in names(language) {
                if !english_files.contains(&name) {
                    problems.push(format!("locales/{language}/{part_name}/{name} has no English file of that name"));
                }
            }
        }
        for name in english_files {
            let file = name.trim_end_matches(".ftl").to_string();
            let mut resources = Vec::new();
            for language in LANGUAGES {
                let path = folder(language).join(&name);
                let shown = format!("locales/{language}/{part_name}/{name}");
                match std::fs::read_to_string(&path) {
                    Ok(source) => resources.push(parse(&shown, &source, &mut problems)),
                    Err(_) => {
                        problems.push(format!("{shown} is missing: every English file needs its Welsh file"));
                        resources.push(Vec::new());
                    }
                }
            }
            join(part, part_name, &file, resources, &mut messages, &mut problems);
        }
    }
    if problems.is_empty() { Ok(Catalogue { messages }) } else { Err(problems) }
}

/// A message as one language's file gives it.
struct Parsed {
    id: String,
    pattern: Pattern,
    unsure: bool,
}

enum Pattern {
    Plain(Vec<Piece>),
    Count { selector: String, forms: Vec<(String, Vec<Piece>)>, default: usize },
}

enum Piece {
    Text(String),
    Placeholder(String),
}

fn parse(shown: &str, source: &str, problems: &mut Vec<String>) -> Vec<Parsed> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                problems.push(format!("{shown}: not valid Fluent at bytes {:?}: {:?}", error.pos, error.kind));
            }
            resource
        }
    };
    let mut parsed = Vec::new();
    for entry in resource.body {
        let message = match entry {
            ast::Entry::Message(message) => message,
            ast::Entry::Term(term) => {
                problems.push(format!(
                    "{shown}: -{} is a term, which Almanac does not use: write the words out",
                    term.id.name
                ));
                continue;
            }
            _ => continue,
        };
        let id = message.id.name.to_string();
        let at = format!("{shown}: {id}");
        if KEYWORDS.contains(&rust_name(&id).as_str()) {
            problems.push(format!("{at}: the name is a word Rust keeps for itself: add to it (\"{id}-button\")"));
        }
        if !message.attributes.is_empty() {
            problems.push(format!("{at} has attributes, which Almanac does not use: make each its own message"));
        }
        let Some(value) = message.value else {
            problems.push(format!("{at} has no text"));
            continue;
        };
        let unsure = message.comment.is_some_and(|comment| comment.content.iter().any(|line| line.contains("UNSURE")));
        if let Some(pattern) = pattern(&at, &value, problems) {
            parsed.push(Parsed { id, pattern, unsure });
        }
    }
    parsed
}

fn pattern(at: &str, value: &ast::Pattern<&str>, problems: &mut Vec<String>) -> Option<Pattern> {
    if let [ast::PatternElement::Placeable { expression: ast::Expression::Select { selector, variants } }] =
        value.elements.as_slice()
    {
        let ast::InlineExpression::VariableReference { id } = selector else {
            problems.push(format!("{at} selects on something other than a placeholder"));
            return None;
        };
        let mut forms = Vec::new();
        let mut default = 0;
        for (index, variant) in variants.iter().enumerate() {
            let key = match &variant.key {
                ast::VariantKey::Identifier { name } => name.to_string(),
                ast::VariantKey::NumberLiteral { value } => {
                    problems.push(format!("{at} has a form for the number {value}: use the plural categories (zero, one, two, few, many, other)"));
                    continue;
                }
            };
            if variant.default {
                default = index;
            }
            forms.push((key, pieces(at, &variant.value, problems)?));
        }
        return Some(Pattern::Count { selector: id.name.to_string(), forms, default });
    }
    Some(Pattern::Plain(pieces(at, value, problems)?))
}

fn pieces(at: &str, value: &ast::Pattern<&str>, problems: &mut Vec<String>) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    for element in &value.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                if value.chars().any(|c| c < ' ' && c != '\n') {
                    problems.push(format!("{at} has a control character"));
                }
                pieces.push(Piece::Text(value.to_string()))
            }
            ast::PatternElement::Placeable { expression: ast::Expression::Inline(inline) } => match inline {
                ast::InlineExpression::VariableReference { id } => pieces.push(Piece::Placeholder(id.name.to_string())),
                ast::InlineExpression::StringLiteral { value } => pieces.push(Piece::Text(unescape(value))),
                _ => {
                    problems.push(format!("{at} uses a placeable other than {{ $name }} or {{ \"text\" }}"));
                    return None;
                }
            },
            ast::PatternElement::Placeable { .. } => {
                problems.push(format!(
                    "{at} has a choice inside a sentence: write the whole sentence in each form ({{ $count -> … }})"
                ));
                return None;
            }
        }
    }
    Some(pieces)
}

/// Fluent's string literals escape `\"`, `\\` and `\u…`; Almanac's need only the first two.
fn unescape(value: &str) -> String {
    value.replace("\\\"", "\"").replace("\\\\", "\\")
}

/// Pairs one file's messages across the languages.
fn join(
    part: usize,
    part_name: &str,
    file: &str,
    resources: Vec<Vec<Parsed>>,
    messages: &mut Vec<Message>,
    problems: &mut Vec<String>,
) {
    let shown = |language: &str| format!("locales/{language}/{part_name}/{file}.ftl");
    for (language, resource) in LANGUAGES.iter().zip(&resources) {
        for (index, message) in resource.iter().enumerate() {
            if resource[..index].iter().any(|earlier| earlier.id == message.id) {
                problems.push(format!("{}: {} is given twice: keep one", shown(language), message.id));
            }
            if *language != LANGUAGES[0] && !resources[0].iter().any(|english| english.id == message.id) {
                problems.push(format!("{}: {} is not in the English file", shown(language), message.id));
            }
        }
    }
    for english in &resources[0] {
        let mut texts = Vec::new();
        let arguments = placeholders(&english.pattern);
        let count = match &english.pattern {
            Pattern::Count { selector, .. } => Some(selector.clone()),
            Pattern::Plain(_) => None,
        };
        let mut unsure = false;
        for (language, resource) in resources.iter().enumerate() {
            let at = format!("{}: {}", shown(LANGUAGES[language]), english.id);
            let Some(translated) = resource.iter().find(|message| message.id == english.id) else {
                problems.push(format!("{at} is missing"));
                continue;
            };
            unsure |= translated.unsure && language > 0;
            let mut used = placeholders(&translated.pattern);
            used.sort();
            let mut expected = arguments.clone();
            expected.sort();
            if used != expected {
                problems.push(format!(
                    "{at} has the placeholders {} but the English has {}",
                    names(&used),
                    names(&expected)
                ));
            }
            let count_here = match &translated.pattern {
                Pattern::Count { selector, .. } => Some(selector),
                Pattern::Plain(_) => None,
            };
            if count_here != count.as_ref() {
                problems.push(format!("{at} must depend on a count exactly where the English does"));
            }
            texts.push(encode(&at, language, &translated.pattern, &arguments, problems));
        }
        messages.push(Message {
            part,
            file: file.to_string(),
            id: english.id.clone(),
            arguments,
            count,
            texts,
            unsure,
        });
    }
}

fn names(list: &[String]) -> String {
    if list.is_empty() {
        return "none".into();
    }
    list.iter().map(|name| format!("{{ ${name} }}")).collect::<Vec<_>>().join(", ")
}

/// The placeholders a pattern uses (a count's selector among them), each once, in order.
fn placeholders(pattern: &Pattern) -> Vec<String> {
    let mut found = Vec::new();
    let mut add = |pieces: &[Piece]| {
        for piece in pieces {
            if let Piece::Placeholder(name) = piece
                && !found.contains(name)
            {
                found.push(name.clone());
            }
        }
    };
    match pattern {
        Pattern::Plain(pieces) => add(pieces),
        Pattern::Count { selector, forms, .. } => {
            add(&[Piece::Placeholder(selector.clone())]);
            for (_, pieces) in forms {
                add(pieces);
            }
        }
    }
    found
}

fn encode(at: &str, language: usize, pattern: &Pattern, arguments: &[String], problems: &mut Vec<String>) -> String {
    let text = |pieces: &[Piece]| {
        let mut out = String::new();
        for piece in pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Placeholder(name) => {
                    let index = arguments.iter().position(|a| a == name).unwrap_or(0);
                    out.push(PLACEHOLDER);
                    out.push(char::from(b'0' + index as u8));
                }
            }
        }
        out
    };
    match pattern {
        Pattern::Plain(pieces) => text(pieces),
        Pattern::Count { selector, forms, default } => {
            for (key, _) in forms {
                if !USED[language].contains(&key.as_str()) {
                    problems.push(format!(
                        "{at} has a form \"{key}\", which is not a plural category of {}: use {}",
                        ["English", "Welsh"][language],
                        USED[language].join(", ")
                    ));
                }
            }
            let index = arguments.iter().position(|a| a == selector).unwrap_or(0);
            let mut out = format!("{COUNT}{}", char::from(b'0' + index as u8));
            for (n, category) in CATEGORIES.iter().enumerate() {
                if n > 0 {
                    out.push(FORM_END);
                }
                let form = forms.iter().find(|(key, _)| key == category).unwrap_or(&forms[*default]);
                out.push_str(&text(&form.1));
            }
            out
        }
    }
}

/// A Rust name for a file or message name (`quick-check` → `quick_check`).
pub fn rust_name(name: &str) -> String {
    name.replace('-', "_")
}

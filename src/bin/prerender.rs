//! Writes the words files the app fetches into the folder given (`scripts/build-wasm.sh`), for
//! each language: `words/first-<language>-<hash>.txt`, the home page as a first-time visitor sees
//! it, drawn at build time by the app's own components so it shows before the app's code has
//! arrived, then the first download's words and the quick check's texts; and the pages' words,
//! under the name the app was compiled with. Prints which first file is which language's, as
//! JSON, for `scripts/post-build.mjs`.

use std::hash::{DefaultHasher, Hasher};
use std::path::Path;

use almanac::domain::language::Language;

fn main() {
    let folder = std::env::args().nth(1).expect("usage: prerender FOLDER");
    let folder = Path::new(&folder);
    std::fs::create_dir_all(folder.join("words")).expect("the folder is writable");
    let mut names = Vec::new();
    for language in Language::ALL {
        almanac::i18n::use_compiled_in(language);
        let home = without_markers(&almanac::app::prerendered_home());
        let (first, (pages_name, pages)) = almanac::i18n::files(language);
        let first = format!("{home}\u{1d}{first}");
        let name = format!("words/first-{}-{}.txt", language.code(), hash(&first));
        std::fs::write(folder.join(&name), first).expect("the folder is writable");
        std::fs::write(folder.join(pages_name), pages).expect("the folder is writable");
        names.push(format!("\"{}\": \"{name}\"", language.code()));
    }
    println!("{{{}}}", names.join(", "));
}

/// 16 hex digits that change with the content.
fn hash(text: &str) -> String {
    let mut hasher = DefaultHasher::new();
    hasher.write(text.as_bytes());
    format!("{:016x}", hasher.finish())
}

/// The page without the markers the renderer leaves for hydration (`<!-- … -->`, `<!>`).
fn without_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!") {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end =
            if rest.starts_with("<!--") { rest.find("-->").map(|at| at + 3) } else { rest.find('>').map(|at| at + 1) };
        rest = &rest[end.unwrap_or(rest.len())..];
    }
    out.push_str(rest);
    out
}

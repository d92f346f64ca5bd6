use crate::domain::text::from_bytes;

#[test]
fn utf8_is_read_as_it_is() {
    assert_eq!(from_bytes("café £5".as_bytes().to_vec()), Ok("café £5".to_string()));
    assert_eq!(from_bytes(b"\xef\xbb\xbf{}".to_vec()), Ok("\u{feff}{}".to_string()), "readers take the mark off");
    assert_eq!(from_bytes(Vec::new()), Ok(String::new()));
}

#[test]
fn windows_1252_is_refused_never_mangled() {
    // "café £5" as Windows-1252 writes it, on the second line.
    let problem = from_bytes(b"Service,Cost\r\ncaf\xe9 \xa35".to_vec()).unwrap_err();
    assert_eq!(
        problem.to_string(),
        "this file is not saved as UTF-8, the text encoding Almanac reads (line 2 has a character in another encoding, such as Windows-1252 from older Excel): save it again as UTF-8 (in Excel, “CSV UTF-8 (Comma delimited)”; in a text editor, the encoding “UTF-8”) and import that"
    );
}

#[test]
fn utf16_is_named() {
    let utf16: Vec<u8> = [0xff, 0xfe].into_iter().chain("{}".encode_utf16().flat_map(u16::to_le_bytes)).collect();
    assert!(from_bytes(utf16).unwrap_err().to_string().starts_with("this file is saved as UTF-16"));
}

#[test]
fn typed_text_loses_its_control_characters_but_keeps_tabs_and_line_breaks() {
    use crate::domain::text::without_controls;
    assert_eq!(without_controls("Bins\u{0}\u{7}\u{1b}[31m\u{85} day\tone\nline"), "Bins[31m day\tone\nline");
    assert_eq!(
        without_controls("café £5 \u{202e}gnp.exe"),
        "café £5 \u{202e}gnp.exe",
        "letters and direction marks stay; they are isolated where shown"
    );
}

#[test]
fn text_set_in_a_sentence_is_isolated_from_it() {
    assert_eq!(crate::domain::text::isolated("\u{202e}gnp.exe"), "\u{2068}\u{202e}gnp.exe\u{2069}");
}

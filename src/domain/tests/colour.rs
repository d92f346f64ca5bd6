use crate::domain::colour::{Brand, Colour, MINIMUM_TEXT_CONTRAST, WHITE};

#[test]
fn reads_six_and_three_digit_colours_with_or_without_a_hash() {
    assert_eq!(Colour::parse("1d70b8"), Ok(Colour { red: 0x1d, green: 0x70, blue: 0xb8 }));
    assert_eq!(Colour::parse("#1D70B8"), Ok(Colour { red: 0x1d, green: 0x70, blue: 0xb8 }));
    assert_eq!(Colour::parse("#fd0"), Ok(Colour { red: 0xff, green: 0xdd, blue: 0x00 }));
    assert_eq!(Colour::parse("1d70b8").unwrap().to_string(), "#1d70b8");
}

#[test]
fn refuses_what_is_not_a_hexadecimal_colour() {
    for bad in ["", "#", "blue", "1d70b", "1d70b8ff", "gg0000", "#1d 70b8", "１２３"] {
        let message = Colour::parse(bad).unwrap_err();
        assert!(message.contains("six hexadecimal digits"), "{bad:?}: {message}");
    }
}

#[test]
fn contrast_matches_the_wcag_reference_values() {
    let black = Colour { red: 0, green: 0, blue: 0 };
    assert!((black.contrast_with(WHITE) - 21.0).abs() < 1e-9);
    assert!((WHITE.contrast_with(WHITE) - 1.0).abs() < 1e-9);
    // GOV.UK blue #1d70b8 on white is published as 5.17:1.
    let blue = Colour::parse("1d70b8").unwrap();
    assert!((blue.contrast_with(WHITE) - 5.17).abs() < 0.01, "{}", blue.contrast_with(WHITE));
    // Contrast is symmetrical.
    assert_eq!(blue.contrast_with(WHITE), WHITE.contrast_with(blue));
}

#[test]
fn a_colour_that_passes_is_used_as_it_is() {
    let brand = Brand::new(Colour::parse("1d70b8").unwrap());
    assert!(!brand.was_adjusted());
    assert_eq!(brand.colour.to_string(), "#1d70b8");
    assert!(brand.explanation().contains("5.2:1"), "{}", brand.explanation());
}

#[test]
fn a_colour_too_light_for_white_text_is_darkened_just_enough_keeping_its_hue() {
    let yellow = Colour::parse("ffdd00").unwrap();
    let brand = Brand::new(yellow);
    assert!(brand.was_adjusted());
    let contrast = brand.colour.contrast_with(WHITE);
    assert!(contrast >= MINIMUM_TEXT_CONTRAST, "{contrast}");
    assert!(contrast < MINIMUM_TEXT_CONTRAST + 0.3, "darkened further than needed: {contrast}");
    // Same hue: every channel scaled by the same factor (red stays above green, blue stays 0).
    assert_eq!(brand.colour.blue, 0);
    let ratio = f64::from(brand.colour.green) / f64::from(brand.colour.red);
    assert!((ratio - 221.0 / 255.0).abs() < 0.02, "{ratio}");
    assert_eq!(brand.colour.to_string(), "#877500", "the README quotes this shade");
    let explanation = brand.explanation();
    assert!(explanation.contains("#ffdd00") && explanation.contains(&brand.colour.to_string()), "{explanation}");
    assert!(explanation.contains("below the 4.5:1"), "{explanation}");
}

#[test]
fn white_itself_becomes_a_grey_that_passes() {
    let brand = Brand::new(WHITE);
    assert!(brand.colour.contrast_with(WHITE) >= MINIMUM_TEXT_CONTRAST);
    assert_eq!(brand.colour.red, brand.colour.green);
}

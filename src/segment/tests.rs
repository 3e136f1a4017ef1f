//! Unit tests of the segmenter: behaviours, the academic golden set, and
//! properties.

use super::*;

fn split(text: &str, lang: Lang) -> Vec<&str> {
    sentences(text, lang)
}

#[test]
fn empty_and_blank_input() {
    assert!(segment("", Lang::Tr).is_empty());
    assert!(segment("  \n\n \t ", Lang::En).is_empty());
}

//! Property tests of library invariants.

use bitext::text::{clean, decode, lowercase, match_fold, uppercase, Encoding};
use bitext::Lang;
use proptest::prelude::*;

/// Text built from the pieces extracted documents are made of, so that the
/// layout and mojibake rules are exercised, not just random characters.
fn document() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Türkiye’nin",
        "HAKİM",
        "Orta Koridor",
        "ÅžanlÄ±urfa",
        "Çavuþoðlu",
        "?anl?urfa",
        "askeri-",
        "teknik",
        "coopera-",
        "tion",
        "the",
        "ve",
        "bir",
        "işbirliği",
        "Abstract:",
        "Öz:",
        "Keywords:",
        "1. Introduction",
        "- item",
        "* Dr., Üniversite.",
        "12",
        "- 3 -",
        "Page 4",
        "2020",
        ".",
        ",",
        ":",
        "?",
        "‘",
        "’",
        "\u{a0}",
        "\u{ad}",
        "\u{200b}",
        "\u{c}",
        " ",
        " ",
        " ",
        "\n",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        "Ã",
        "©",
        "S\u{327}",
        "I\u{307}",
        "a long line of ordinary words that runs to a width",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn clean_is_idempotent_on_documents(text in document()) {
        let once = clean(&text).text;
        let twice = clean(&once);
        prop_assert_eq!(&twice.text, &once);
    }

    #[test]
    fn clean_is_idempotent_on_any_string(text in any::<String>()) {
        let once = clean(&text).text;
        prop_assert_eq!(clean(&once).text, once);
    }

    #[test]
    fn decoding_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        for encoding in [Encoding::Utf8, Encoding::Utf8Lossy, Encoding::Cp1254, Encoding::Cp1252, Encoding::Latin1, Encoding::Auto] {
            if let Ok(decoded) = decode(&bytes, encoding) {
                let _ = clean(&decoded.text);
            }
        }
    }

    #[test]
    fn case_mapping_never_panics_and_match_fold_is_idempotent(text in any::<String>()) {
        for lang in [Lang::Tr, Lang::Az, Lang::En] {
            let _ = uppercase(&lowercase(&text, lang), lang);
        }
        let folded = match_fold(&text);
        prop_assert_eq!(match_fold(&folded), folded);
    }

    #[test]
    fn match_fold_ignores_turkish_case(word in "[a-zçğıöşü]{1,12}") {
        prop_assert_eq!(match_fold(&uppercase(&word, Lang::Tr)), match_fold(&word));
    }
}

/// Found by the property test above: a zero-width space between two mojibake
/// characters hid them from the first repair.
#[test]
fn zero_width_space_inside_mojibake_is_removed_first() {
    let once = clean("Ã\u{200b}‘1. Introduction").text;
    assert_eq!(once, "Ñ1. Introduction\n");
    assert_eq!(clean(&once).text, once);
}

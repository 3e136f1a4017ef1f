//! Unit tests of the segmenter: behaviours, the academic golden set, and
//! properties.

use proptest::prelude::*;

use super::*;

fn split(text: &str, lang: Lang) -> Vec<&str> {
    sentences(text, lang)
}

/// One case of the golden set: the language, the input and the expected sentences.
struct Case {
    line: usize,
    lang: Lang,
    input: String,
    expected: Vec<String>,
}

const GOLDEN: &str = include_str!("../../tests/fixtures/segment-golden-academic.tsv");

fn golden_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for (index, line) in GOLDEN.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (lang, rest) = line.split_once('\t').expect("lang <TAB> sentences");
        let mut input = String::new();
        let mut expected = Vec::new();
        let mut piece = String::new();
        let mut words = rest.split(' ').peekable();
        while let Some(word) = words.next() {
            match word {
                "‖" | "¶" => {
                    input.push_str(piece.trim_end());
                    input.push(if word == "‖" { ' ' } else { '\n' });
                    expected.push(std::mem::take(&mut piece).trim_end().to_owned());
                }
                _ => {
                    piece.push_str(word);
                    if words.peek().is_some() {
                        piece.push(' ');
                    }
                }
            }
        }
        input.push_str(&piece);
        expected.push(piece);
        cases.push(Case {
            line: index + 1,
            lang: lang.parse().expect("a language code"),
            input,
            expected,
        });
    }
    cases
}

#[test]
fn academic_golden_set_passes_completely() {
    let cases = golden_cases();
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let got = split(&case.input, case.lang);
        if got != case.expected {
            failures.push(format!(
                "line {}: {:?}\n  expected {:?}\n  got      {:?}",
                case.line, case.input, case.expected, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} golden cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn golden_set_covers_every_case_of_the_issue() {
    let inputs: String = golden_cases()
        .iter()
        .map(|c| c.input.clone() + "\n")
        .collect();
    for needle in [
        "(Erarslan, 2021, p. 328)",
        "(10, m.2)",
        "(Interview: S. Sarkissian, 2006, p.43-44; International Crisis Group, 2011:2)",
        "L. O. Ternovaya",
        "20. yüzyıl",
        "3. madde",
        "6.1. Transformation of Military Forces\n",
        "1.5",
        "27.09.2020",
        "https://",
        "@ornek.edu.tr",
        "doi:10.",
        "...",
        "…",
        "?\" diye sordu",
        "örn.",
        "bkz.",
        "vd.",
        "a.g.e.",
        "s. 112",
        "c. 2",
        "Prof.",
        "Doç.",
        "Dr.",
        "Yrd. Doç.",
        "p. 12",
        "pp. 45",
        "Vol. 12",
        "No. 3",
        "et al.",
        "e.g.",
        "i.e.",
        "U.S.",
    ] {
        assert!(
            inputs.contains(needle),
            "no golden case contains {needle:?}"
        );
    }
}

#[test]
fn empty_and_blank_input() {
    assert!(segment("", Lang::Tr).is_empty());
    assert!(segment("  \n\n \t ", Lang::En).is_empty());
}

#[test]
fn text_without_punctuation_is_one_sentence() {
    let text = "kelime ".repeat(1_500_000); // 10.5 MB, one paragraph
    let spans = segment(&text, Lang::Tr);
    assert_eq!(spans, [Span::new(0, text.trim_end().len())]);
}

#[test]
fn text_of_only_punctuation_is_one_segment() {
    for text in [
        "...",
        "?!?! ... !!! ??",
        ". . . . .",
        "…… ?",
        "( ) [ ] \" ' . , ; :",
    ] {
        let spans = segment(text, Lang::En);
        assert_eq!(spans.len(), 1, "{text:?}: {spans:?}");
        assert_eq!(spans[0].slice(text), Some(text.trim()));
    }
}

#[test]
fn line_breaks_end_sentences_unless_the_line_wraps() {
    let text = "Başlık\nBu bir cümle\nortasında kesildi. Sonra yeni cümle.\n\nParagraf";
    assert_eq!(
        split(text, Lang::Tr),
        [
            "Başlık",
            "Bu bir cümle\nortasında kesildi.",
            "Sonra yeni cümle.",
            "Paragraf"
        ]
    );
}

#[test]
fn english_golden_rule_cases() {
    assert_eq!(
        split("Let's ask Jane and co. They should know.", Lang::En).len(),
        2
    );
    assert_eq!(split("I visited the U.S.A. last year.", Lang::En).len(), 1);
    assert_eq!(
        split("Hello world.Today is Tuesday.", Lang::En),
        ["Hello world.", "Today is Tuesday."]
    );
    assert_eq!(
        split(
            "Her email is Jane.Doe@example.com. I sent her an email.",
            Lang::En
        )
        .len(),
        2
    );
    assert_eq!(
        split("1. The first item 2. The second item", Lang::En),
        ["1. The first item", "2. The second item"]
    );
    assert_eq!(
        split(
            "She works at Yahoo! in the accounting department.",
            Lang::En
        )
        .len(),
        1
    );
}

#[test]
fn turkish_list_numbers_are_not_list_items() {
    // The list rule is English/generic only: in Turkish "2." here is an ordinal.
    let text = "1. Dünya Savaşı ile 2. Dünya Savaşı arasında yirmi yıl vardır.";
    assert_eq!(split(text, Lang::Tr), [text]);
}

#[test]
fn azerbaijani_uses_turkish_rules_and_others_generic_rules() {
    assert_eq!(split("20. əsrdə. Sonra", Lang::Az), ["20. əsrdə.", "Sonra"]);
    assert_eq!(
        split("Das ist gut. Dann kam er.", "de".parse().unwrap()).len(),
        2
    );
    assert_eq!(
        split("Mr. Smith came.", Lang::Und).len(),
        2,
        "no English table for und"
    );
}

#[test]
fn own_abbreviations_extend_the_table() {
    let text = "Bu Şrt. Maddesi önemlidir.";
    assert_eq!(split(text, Lang::Tr).len(), 2);
    let segmenter = Segmenter::new(Lang::Tr)
        .with_abbreviations("Şrt.\tprefix\n")
        .unwrap();
    assert_eq!(segmenter.segment(text).len(), 1);
    assert!(
        segmenter.abbreviations().get("Dr").is_some(),
        "the shipped table stays"
    );
    let err = Segmenter::new(Lang::Tr)
        .with_abbreviations("Şrt\tprefix\n")
        .unwrap_err();
    assert_eq!(err.line, 1);
}

#[test]
fn segment_into_appends() {
    let mut out = vec![Span::new(0, 0)];
    Segmenter::new(Lang::En).segment_into("A cat. The dog.", &mut out);
    assert_eq!(out, [Span::new(0, 0), Span::new(0, 6), Span::new(7, 15)]);
}

fn check_invariants(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut last_end = 0;
    for span in spans {
        prop_assert!(
            span.start >= last_end,
            "ordered and non-overlapping: {spans:?}"
        );
        prop_assert!(span.start < span.end, "non-empty: {span:?}");
        prop_assert!(span.end <= text.len(), "inside the input");
        let slice = span.slice(text);
        prop_assert!(slice.is_some(), "on character boundaries: {span:?}");
        let slice = slice.unwrap_or("");
        prop_assert_eq!(slice, slice.trim(), "trimmed");
        last_end = span.end;
    }
    // Every non-space character is in some sentence.
    let covered: usize = spans
        .iter()
        .map(|s| {
            s.slice(text)
                .unwrap_or("")
                .chars()
                .filter(|c| !c.is_whitespace())
                .count()
        })
        .sum();
    prop_assert_eq!(covered, text.chars().filter(|c| !c.is_whitespace()).count());
    Ok(())
}

proptest! {
    #[test]
    fn spans_are_ordered_trimmed_and_cover_the_text(text in "\\PC{0,300}") {
        for lang in [Lang::Tr, Lang::En, Lang::Und] {
            let spans = segment(&text, lang);
            check_invariants(&text, &spans)?;
        }
    }

    #[test]
    fn auto_spans_keep_the_invariants(text in "[a-zA-ZçğıöşüİI0-9 .?!…\"'“”():,\n-]{0,160}") {
        let spans: Vec<Span> = segment_auto(&text).iter().map(|s| s.span).collect();
        check_invariants(&text, &spans)?;
    }

    #[test]
    fn invariants_hold_on_punctuation_heavy_text(
        text in "[a-zA-ZçğıöşüİI0-9 .?!…\"'“”()\\[\\]:;,\\n-]{0,200}"
    ) {
        for lang in [Lang::Tr, Lang::En, Lang::Und] {
            let spans = segment(&text, lang);
            check_invariants(&text, &spans)?;
        }
    }
}

/// Words that exercise the Turkish verb-final and speech-tag rules: finite
/// verbs, look-alikes, capitals, names, quotes, brackets and punctuation.
const TURKISH_WORDS: &[&str] = &[
    "geldi",
    "onayladı",
    "başlıyor",
    "önemlidir",
    "ekleyin",
    "sordu",
    "dedi",
    "altı",
    "şimdi",
    "Ahmet'i",
    "Kadıköy",
    "Başladı",
    "Dolar",
    "İstanbul'da",
    "bir",
    "ev",
    "çok",
    "\"Neden?\"",
    "\"Gel!\"",
    "(bkz.",
    "Tablo",
    "3)",
    "“Kim",
    "o?”",
    "«Evet»",
    "A.",
    "20.",
    "yüzyıl",
    ".",
    "?",
    "!",
    "…",
    ",",
    ":",
    "\n",
    "\n\n",
    "ı",
    "İ",
    "kapıyı",
    "açtı.",
    "Ama",
];

proptest! {
    #[test]
    fn turkish_rules_keep_the_invariants(
        picks in proptest::collection::vec(0..TURKISH_WORDS.len(), 0..60)
    ) {
        let text: String = picks
            .iter()
            .filter_map(|&k| TURKISH_WORDS.get(k))
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        for lang in [Lang::Tr, Lang::Az] {
            let spans = segment(&text, lang);
            check_invariants(&text, &spans)?;
        }
    }
}

#[test]
fn pathological_inputs_stay_linear() {
    // Glued periods with no whitespace, an open bracket and quote before many
    // candidates, and a long caps run: each would be quadratic if a rule scanned
    // without bound. They must finish quickly and keep the invariants.
    let glued = "ab.Cd".repeat(200_000);
    let spans = segment(&glued, Lang::En);
    assert_eq!(spans.len(), 1, "a 1 MB token is data, not prose");
    let open = format!("(\"{}", "Bir cümle. Başka cümle? ".repeat(40_000));
    let spans = segment(&open, Lang::Tr);
    assert!(spans.len() > 70_000);
    let caps = "ÇOK BÜYÜK BAŞLIK. ".repeat(50_000);
    assert_eq!(segment(&caps, Lang::Tr).len(), 50_000);
}

#[test]
fn list_items_after_a_jumped_marker_still_split() {
    // The run "?!" followed by "2." jumps over nothing, but a terminator whose
    // closers end past a marker must not stop the list from splitting later.
    let text = "1. First item?! 2. Second item 3. Third item";
    assert_eq!(
        split(text, Lang::En),
        ["1. First item?!", "2. Second item", "3. Third item"]
    );
}

#[test]
fn turkish_sentences_ending_in_a_verb_without_punctuation_are_found() {
    // A headline and a verse line that lost their line breaks.
    assert_eq!(
        split(
            "Belediye meclisi projeyi onayladı Kadıköy Belediye Meclisi dün toplandı.",
            Lang::Tr
        ),
        [
            "Belediye meclisi projeyi onayladı",
            "Kadıköy Belediye Meclisi dün toplandı."
        ]
    );
    assert_eq!(
        split(
            "Yeni Metro Hattı Hizmete Girdi İstanbul'da yeni hat bugün açıldı.",
            Lang::Tr
        ),
        [
            "Yeni Metro Hattı Hizmete Girdi",
            "İstanbul'da yeni hat bugün açıldı."
        ]
    );
    // Guards: a name put after the verb, a participle before a name.
    for text in [
        "Dün gördüm Ahmet'i pazarda.",
        "Haftaya açılacak Bilim Merkezi için hazırlık yapılıyor.",
    ] {
        assert_eq!(split(text, Lang::Tr), [text]);
    }
    // The rule is Turkish only.
    assert_eq!(
        split("Kadın geldi Ahmet kapıyı açtı.", Lang::En),
        ["Kadın geldi Ahmet kapıyı açtı."]
    );
}

#[test]
fn a_speech_tag_after_a_quoted_question_stays_with_it() {
    let text = "\"Nereye gideceksiniz?\" Bekçi fenerini kaldırarak sordu. Cevap gelmedi.";
    assert_eq!(
        split(text, Lang::Tr),
        [
            "\"Nereye gideceksiniz?\" Bekçi fenerini kaldırarak sordu.",
            "Cevap gelmedi."
        ]
    );
    // An action after the quotation is a sentence of its own.
    assert_eq!(
        split("\"Kim o?\" Selim kapıya baktı.", Lang::Tr),
        ["\"Kim o?\"", "Selim kapıya baktı."]
    );
}

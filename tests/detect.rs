//! `bitext detect` on fixtures and on bad input.

use crate::util::{bitext, bitext_paths, fixture_bytes, Dir};

fn objects(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

#[test]
fn line_unit_gives_one_object_per_line_in_order() {
    let input = fixture_bytes("lines.txt");
    let run = bitext(&["detect", "--unit", "line", "-"], Some(&input)).expect_code(0);
    let got = objects(&run.stdout);
    let text = String::from_utf8(input).unwrap();
    let lines: Vec<&str> = text.split('\n').collect();
    assert_eq!(got.len(), lines.len(), "{}", run.stdout);
    let langs: Vec<&str> = got.iter().map(|o| o["lang"].as_str().unwrap()).collect();
    assert_eq!(langs, ["tr", "und", "und", "und", "en", "und", "az"]);
    for (object, line) in got.iter().zip(&lines) {
        assert_eq!(object["text"].as_str().unwrap(), *line);
        let (start, end) = (
            object["start"].as_u64().unwrap() as usize,
            object["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], *line);
        let confidence = object["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&confidence));
    }
}

#[test]
fn spans_cover_the_mixed_paper_and_input_is_unchanged() {
    let dir = Dir::new();
    let path = dir.fixture("mixed-paper.txt");
    let before = std::fs::read(&path).unwrap();
    let run = bitext_paths(&[&"detect", &path]).expect_code(0);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let text = String::from_utf8(before).unwrap();
    let got = objects(&run.stdout);
    let mut previous_end = 0;
    for object in &got {
        let (start, end) = (
            object["start"].as_u64().unwrap() as usize,
            object["end"].as_u64().unwrap() as usize,
        );
        assert!(start >= previous_end && end > start);
        assert!(
            text[previous_end..start].trim().is_empty(),
            "uncovered text before {object}"
        );
        assert_eq!(&text[start..end], object["text"].as_str().unwrap());
        previous_end = end;
    }
    assert!(text[previous_end..].trim().is_empty());
    let lang_of = |needle: &str| {
        got.iter()
            .find(|o| o["text"].as_str().unwrap().contains(needle))
            .map(|o| o["lang"].as_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(lang_of("Abstract: This article"), "en");
    assert_eq!(lang_of("Öz: Bu makale"), "tr");
    assert_eq!(lang_of("KARADENİZ'DE LİMAN"), "tr");
    assert_eq!(lang_of("Liman siyasəti"), "az");
    assert_eq!(lang_of("Morskiye porty"), "ru-Latn");
}

#[test]
fn text_format_and_other_units() {
    let input = "Bu bir Türkçe cümledir. This is an English sentence.\n\nİkinci paragraf burada.\n";
    let run = bitext(
        &["detect", "--unit", "sentence", "--format", "text", "-"],
        Some(input.as_bytes()),
    )
    .expect_code(0);
    let langs: Vec<&str> = run
        .stdout
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(langs, ["tr", "en", "tr"], "{}", run.stdout);
    let run = bitext(
        &["detect", "--unit", "paragraph", "-"],
        Some(input.as_bytes()),
    )
    .expect_code(0);
    assert_eq!(objects(&run.stdout).len(), 2);
}

#[test]
fn empty_input_gives_no_spans_and_one_line_object_per_line() {
    let run = bitext(&["detect", "-"], Some(b"")).expect_code(0);
    assert_eq!(run.stdout, "");
    let run = bitext(&["detect", "--unit", "line", "-"], Some(b"")).expect_code(0);
    assert_eq!(run.stdout, "");
    let run = bitext(&["detect", "--unit", "line", "-"], Some(b"\n\n")).expect_code(0);
    assert_eq!(objects(&run.stdout).len(), 2);
}

#[test]
fn digits_and_punctuation_are_und() {
    let run = bitext(
        &["detect", "--unit", "line", "-"],
        Some("2020\n... !!! ---\n(12), 313-322.\n".as_bytes()),
    )
    .expect_code(0);
    for object in objects(&run.stdout) {
        assert_eq!(object["lang"], "und", "{object}");
    }
    let run = bitext(&["detect", "-"], Some(b"12345 678\n")).expect_code(0);
    let got = objects(&run.stdout);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["lang"], "und");
}

#[test]
fn a_single_very_long_line() {
    let sentence = "Bu uzun satır, aynı Türkçe cümlenin defalarca tekrarlanmasıyla oluşturuldu. ";
    let line = sentence.repeat(20_000);
    let run = bitext(&["detect", "--unit", "line", "-"], Some(line.as_bytes())).expect_code(0);
    let got = objects(&run.stdout);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0]["lang"], "tr");
    assert_eq!(got[0]["end"].as_u64().unwrap() as usize, line.len());
    let run = bitext(&["detect", "-"], Some(line.as_bytes())).expect_code(0);
    let got = objects(&run.stdout);
    assert_eq!(got.len(), 1, "one span for a monolingual line");
    assert_eq!(got[0]["lang"], "tr");
}

#[test]
fn invalid_utf8_is_a_clear_error() {
    let dir = Dir::new();
    let path = dir.write("bad.txt", b"iyi bir sat\xFDr\nikinci \xFF\xFE\n");
    let run = bitext_paths(&[&"detect", &path]).expect_code(2);
    assert!(run.stderr.contains("bad.txt"), "{}", run.stderr);
    assert!(
        run.stderr.contains("invalid UTF-8 at byte 11 (line 1)"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, "");
    let run = bitext_paths(&[&"detect", &"--unit", &"line", &path]).expect_code(2);
    assert!(
        run.stderr.contains("invalid UTF-8 at byte 11 (line 1)"),
        "{}",
        run.stderr
    );
    let run = bitext(
        &["detect", "--unit", "line", "-"],
        Some(b"ok line\nbad \xFF\n"),
    )
    .expect_code(2);
    assert!(
        run.stderr.contains("invalid UTF-8 at byte 12 (line 2)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout.contains("ok line"),
        "lines before the bad one were already written"
    );
    let run = bitext_paths(&[&"detect", &"--lossy", &path]).expect_code(0);
    assert!(!run.stdout.is_empty());
}

#[test]
fn every_reference_line_of_the_mixed_paper_is_labeled_right() {
    let run = bitext(
        &["detect", "--unit", "line", "-"],
        Some(&fixture_bytes("mixed-paper.txt")),
    )
    .expect_code(0);
    let got: Vec<(String, String)> = objects(&run.stdout)
        .into_iter()
        .map(|o| {
            (
                o["text"].as_str().unwrap().to_owned(),
                o["lang"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected = [
        ("Demir, A. (2025). Port policy", "en"),
        ("PORT POLICY AND REGIONAL TRADE", "en"),
        ("KARADENİZ'DE LİMAN POLİTİKASI", "tr"),
        ("- Aliyev, R. (2019)", "az"),
        ("- Ivanova, O. (2018)", "ru-Latn"),
        ("- Kaya, M. (2020)", "tr"),
        ("- Smith, J. (2017)", "en"),
        ("- Dupont, M. (2001)", "fr"),
        ("- Petrov, I. S. (2019)", "ru-Latn"),
        ("- Yılmaz, A. & Brown, K. (2022)", "en"),
    ];
    for (start, lang) in expected {
        let line = got
            .iter()
            .find(|(t, _)| t.starts_with(start))
            .unwrap_or_else(|| panic!("no line {start:?}"));
        assert_eq!(line.1, lang, "{start:?}");
    }
}

#[test]
fn spans_cut_a_turkish_journal_title_out_of_an_english_reference() {
    let run = bitext(&["detect", "-"], Some(&fixture_bytes("mixed-paper.txt"))).expect_code(0);
    let got = objects(&run.stdout);
    let title = got
        .iter()
        .find(|o| o["text"].as_str().unwrap().starts_with("*Deniz Ticareti"))
        .expect("the journal title is a span of its own");
    assert_eq!(title["lang"], "tr");
    let before = got
        .iter()
        .find(|o| o["text"].as_str().unwrap().starts_with("- Yılmaz"))
        .expect("the reference starts a span");
    assert_eq!(before["lang"], "en");
}

#[test]
fn offsets_count_a_byte_order_mark() {
    let input = "\u{feff}Bu satır Türkçe yazılmış bir cümledir.\n";
    for unit in ["span", "line", "sentence", "paragraph"] {
        let run = bitext(&["detect", "--unit", unit, "-"], Some(input.as_bytes())).expect_code(0);
        let got = objects(&run.stdout);
        assert_eq!(got[0]["start"], 3, "{unit}: {}", run.stdout);
        let end = got[0]["end"].as_u64().unwrap() as usize;
        assert_eq!(
            &input[3..end],
            "Bu satır Türkçe yazılmış bir cümledir.",
            "{unit}"
        );
        assert_eq!(got[0]["lang"], "tr");
    }
}

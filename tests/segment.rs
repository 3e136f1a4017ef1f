//! `bitext segment` on fixtures, standard input and bad input.

use crate::util::{bitext, bitext_paths, fixture_bytes, Dir};

#[test]
fn segments_stdin_one_sentence_per_line() {
    let input = "Prof. Dr. L. O. Ternovaya 20. yüzyılı inceledi (Erarslan, 2021, s. 328). Sonuç 27.09.2020'de açıklandı.\n";
    let run = bitext(&["segment", "-", "--lang", "tr"], Some(input.as_bytes())).expect_code(0);
    assert_eq!(
        run.stdout,
        "Prof. Dr. L. O. Ternovaya 20. yüzyılı inceledi (Erarslan, 2021, s. 328).\n\
         Sonuç 27.09.2020'de açıklandı.\n"
    );
    assert_eq!(run.stderr, "");
}

#[test]
fn jsonl_offsets_point_into_the_input() {
    let input = "Öz: Bu bir deneme. İkinci cümle!\n";
    let run = bitext(
        &["segment", "-", "--lang", "tr", "--format", "jsonl"],
        Some(input.as_bytes()),
    )
    .expect_code(0);
    let records: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 3);
    for record in &records {
        let (start, end) = (
            record["start"].as_u64().unwrap() as usize,
            record["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&input[start..end], record["text"].as_str().unwrap());
        assert_eq!(record["lang"], "tr");
    }
    assert_eq!(records[0]["text"], "Öz:");
    assert_eq!(records[2]["text"], "İkinci cümle!");
}

#[test]
fn jsonl_offsets_count_a_byte_order_mark() {
    let input = "\u{feff}One. Two.";
    let run = bitext(
        &["segment", "-", "--lang", "en", "--format", "jsonl"],
        Some(input.as_bytes()),
    )
    .expect_code(0);
    let first: serde_json::Value =
        serde_json::from_str(run.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(first["start"], 3);
    assert_eq!(&input[3..7], "One.");
}

#[test]
fn cleaned_paper_gives_the_sentences_a_reader_sees() {
    let dir = Dir::new();
    let paper = dir.fixture("segment-paper.txt");
    let cleaned = bitext_paths(&[&"clean", &paper]).expect_code(0);
    let cleaned_path = dir.write("cleaned.txt", &cleaned.stdout);
    let run = bitext_paths(&[&"segment", &cleaned_path, &"--lang", &"auto"]).expect_code(0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    let expected = [
        "KÜÇÜK DEVLETLERİN ENERJİ DİPLOMASİSİ",
        "Ayşe YILMAZ*",
        "Abstract:",
        "This paper studies how small states use energy routes in their foreign policy.",
        "It compares two cases from the 20th century, following Prof. Dr. K. Aydın (2019, p. 41).",
        "The analysis relies on treaties, e.g. the 1994 agreement, and on interviews.",
        "What did the route change?",
        "The answer is: more than its builders expected.",
        "Keywords:",
        "energy diplomacy, small states, pipelines",
        "Öz:",
        "Bu makale, küçük devletlerin enerji yollarını dış politikada nasıl kullandığını inceliyor.",
        "Çalışma, 20. yüzyıldan iki vakayı karşılaştırıyor ve Prof. Dr. K. Aydın'ın (2019, s. 41) yaklaşımını izliyor.",
        "Çözümleme, antlaşmalara (örn. 1994 antlaşması) ve görüşmelere dayanıyor.",
        "Sonuç olarak yol, onu inşa edenlerin beklediğinden daha fazlasını değiştirdi.",
        "Peki bu değişim kalıcı mı?",
        "* Dr. Öğr. Üyesi, Örnek Üniversitesi, ayse.yilmaz@ornek.edu.tr.",
        "Anahtar Kelimeler:",
        "enerji diplomasisi, küçük devletler, boru hatları",
    ];
    assert_eq!(lines, expected, "\n--- stdout ---\n{}", run.stdout);
    assert_eq!(
        std::fs::read(&paper).unwrap(),
        fixture_bytes("segment-paper.txt"),
        "input unchanged"
    );
}

#[test]
fn writes_output_file_and_refuses_to_overwrite_input() {
    let dir = Dir::new();
    let input = dir.write("in.txt", "One. Two.\n");
    let out = dir.path("out.txt");
    bitext_paths(&[&"segment", &input, &"--lang", &"en", &"-o", &out]).expect_code(0);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "One.\nTwo.\n");
    let run = bitext_paths(&[&"segment", &input, &"--lang", &"en", &"-o", &input]).expect_code(2);
    assert!(
        run.stderr.contains("the output is the input"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_to_string(&input).unwrap(), "One. Two.\n");
}

#[test]
fn own_abbreviation_table() {
    let dir = Dir::new();
    let table = dir.write("abbr.tsv", "# journal forms\nŞrt.\tprefix\n");
    let input = dir.write("in.txt", "Bu Şrt. Maddesi önemlidir.\n");
    let run = bitext_paths(&[&"segment", &input, &"--lang", &"tr"]).expect_code(0);
    assert_eq!(run.stdout.lines().count(), 2);
    let run = bitext_paths(&[
        &"segment",
        &input,
        &"--lang",
        &"tr",
        &"--abbreviations",
        &table,
    ])
    .expect_code(0);
    assert_eq!(run.stdout, "Bu Şrt. Maddesi önemlidir.\n");
    let bad = dir.write("bad.tsv", "# x\nŞrt\tprefix\n");
    let run = bitext_paths(&[
        &"segment",
        &input,
        &"--lang",
        &"tr",
        &"--abbreviations",
        &bad,
    ])
    .expect_code(2);
    assert!(
        run.stderr.contains("bad.tsv") && run.stderr.contains("line 2"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_input_and_usage_exit_2() {
    let run = bitext(
        &["segment", "-", "--lang", "tr"],
        Some(b"Bu bir \xff deneme."),
    )
    .expect_code(2);
    assert!(
        run.stderr.contains("invalid UTF-8 at byte 7"),
        "{}",
        run.stderr
    );
    let run = bitext(
        &["segment", "-", "--lang", "tr", "--lossy"],
        Some(b"Bu bir \xff deneme."),
    )
    .expect_code(0);
    assert_eq!(run.stdout, "Bu bir \u{fffd} deneme.\n");
    let run = bitext(&["segment", "-", "--lang", "klingon"], Some(b"x")).expect_code(2);
    assert!(
        run.stderr.contains("unknown language code"),
        "{}",
        run.stderr
    );
    let run = bitext(&["segment", "/nonexistent/file.txt", "--lang", "en"], None).expect_code(2);
    assert!(
        run.stderr.contains("/nonexistent/file.txt"),
        "{}",
        run.stderr
    );
}

#[test]
fn empty_input_gives_empty_output() {
    let run = bitext(&["segment", "-", "--lang", "en"], Some(b"")).expect_code(0);
    assert_eq!(run.stdout, "");
    let run = bitext(
        &["segment", "-", "--lang", "auto", "--format", "jsonl"],
        Some(b"\n\n"),
    )
    .expect_code(0);
    assert_eq!(run.stdout, "");
}

#[test]
fn turkish_headline_ending_in_a_verb_is_its_own_sentence() {
    let input = "Yeni Metro Hattı Hizmete Girdi İstanbul'da yeni hat bugün açıldı. \"Ne zaman?\" diye sordu Ayşe.\n";
    let run = bitext(&["segment", "-", "--lang", "tr"], Some(input.as_bytes())).expect_code(0);
    assert_eq!(
        run.stdout,
        "Yeni Metro Hattı Hizmete Girdi\n\
         İstanbul'da yeni hat bugün açıldı.\n\
         \"Ne zaman?\" diye sordu Ayşe.\n"
    );
    // The rule is Turkish only: English rules leave the line whole.
    let run = bitext(&["segment", "-", "--lang", "en"], Some(input.as_bytes())).expect_code(0);
    assert_eq!(run.stdout.lines().count(), 2);
}

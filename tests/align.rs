//! `bitext align` on fixtures and on bad input.

use crate::util::{bitext, bitext_paths, fixture_bytes, Dir};

fn columns(line: &str) -> Vec<&str> {
    line.split('\t').collect()
}

#[test]
fn two_raw_files_are_segmented_and_aligned_as_tsv() {
    let dir = Dir::new();
    let en = dir.fixture("align-en.txt");
    let tr = dir.fixture("align-tr.txt");
    let run = bitext_paths(&[&"align", &en, &tr]).expect_code(0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 5, "{}", run.stdout);
    assert_eq!(
        &columns(lines[1])[..2],
        ["It cost 12 million lira.", "12 milyon liraya mal oldu."]
    );
    assert_eq!(
        &columns(lines[3])[..2],
        [
            "The mayor, Ayşe Demir, called it a turning point.",
            "Belediye Başkanı Ayşe Demir bunu bir dönüm noktası olarak nitelendirdi."
        ]
    );
    for line in &lines {
        let score: f64 = columns(line)[2].parse().unwrap();
        assert!((0.0..=1.0).contains(&score));
    }
    assert_eq!(std::fs::read(&en).unwrap(), fixture_bytes("align-en.txt"));
    assert_eq!(std::fs::read(&tr).unwrap(), fixture_bytes("align-tr.txt"));
}

#[test]
fn presegmented_jsonl_has_indices_and_finds_a_split() {
    let dir = Dir::new();
    let en = dir.fixture("align-en.lines");
    let tr = dir.fixture("align-tr.lines");
    let run = bitext_paths(&[&"align", &"--presegmented", &"--format", &"jsonl", &en, &tr])
        .expect_code(0);
    let beads: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let shapes: Vec<(String, String)> = beads
        .iter()
        .map(|b| (b["src"].to_string(), b["tgt"].to_string()))
        .collect();
    let expected = [
        ("[0]", "[0]"),
        ("[1]", "[1]"),
        ("[2]", "[2,3]"),
        ("[3]", "[4]"),
    ];
    assert_eq!(
        shapes,
        expected
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .to_vec()
    );
    assert!(beads.iter().all(|b| b["score"].is_number()));
}

#[test]
fn mixed_document_aligns_abstract_and_oz() {
    let dir = Dir::new();
    let doc = dir.fixture("align-mixed.txt");
    let run = bitext_paths(&[&"align", &doc]).expect_code(0);
    let pairs: Vec<Vec<&str>> = run.stdout.lines().map(columns).collect();
    assert_eq!(pairs.len(), 5, "{}", run.stdout);
    assert_eq!(
        pairs[0][1],
        "DOĞU İLLERİNDE BÖLGESEL SU POLİTİKASI (2010-2020)"
    );
    assert_eq!(
        pairs[2][0],
        "It compares 14 irrigation projects and their costs."
    );
    assert_eq!(
        pairs[2][1],
        "Makale 14 sulama projesini ve maliyetlerini karşılaştırıyor."
    );
    assert_eq!(pairs[4][1], "su politikası, sulama, bölgesel kalkınma");
}

#[test]
fn tmx_output_parses_back() {
    let dir = Dir::new();
    let en = dir.fixture("align-en.lines");
    let tr = dir.fixture("align-tr.lines");
    let out = dir.path("out.tmx");
    bitext_paths(&[
        &"align",
        &"--presegmented",
        &"--src-lang",
        &"en",
        &"--tgt-lang",
        &"tr",
        &"--format",
        &"tmx",
        &"-o",
        &out,
        &en,
        &tr,
    ])
    .expect_code(0);
    let xml = std::fs::read_to_string(&out).unwrap();
    let tmx = bitext::formats::read_tmx(&xml).unwrap();
    assert_eq!(tmx.src_lang, "en");
    assert_eq!(tmx.creation_tool, "bitext");
    assert_eq!(tmx.units.len(), 4);
    assert_eq!(
        tmx.units[2].variants,
        vec![
            (
                "en".to_string(),
                "Half of the villages have no school; the children travel to the town.".to_string()
            ),
            (
                "tr".to_string(),
                "Köylerin yarısında okul yok. Çocuklar kasabaya gidiyor.".to_string()
            ),
        ]
    );
}

#[test]
fn batch_streams_results_and_names_the_bad_line() {
    let dir = Dir::new();
    let batch = dir.fixture("align-batch.jsonl");
    let run = bitext_paths(&[&"align", &"--batch", &batch, &"--threads", &"2"]).expect_code(2);
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["beads"].as_array().unwrap().len(), 2);
    // Every sentence of a fully translated pair found its counterpart.
    let coverage = &lines[0]["coverage"];
    assert_eq!(coverage["src_aligned"], coverage["src_total"]);
    assert_eq!(coverage["tgt_aligned"], coverage["tgt_total"]);
    assert!(lines[0]["matched_quality"].as_f64().unwrap() >= lines[0]["quality"].as_f64().unwrap());
    assert_eq!(lines[1]["id"], 2);
    assert_eq!(lines[1]["src_sentences"][1], "It cost 12 million lira.");
    assert_eq!(lines[2]["line"], 3);
    assert!(lines[2]["error"].as_str().unwrap().contains("invalid JSON"));
    assert_eq!(lines[3]["id"], "c");
    assert!(
        run.stderr.contains("align-batch.jsonl:3: invalid JSON"),
        "{}",
        run.stderr
    );
}

#[test]
fn batch_from_stdin_rejects_tsv() {
    let run = bitext(&["align", "--batch", "-", "--format", "tsv"], Some(b"{}\n")).expect_code(2);
    assert!(
        run.stderr.contains("--batch writes JSON Lines"),
        "{}",
        run.stderr
    );
}

#[test]
fn batch_reports_missing_fields_and_bad_utf8_by_line() {
    let input = b"{\"id\": 1, \"src\": [\"a\"]}\n{\"id\": 2, \"src\": [\"\xff\"], \"tgt\": []}\n";
    let run = bitext(&["align", "--batch", "-"], Some(input)).expect_code(2);
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["error"], "missing \"tgt\"");
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("UTF-8"));
}

#[test]
fn empty_side_gives_omissions() {
    let dir = Dir::new();
    let en = dir.fixture("align-en.lines");
    let empty = dir.write("empty.txt", "");
    let run = bitext_paths(&[
        &"align",
        &"--presegmented",
        &"--format",
        &"jsonl",
        &en,
        &empty,
    ])
    .expect_code(0);
    assert_eq!(run.stdout.lines().count(), 4);
    assert!(run.stdout.lines().all(|l| l.contains("\"tgt\":[]")));
}

#[test]
fn one_side_a_hundred_times_longer_is_aligned() {
    let dir = Dir::new();
    let short = dir.write("short.txt", "The report was published in 2021.\n");
    let long: String = (0..100)
        .map(|k| format!("Satır {k} burada duruyor.\n"))
        .collect();
    let long = dir.write("long.txt", long);
    let run = bitext_paths(&[
        &"align",
        &"--presegmented",
        &"--format",
        &"jsonl",
        &short,
        &long,
    ])
    .expect_code(0);
    let beads: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let targets: usize = beads
        .iter()
        .map(|b| b["tgt"].as_array().unwrap().len())
        .sum();
    assert_eq!(targets, 100, "{}", run.stdout);
    let paired = beads
        .iter()
        .filter(|b| !b["src"].as_array().unwrap().is_empty())
        .count();
    assert_eq!(paired, 1, "{}", run.stdout);
}

#[test]
fn a_megabyte_sentence_is_aligned() {
    let dir = Dir::new();
    let big = format!("{}\nShort.\n", "word ".repeat(200_000));
    let src = dir.write("big.txt", big);
    let tgt = dir.write("tgt.txt", "Kelime.\nKısa.\n");
    let run = bitext_paths(&[
        &"align",
        &"--presegmented",
        &"--format",
        &"jsonl",
        &src,
        &tgt,
    ])
    .expect_code(0);
    assert!(run.stdout.lines().count() >= 2);
}

#[test]
fn invalid_utf8_names_the_byte_and_line() {
    let dir = Dir::new();
    let src = dir.write("bad.txt", b"Good line.\nBad \xff line.\n");
    let tgt = dir.write("tgt.txt", "İyi.\nKötü.\n");
    let run = bitext_paths(&[&"align", &"--presegmented", &src, &tgt]).expect_code(2);
    assert!(run.stderr.contains("bad.txt"), "{}", run.stderr);
    assert!(run.stderr.contains("byte 15"), "{}", run.stderr);
    let run = bitext_paths(&[&"align", &"--presegmented", &"--lossy", &src, &tgt]).expect_code(0);
    assert_eq!(run.stdout.lines().count(), 2);
}

#[test]
fn monolingual_document_is_a_clear_error() {
    let dir = Dir::new();
    let doc = dir.write("en.txt", "This is English. Only English here.\n");
    let run = bitext_paths(&[&"align", &doc]).expect_code(2);
    assert!(run.stderr.contains("needs two languages"), "{}", run.stderr);
}

#[test]
fn output_never_overwrites_an_input() {
    let dir = Dir::new();
    let en = dir.fixture("align-en.lines");
    let tr = dir.fixture("align-tr.lines");
    let run = bitext_paths(&[&"align", &"--presegmented", &"-o", &tr, &en, &tr]).expect_code(2);
    assert!(
        run.stderr.contains("the output is the input"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(&tr).unwrap(), fixture_bytes("align-tr.lines"));
}

#[test]
fn bad_max_bead_is_a_usage_error() {
    let dir = Dir::new();
    let en = dir.fixture("align-en.lines");
    let run =
        bitext_paths(&[&"align", &"--presegmented", &"--max-bead", &"0", &en, &en]).expect_code(2);
    assert!(run.stderr.contains("maximum bead size 0"), "{}", run.stderr);
}

//! `bitext glossary build` on fixtures, output formats, --merge and bad input.

use crate::util::{bitext, bitext_paths, Dir};

/// (en, tr, variants) of each TSV output row, header skipped.
fn rows(tsv: &str) -> Vec<(String, String, String)> {
    tsv.lines()
        .skip(1)
        .map(|l| {
            let cells: Vec<&str> = l.split('\t').collect();
            assert!(cells.len() >= 5, "short row {l:?}");
            (
                cells[0].to_owned(),
                cells[1].to_owned(),
                cells[4].to_owned(),
            )
        })
        .collect()
}

fn has(rows: &[(String, String, String)], en: &str, tr: &str) -> bool {
    rows.iter().any(|(e, t, _)| e == en && t == tr)
}

#[test]
fn mixed_document_gives_term_pairs_in_citation_form() {
    let dir = Dir::new();
    let input = dir.fixture("glossary_paper.txt");
    let before = std::fs::read(&input).unwrap();
    let run = bitext_paths(&[&"glossary", &"build", &input]).expect_code(0);
    assert!(run.stdout.starts_with("en\ttr\tcount\tscore\tvariants\n"));
    let rows = rows(&run.stdout);
    for (en, tr) in [
        ("Middle Corridor", "Orta Koridor"),
        ("Caspian Sea", "Hazar Denizi"),
        ("South Caucasus", "Güney Kafkasya"),
        ("Shusha Declaration", "Şuşa Deklarasyonu"),
        ("port capacity", "liman kapasitesi"),
    ] {
        assert!(has(&rows, en, tr), "{en} / {tr} missing in\n{}", run.stdout);
    }
    assert_eq!(
        std::fs::read(&input).unwrap(),
        before,
        "input must be untouched"
    );
}

#[test]
fn aligned_tsv_pairs_with_counts_and_json_evidence() {
    let dir = Dir::new();
    let input = dir.fixture("glossary_pairs.tsv");
    let run = bitext_paths(&[&"glossary", &"build", &input, &"--format", &"json"]).expect_code(0);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let entries = json["entries"].as_array().unwrap();
    let mc = entries
        .iter()
        .find(|e| e["en"] == "Middle Corridor")
        .unwrap_or_else(|| panic!("no Middle Corridor in {}", run.stdout));
    assert_eq!(mc["tr"], "Orta Koridor");
    assert_eq!(mc["count"], 2);
    let lines: Vec<u64> = mc["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["src_line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [2, 4]);
    assert!(mc["score_parts"]["lexical"].as_f64().unwrap() > 0.5);
    let baku = entries.iter().find(|e| e["en"] == "Baku").unwrap();
    assert_eq!(baku["tr"], "Bakü");
}

#[test]
fn jsonl_and_tmx_inputs() {
    let dir = Dir::new();
    let jsonl = dir.write(
        "pairs.jsonl",
        "{\"src\": \"Şuşa Deklarasyonu imzalandı.\", \"tgt\": \"The Shusha Declaration was signed.\"}\n\
         {\"src\": \"Şuşa Deklarasyonu yürürlükte.\", \"tgt\": \"The Shusha Declaration is in force.\"}\n",
    );
    let run = bitext_paths(&[&"glossary", &"build", &jsonl]).expect_code(0);
    assert!(
        has(
            &rows(&run.stdout),
            "Shusha Declaration",
            "Şuşa Deklarasyonu"
        ),
        "{}",
        run.stdout
    );
    let tmx = dir.write(
        "memory.tmx",
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n\
         <tu><tuv xml:lang=\"en\"><seg>The Caspian Sea is large.</seg></tuv><tuv xml:lang=\"tr\"><seg>Hazar Denizi büyüktür.</seg></tuv></tu>\n\
         <tu><tuv xml:lang=\"en-GB\"><seg>Oil crosses the Caspian Sea.</seg></tuv><tuv xml:lang=\"tr-TR\"><seg>Petrol Hazar Denizi'ni geçiyor.</seg></tuv></tu>\n\
         </body></tmx>\n",
    );
    let run = bitext_paths(&[&"glossary", &"build", &tmx]).expect_code(0);
    let rows = rows(&run.stdout);
    assert!(has(&rows, "Caspian Sea", "Hazar Denizi"), "{}", run.stdout);
}

#[test]
fn two_texts_are_aligned_first() {
    let dir = Dir::new();
    let en = dir.write(
        "en.txt",
        "The Middle Corridor links Baku with Europe. Port capacity in Baku is growing.\n",
    );
    let tr = dir.write(
        "tr.txt",
        "Orta Koridor Bakü'yü Avrupa'ya bağlıyor. Bakü'de liman kapasitesi artıyor.\n",
    );
    let run = bitext_paths(&[&"glossary", &"build", &tr, &en]).expect_code(0);
    let rows = rows(&run.stdout);
    assert!(
        has(&rows, "Middle Corridor", "Orta Koridor"),
        "{}",
        run.stdout
    );
    assert!(
        has(&rows, "port capacity", "liman kapasitesi"),
        "{}",
        run.stdout
    );
}

#[test]
fn tbx_output_parses_back() {
    let dir = Dir::new();
    let input = dir.fixture("glossary_paper.txt");
    let out = dir.path("g.tbx");
    bitext_paths(&[
        &"glossary",
        &"build",
        &input,
        &"--format",
        &"tbx",
        &"-o",
        &out,
    ])
    .expect_code(0);
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(xml.contains("<tbx type=\"TBX-Basic\""));
    let g = bitext::glossary::read_tbx(&xml).unwrap();
    assert!(g
        .entries
        .iter()
        .any(|e| e.en == "Middle Corridor" && e.tr == "Orta Koridor"));
}

#[test]
fn merge_keeps_every_old_entry_and_adds_variants() {
    let dir = Dir::new();
    let input = dir.fixture("glossary_pairs.tsv");
    let old = "en\ttr\tcount\tscore\tvariants\tnote\tdomain\tstatus\n\
               Middle Corridor\tOrta Koridor\t7\t1.000\ten:middle corridor (×2)\tapproved\ttransport\t\n\
               Unrelated Term\tİlgisiz Terim\t1\t0.500\t\t\t\tforbidden\n";
    let glossary = dir.write("old.tsv", old);
    let run = bitext_paths(&[&"glossary", &"build", &input, &"--merge", &glossary]).expect_code(0);
    assert_eq!(run.stdout, "", "the merged glossary replaces the old file");
    assert!(run.stderr.contains("merged:"), "{}", run.stderr);
    let merged = std::fs::read_to_string(&glossary).unwrap();
    let g = bitext::glossary::read_tsv(&merged).unwrap();
    let first = &g.entries[0];
    assert_eq!(
        (first.en.as_str(), first.tr.as_str()),
        ("Middle Corridor", "Orta Koridor")
    );
    assert_eq!(first.note.as_deref(), Some("approved"));
    assert!(first
        .variants
        .en
        .iter()
        .any(|v| v.form == "middle corridor"));
    assert!(first.count > 7);
    assert_eq!(g.entries[1].en, "Unrelated Term");
    assert!(g.entries[1].forbidden);
    assert!(g.entries.iter().any(|e| e.en == "Baku"));
}

#[test]
fn no_default_glossary_drops_the_prior_score() {
    let dir = Dir::new();
    let input = dir.fixture("glossary_paper.txt");
    let with = bitext_paths(&[&"glossary", &"build", &input, &"--format", &"json"]).expect_code(0);
    let without = bitext_paths(&[
        &"glossary",
        &"build",
        &input,
        &"--format",
        &"json",
        &"--no-default-glossary",
    ])
    .expect_code(0);
    let glossary_parts = |s: &str| -> f64 {
        let v: serde_json::Value = serde_json::from_str(s).unwrap();
        v["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["score_parts"]["glossary"].as_f64().unwrap_or(0.0))
            .sum()
    };
    assert!(glossary_parts(&with.stdout) >= 2.0);
    assert_eq!(glossary_parts(&without.stdout), 0.0);
}

#[test]
fn a_lexicon_links_the_words_of_a_term_seen_once() {
    let dir = Dir::new();
    let pairs = dir.write(
        "pairs.tsv",
        "The farmers still use furrow irrigation on the plain.\tÇiftçiler ovada hâlâ karık sulama kullanıyor.\n\
         The cost of water rose sharply this year.\tSuyun maliyeti bu yıl keskin biçimde arttı.\n",
    );
    let lexicon = dir.write("words.tsv", "en\ttr\nfurrow\tkarık\nirrigation\tsulama\n");
    let off = "--no-default-glossary";
    let without = bitext_paths(&[&"glossary", &"build", &pairs, &off]).expect_code(0);
    assert!(!has(
        &rows(&without.stdout),
        "furrow irrigation",
        "karık sulama"
    ));
    let with =
        bitext_paths(&[&"glossary", &"build", &pairs, &off, &"--lexicon", &lexicon]).expect_code(0);
    let built = rows(&with.stdout);
    assert!(
        has(&built, "furrow irrigation", "karık sulama"),
        "{}",
        with.stdout
    );
    // The general words themselves are vocabulary, not entries.
    assert!(!has(&built, "furrow", "karık"));
    // The shipped general word list links the same words.
    let shipped = bitext_paths(&[&"glossary", &"build", &pairs]).expect_code(0);
    let built = rows(&shipped.stdout);
    assert!(
        has(&built, "furrow irrigation", "karık sulama"),
        "{}",
        shipped.stdout
    );
    assert!(!has(&built, "irrigation", "sulama"));
    let missing = dir.path("missing.tsv");
    let run = bitext_paths(&[&"glossary", &"build", &pairs, &"--lexicon", &missing]).expect_code(2);
    assert!(run.stderr.contains("missing.tsv"), "{}", run.stderr);
}

#[test]
fn bad_tsv_row_names_its_line_and_nothing_is_written() {
    let dir = Dir::new();
    let input = dir.write("pairs.tsv", "en\ttr\nBaku\tBakü\njust one column\n");
    let out = dir.path("out.tsv");
    let run = bitext_paths(&[&"glossary", &"build", &input, &"-o", &out]).expect_code(2);
    assert!(
        run.stderr
            .contains("pairs.tsv: line 3: expected at least 2 tab-separated columns"),
        "{}",
        run.stderr
    );
    assert!(!out.exists());
    // A merge glossary with a bad row stops the run before anything is written.
    let glossary = dir.write("g.tsv", "en\ttr\nA\tB\nC\tD\tE\tF\tG\tH\n");
    let before = std::fs::read(&glossary).unwrap();
    let good = dir.fixture("glossary_pairs.tsv");
    let run = bitext_paths(&[&"glossary", &"build", &good, &"--merge", &glossary]).expect_code(2);
    assert!(
        run.stderr
            .contains("g.tsv: line 3: expected at most 2 tab-separated columns"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(&glossary).unwrap(), before);
}

#[test]
fn tbx_that_is_not_tbx_and_entity_bomb_are_clear_errors() {
    let dir = Dir::new();
    let good = dir.fixture("glossary_pairs.tsv");
    let html = dir.write(
        "g.tbx",
        "<?xml version=\"1.0\"?>\n<html><body>no</body></html>\n",
    );
    let run = bitext_paths(&[&"glossary", &"build", &good, &"--merge", &html]).expect_code(2);
    assert!(run.stderr.contains("g.tbx: line 2"), "{}", run.stderr);
    assert!(run.stderr.contains("not a TBX document"), "{}", run.stderr);
    let mut bomb =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [\n<!ENTITY lol \"lol\">\n");
    let mut prev = String::from("lol");
    for i in 1..10 {
        let name = format!("lol{i}");
        bomb.push_str(&format!(
            "<!ENTITY {name} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
        prev = name;
    }
    bomb.push_str(&format!(
        "]>\n<tbx><text><body>&{prev};</body></text></tbx>\n"
    ));
    let bomb_path = dir.write("bomb.tbx", &bomb);
    let out = dir.path("out.tsv");
    let run = bitext_paths(&[
        &"glossary",
        &"build",
        &good,
        &"--prior",
        &bomb_path,
        &"-o",
        &out,
    ])
    .expect_code(2);
    assert!(run.stderr.contains("bomb.tbx: line 2"), "{}", run.stderr);
    assert!(run.stderr.contains("DTD"), "{}", run.stderr);
    assert!(!out.exists());
}

#[test]
fn invalid_utf8_names_the_byte_and_one_language_document_is_refused() {
    let dir = Dir::new();
    let bad = dir.write("bad.txt", b"Abstract: fine\xff text\n".as_slice());
    let run = bitext_paths(&[&"glossary", &"build", &bad]).expect_code(2);
    assert!(run.stderr.contains("bad.txt"), "{}", run.stderr);
    assert!(run.stderr.contains("byte"), "{}", run.stderr);
    let run = bitext(
        &["glossary", "build", "-"],
        Some("Only English here. Nothing else at all.\n".as_bytes()),
    );
    let run = run.expect_code(2);
    assert!(run.stderr.contains("<stdin>"), "{}", run.stderr);
}

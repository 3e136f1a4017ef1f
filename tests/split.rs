//! `bitext split` on fixtures.

use crate::util::{bitext_paths, Dir};

#[test]
fn splits_the_mixed_paper_by_language_and_section() {
    let dir = Dir::new();
    let path = dir.fixture("mixed-paper.txt");
    let before = std::fs::read(&path).unwrap();
    let out = dir.path("out");
    let run = bitext_paths(&[&"split", &path, &"-o", &out]).expect_code(0);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    for name in [
        "mixed-paper.en.txt",
        "mixed-paper.tr.txt",
        "mixed-paper.az.txt",
        "mixed-paper.ru-Latn.txt",
        "mixed-paper.sections.json",
    ] {
        assert!(run.stdout.contains(name), "{}", run.stdout);
        assert!(out.join(name).exists(), "{name} missing");
    }
    let en = std::fs::read_to_string(out.join("mixed-paper.en.txt")).unwrap();
    let tr = std::fs::read_to_string(out.join("mixed-paper.tr.txt")).unwrap();
    assert!(en.contains("This article examines how port policy"));
    assert!(!en.contains("Abstract:"), "labels are structure, not text");
    assert!(tr.contains("Bu makale, liman politikasının"));
    assert!(!tr.contains("Öz:") && !tr.contains("Anahtar Kelimeler:"));
    assert!(!tr.contains("This article"));
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("mixed-paper.sections.json")).unwrap(),
    )
    .unwrap();
    let parts = json["parts"].as_array().unwrap();
    let find = |section: &str, lang: &str| {
        parts
            .iter()
            .find(|p| p["section"] == section && p["lang"] == lang)
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(find("abstract", "en")["label"], "Abstract:");
    assert_eq!(find("abstract", "tr")["label"], "Öz:");
    assert_eq!(find("keywords", "tr")["label"], "Anahtar Kelimeler:");
    assert_eq!(find("title", "tr")["file"], "mixed-paper.tr.txt");
    let en_text = std::fs::read_to_string(out.join("mixed-paper.en.txt")).unwrap();
    assert!(
        en_text.contains("- Yılmaz, A. & Brown, K. (2022)"),
        "a mixed entry goes to its main language"
    );
    assert!(std::fs::read_to_string(out.join("mixed-paper.fr.txt"))
        .unwrap()
        .contains("- Dupont, M."));
    let az = find("references", "az");
    let (s, e) = (
        az["file_start"].as_u64().unwrap() as usize,
        az["file_end"].as_u64().unwrap() as usize,
    );
    let az_text = std::fs::read_to_string(out.join("mixed-paper.az.txt")).unwrap();
    assert!(az_text[s..e].contains("Liman siyasəti"));
}

#[test]
fn never_overwrites_without_force() {
    let dir = Dir::new();
    let path = dir.write("paper.txt", "Abstract: A short English abstract about ports.\n\nÖz: Limanlar hakkında kısa bir Türkçe öz.\n");
    let out = dir.path("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("paper.en.txt"), "keep me").unwrap();
    let run = bitext_paths(&[&"split", &path, &"-o", &out]).expect_code(2);
    assert!(
        run.stderr.contains("already exists") && run.stderr.contains("--force"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(out.join("paper.en.txt")).unwrap(),
        "keep me"
    );
    assert!(
        !out.join("paper.tr.txt").exists(),
        "nothing is written when one file exists"
    );
    bitext_paths(&[&"split", &path, &"-o", &out, &"--force"]).expect_code(0);
    assert!(std::fs::read_to_string(out.join("paper.en.txt"))
        .unwrap()
        .contains("English abstract"));
    assert!(std::fs::read_to_string(out.join("paper.tr.txt"))
        .unwrap()
        .contains("Türkçe öz"));
}

#[test]
fn empty_and_invalid_input() {
    let dir = Dir::new();
    let empty = dir.write("empty.txt", "");
    let out = dir.path("out");
    let run = bitext_paths(&[&"split", &empty, &"-o", &out]).expect_code(0);
    assert!(run.stdout.contains("empty.sections.json"));
    let bad = dir.write("bad.txt", b"Abstract: fine\n\xC3\x28\n");
    let run = bitext_paths(&[&"split", &bad, &"-o", &out]).expect_code(2);
    assert!(
        run.stderr.contains("bad.txt") && run.stderr.contains("invalid UTF-8 at byte 15 (line 2)"),
        "{}",
        run.stderr
    );
}

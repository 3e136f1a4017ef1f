//! `bitext clean` on fixtures and on bad input.

use std::io::Read;
use std::process::{Command as StdCommand, Stdio};

use crate::util::{bitext, bitext_paths, fixture_bytes, Dir};

fn sample() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/paper.txt")
}

#[test]
fn sample_paper_matches_golden_output() {
    let dir = Dir::new();
    let input = dir.write("paper.txt", std::fs::read(sample()).unwrap());
    let before = std::fs::read(&input).unwrap();
    let run = bitext_paths(&[&"clean", &input]).expect_code(0);
    let expected = String::from_utf8(fixture_bytes("paper.clean.txt")).unwrap();
    assert_eq!(run.stdout, expected);
    assert_eq!(
        std::fs::read(&input).unwrap(),
        before,
        "input must be untouched"
    );
    // The footnote left the Öz sentence, which is whole again.
    assert!(run
        .stdout
        .contains("ortak gümrük işlemlerine bağlı olduğunu savunuyor."));
    let footnote = run.stdout.find("* Dr., Örnek").unwrap();
    let keywords = run.stdout.find("Anahtar Kelimeler:").unwrap();
    let oz_end = run.stdout.find("sonucuna varıyor.").unwrap();
    assert!(oz_end < footnote && footnote < keywords);
    assert!(run.stdout.contains("Şanlıurfa") && run.stdout.contains("Çavuşoğlu"));
    assert!(
        !run.stdout.contains("\n41\n")
            && !run
                .stdout
                .contains("Journal of Eurasian Transport Studies, 3(1), 41-58")
    );
}

#[test]
fn text_report_lists_each_change_with_its_line() {
    let run = bitext_paths(&[&"clean", &sample(), &"--report"]).expect_code(0);
    let name = sample().display().to_string();
    for expected in [
        format!("{name}:13: page-break-join:"),
        format!("{name}:15: footnote-moved: * Dr., Örnek"),
        format!("{name}:31: mojibake: ÅžanlÄ±urfa → Şanlıurfa"),
        format!("{name}:45: mojibake: Çavuþoðlu, → Çavuşoğlu,"),
        format!("{name}:46: lossy-damage: Y?ld?z → Y?ld?z"),
        format!("{name}:17: page-number: 41 →"),
        format!("{name}:13: apostrophe: Koridor’un → Koridor'un"),
    ] {
        assert!(
            run.stderr.contains(&expected),
            "missing {expected:?} in\n{}",
            run.stderr
        );
    }
    assert!(run.stderr.contains("2 mojibake"), "{}", run.stderr);
}

#[test]
fn json_report_is_one_object() {
    let run = bitext_paths(&[
        &"clean",
        &sample(),
        &"--report",
        &"--report-format",
        &"json",
    ])
    .expect_code(0);
    let report: serde_json::Value = serde_json::from_str(&run.stderr).expect("stderr is JSON");
    let changes = report["changes"].as_array().unwrap();
    assert!(changes
        .iter()
        .any(|c| c["kind"] == "footnote-moved" && c["line"] == 15));
    assert_eq!(report["summary"]["mojibake"], 2);
}

#[test]
fn output_file_is_written_and_input_is_never_overwritten() {
    let dir = Dir::new();
    let input = dir.write("in.txt", "Türkiye’nin\n");
    let out = dir.path("out.txt");
    bitext_paths(&[&"clean", &input, &"-o", &out]).expect_code(0);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "Türkiye'nin\n");

    let run = bitext_paths(&[&"clean", &input, &"-o", &input]).expect_code(2);
    assert!(
        run.stderr.contains("the output is the input"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_to_string(&input).unwrap(), "Türkiye’nin\n");
}

#[test]
fn empty_input_gives_empty_output() {
    let dir = Dir::new();
    let input = dir.write("empty.txt", "");
    let run = bitext_paths(&[&"clean", &input]).expect_code(0);
    assert_eq!(run.stdout, "");
}

#[test]
fn invalid_utf8_names_file_byte_and_line() {
    let dir = Dir::new();
    let input = dir.write("bad.txt", b"ilk satir\nBak\xFC\n");
    let run = bitext_paths(&[&"clean", &input]).expect_code(2);
    assert!(run.stderr.starts_with("bitext: "), "{}", run.stderr);
    assert!(run.stderr.contains("bad.txt"), "{}", run.stderr);
    assert!(
        run.stderr.contains("byte 13") && run.stderr.contains("line 2"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("--encoding") && run.stderr.contains("--lossy"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.lines().count(),
        1,
        "one-line message: {}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"));
}

#[test]
fn code_pages_and_lossy_decoding() {
    let dir = Dir::new();
    let input = dir.write("cp1254.txt", b"\xDEanl\xFDurfa ve \xC7avu\xFEo\xF0lu\n");
    let run = bitext_paths(&[&"clean", &input, &"--encoding", &"cp1254"]).expect_code(0);
    assert_eq!(run.stdout, "Şanlıurfa ve Çavuşoğlu\n");
    let run = bitext_paths(&[&"clean", &input, &"--encoding", &"auto"]).expect_code(0);
    assert_eq!(run.stdout, "Şanlıurfa ve Çavuşoğlu\n");
    let run = bitext_paths(&[&"clean", &input, &"--lossy", &"--report"]).expect_code(0);
    assert!(run.stdout.contains('\u{FFFD}'));
    assert!(run.stderr.contains("lossy-damage"), "{}", run.stderr);
}

#[test]
fn nul_bytes() {
    let dir = Dir::new();
    let binary = dir.write("utf16.txt", b"a\0b\0c\0d\0");
    let run = bitext_paths(&[&"clean", &binary]).expect_code(2);
    assert!(run.stderr.contains("NUL byte at byte 1"), "{}", run.stderr);
    let stray = dir.write("stray.txt", format!("{}\0 son\n", "metin ".repeat(30)));
    let run = bitext_paths(&[&"clean", &stray]).expect_code(0);
    assert!(!run.stdout.contains('\0'));
}

#[test]
fn directory_and_missing_file_are_clear_errors() {
    let dir = Dir::new();
    let run = bitext_paths(&[&"clean", &dir.path("")]).expect_code(2);
    assert!(run.stderr.contains("is a directory"), "{}", run.stderr);
    let run = bitext_paths(&[&"clean", &dir.path("nope.txt")]).expect_code(2);
    assert!(
        run.stderr.contains("nope.txt: cannot open"),
        "{}",
        run.stderr
    );
}

#[test]
fn hundred_megabytes_without_a_newline() {
    let dir = Dir::new();
    let line = "Türkiye’nin ve askeri-teknik işbirliği ".repeat(100 * 1024 * 1024 / 41 + 1);
    let input = dir.write("long.txt", &line);
    let out = dir.path("long.clean.txt");
    bitext_paths(&[&"clean", &input, &"-o", &out]).expect_code(0);
    let cleaned = std::fs::read_to_string(&out).unwrap();
    assert!(cleaned.len() > 100 * 1000 * 1000);
    assert!(cleaned.starts_with("Türkiye'nin ve askeri-teknik"));
    assert_eq!(cleaned.matches('\n').count(), 1);
}

#[test]
fn usage_errors_exit_2_and_help_is_complete() {
    let run = bitext(&["clean"], None).expect_code(2);
    assert!(run.stderr.contains("<INPUT>"), "{}", run.stderr);
    let run = bitext(&["--help"], None).expect_code(0);
    assert!(run.stdout.contains("clean"));
    let run = bitext(&["clean", "--help"], None).expect_code(0);
    for flag in [
        "--output",
        "--encoding",
        "--lossy",
        "--report",
        "--report-format",
    ] {
        assert!(run.stdout.contains(flag), "{flag} missing from help");
    }
}

#[test]
fn closed_pipe_is_not_an_error() {
    let dir = Dir::new();
    let input = dir.write("big.txt", "satır bir iki üç.\n\n".repeat(200_000));
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("bitext"))
        .arg("clean")
        .arg(&input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn cleaning_clean_text_changes_nothing() {
    let dir = Dir::new();
    let cleaned = dir.fixture("paper.clean.txt");
    let run = bitext_paths(&[&"clean", &cleaned, &"--report"]).expect_code(0);
    assert_eq!(run.stdout.as_bytes(), fixture_bytes("paper.clean.txt"));
    // Only the lossy word is reported again; nothing is changed.
    let reported: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(reported.len(), 2, "{}", run.stderr);
    assert!(reported[0].contains("lossy-damage: Y?ld?z"));
}

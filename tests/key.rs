//! `bitext key` on fixtures, on damaged input and on its output options.

use crate::util::{bitext, bitext_paths, fixture_bytes, Dir};

/// Splits `name<TAB>key` output into (name, key) pairs.
fn pairs(stdout: &str) -> Vec<(String, String)> {
    stdout
        .lines()
        .map(|line| {
            let (name, key) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("no tab in {line:?}"));
            (name.to_owned(), key.to_owned())
        })
        .collect()
}

#[test]
fn one_key_per_group_and_different_keys_across_groups() {
    let dir = Dir::new();
    let input = dir.fixture("key_groups.txt");
    let run = bitext_paths(&[&"key", &input]).expect_code(0);
    assert_eq!(run.stderr, "");
    let input_text = String::from_utf8(fixture_bytes("key_groups.txt")).unwrap();
    let out = pairs(&run.stdout);
    // Same order, one output line per input line (blank lines included).
    let names: Vec<&str> = out.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, input_text.lines().collect::<Vec<_>>());
    let mut group_keys: Vec<String> = Vec::new();
    for group in out.split(|(name, _)| name.is_empty()) {
        let key = &group[0].1;
        assert!(!key.is_empty());
        for (name, k) in group {
            assert_eq!(k, key, "{name} in the group of {}", group[0].0);
        }
        assert!(!group_keys.contains(key), "{key} shared across groups");
        group_keys.push(key.clone());
    }
    assert_eq!(group_keys.len(), 8);
    // Blank lines key to the empty key.
    assert!(out
        .iter()
        .filter(|(n, _)| n.is_empty())
        .all(|(_, k)| k.is_empty()));
    // The input is unchanged.
    assert_eq!(
        std::fs::read(&input).unwrap(),
        fixture_bytes("key_groups.txt")
    );
}

#[test]
fn stdin_crlf_and_bom() {
    let run = bitext(
        &["key"],
        Some("\u{FEFF}Əliyev\r\nAliyev\r\nAliyeva".as_bytes()),
    )
    .expect_code(0);
    assert_eq!(run.stdout, "Əliyev\talav\nAliyev\talav\nAliyeva\talva\n");
    let dash = bitext(&["key", "-"], Some(b"Petrov\nPetrova\n")).expect_code(0);
    assert_eq!(dash.stdout, "Petrov\tpatrov\nPetrova\tpatrva\n");
}

#[test]
fn invalid_utf8_names_the_line_and_byte() {
    let input = b"Petrov\nIvanov\nCavu\xFEo\xF0lu\nSidorov\n";
    let run = bitext(&["key"], Some(input)).expect_code(2);
    assert!(run.stderr.contains("line 3"), "{}", run.stderr);
    assert!(run.stderr.contains("byte 18"), "{}", run.stderr);
    assert!(run.stderr.contains("--lossy"), "{}", run.stderr);
}

#[test]
fn lossy_replaces_and_counts() {
    let input = b"Petrov\nCavu\xFEo\xF0lu\nSidorov\n";
    let run = bitext(&["key", "--lossy"], Some(input)).expect_code(0);
    let out = pairs(&run.stdout);
    assert_eq!(out.len(), 3);
    assert_eq!(out[1].0, "Cavu\u{FFFD}o\u{FFFD}lu");
    assert!(
        run.stderr
            .contains("2 invalid byte sequence(s) on 1 line(s)"),
        "{}",
        run.stderr
    );
}

#[test]
fn encoding_auto_reads_windows_1254_lines() {
    // Çavuşoğlu in Windows-1254, between UTF-8 lines.
    let input = b"\xC7avu\xFEo\xF0lu\n\xC3\x87avu\xC5\x9Fo\xC4\x9Flu\n";
    let run = bitext(&["key", "--encoding", "auto"], Some(input)).expect_code(0);
    let out = pairs(&run.stdout);
    assert_eq!(out[0].0, "Çavuşoğlu");
    assert_eq!(out[0].1, out[1].1);
    assert!(run.stderr.contains("read 1 line(s)"), "{}", run.stderr);
}

#[test]
fn jsonl_format() {
    let run = bitext(
        &["key", "--format", "jsonl"],
        Some("Шуша\nsay \"hi\"\n".as_bytes()),
    )
    .expect_code(0);
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["name"], "Шуша");
    assert_eq!(lines[0]["key"], "susa");
    assert_eq!(lines[1]["name"], "say \"hi\"");
}

#[test]
fn tabs_in_names_keep_two_columns() {
    let run = bitext(&["key"], Some(b"Ivan\tPetrov\n")).expect_code(0);
    assert_eq!(run.stdout, "Ivan Petrov\tivan patrov\n");
}

#[test]
fn output_file_is_written_and_the_input_is_protected() {
    let dir = Dir::new();
    let input = dir.write("names.txt", "Şuşa\nShusha\n");
    let output = dir.path("keys.tsv");
    let run = bitext_paths(&[&"key", &input, &"-o", &output]).expect_code(0);
    assert_eq!(run.stdout, "");
    assert_eq!(
        std::fs::read_to_string(&output).unwrap(),
        "Şuşa\tsusa\nShusha\tsusa\n"
    );
    let refused = bitext_paths(&[&"key", &input, &"-o", &input]).expect_code(2);
    assert!(
        refused.stderr.contains("the output is the input"),
        "{}",
        refused.stderr
    );
    assert_eq!(std::fs::read_to_string(&input).unwrap(), "Şuşa\nShusha\n");
}

#[test]
fn a_failed_run_leaves_no_output_file() {
    let dir = Dir::new();
    let input = dir.write("bad.txt", b"Petrov\n\xFF\n".as_slice());
    let output = dir.path("keys.tsv");
    let run = bitext_paths(&[&"key", &input, &"-o", &output]).expect_code(2);
    assert!(run.stderr.contains("line 2"), "{}", run.stderr);
    assert!(!output.exists());
}

#[test]
fn missing_input_is_an_error_naming_it() {
    let run = bitext(&["key", "no-such-file.txt"], None).expect_code(2);
    assert!(run.stderr.contains("no-such-file.txt"), "{}", run.stderr);
}

//! `bitext check` on the evaluation translation (examples/check/), in every
//! input form, and on bad input.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::util::{bitext_paths, Dir, Run};

fn example(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/check")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// `(check, line)` of every injected defect.
fn defects() -> Vec<(String, usize, bool, String)> {
    example("defects.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.splitn(4, '\t').collect();
            (
                c[2].to_owned(),
                c[0].parse().unwrap(),
                c[1] == "src",
                c.get(3).copied().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

fn expected() -> BTreeSet<(String, usize)> {
    defects().into_iter().map(|(c, l, _, _)| (c, l)).collect()
}

/// The clean and the defective line lists: (en, tr).
fn lines(defective: bool) -> (Vec<String>, Vec<String>) {
    let mut en: Vec<String> = example("clean.en.txt").lines().map(str::to_owned).collect();
    let mut tr: Vec<String> = example("clean.tr.txt").lines().map(str::to_owned).collect();
    if defective {
        for (_, line, src, text) in defects() {
            if src {
                en[line] = text;
            } else {
                tr[line] = text;
            }
        }
    }
    (en, tr)
}

fn joined(lines: &[String], sep: &str) -> String {
    lines.join(sep) + "\n"
}

/// `(check, first line)` of each JSON finding; the source line, else the target line.
fn found(run: &Run) -> Vec<(String, usize)> {
    run.stdout
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let line = v["src_lines"][0]
                .as_u64()
                .or_else(|| v["tgt_lines"][0].as_u64())
                .unwrap() as usize;
            (v["check"].as_str().unwrap().to_owned(), line)
        })
        .collect()
}

fn setup(dir: &Dir) -> PathBuf {
    dir.write("glossary.tsv", example("glossary.tsv"))
}

fn check(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Run {
    let mut all: Vec<&dyn AsRef<std::ffi::OsStr>> = vec![&"check"];
    all.extend_from_slice(args);
    bitext_paths(&all)
}

#[test]
fn presegmented_clean_text_has_no_findings() {
    let dir = Dir::new();
    let g = setup(&dir);
    let (en, tr) = lines(false);
    let s = dir.write("en.txt", joined(&en, "\n"));
    let t = dir.write("tr.txt", joined(&tr, "\n"));
    let run = check(&[&"--glossary", &g, &s, &t, &"--presegmented"]).expect_code(0);
    assert_eq!(run.stdout, "0 findings (0 errors, 0 warnings)\n");
    assert_eq!(
        std::fs::read_to_string(&t).unwrap(),
        joined(&tr, "\n"),
        "input untouched"
    );
}

#[test]
fn presegmented_defects_one_finding_each_on_the_right_line() {
    let dir = Dir::new();
    let g = setup(&dir);
    let (en, tr) = lines(true);
    let s = dir.write("en.txt", joined(&en, "\n"));
    let t = dir.write("tr.txt", joined(&tr, "\n"));
    let run = check(&[
        &"--glossary",
        &g,
        &s,
        &t,
        &"--presegmented",
        &"--format",
        &"jsonl",
    ])
    .expect_code(1);
    let f = found(&run);
    assert_eq!(f.len(), defects().len(), "{}", run.stdout);
    assert_eq!(f.into_iter().collect::<BTreeSet<_>>(), expected());
    // Every JSON field is there.
    let first: serde_json::Value =
        serde_json::from_str(run.stdout.lines().next().unwrap()).unwrap();
    for key in [
        "check",
        "severity",
        "src_lines",
        "tgt_lines",
        "src",
        "tgt",
        "term",
        "expected",
        "found",
        "message",
    ] {
        assert!(first.get(key).is_some(), "missing {key}: {first}");
    }
}

#[test]
fn aligned_texts_clean_and_defective() {
    let dir = Dir::new();
    let g = setup(&dir);
    let (en, tr) = lines(false);
    let s = dir.write("en.txt", joined(&en, " "));
    let t = dir.write("tr.txt", joined(&tr, " "));
    check(&[&"--glossary", &g, &s, &t]).expect_code(0);
    let (en, tr) = lines(true);
    let s = dir.write("en.txt", joined(&en, " "));
    let t = dir.write("tr.txt", joined(&tr, " "));
    let run = check(&[&"--glossary", &g, &s, &t, &"--format", &"jsonl"]).expect_code(1);
    assert_eq!(
        found(&run).into_iter().collect::<BTreeSet<_>>(),
        expected(),
        "{}",
        run.stdout
    );
    assert_eq!(run.stdout.lines().count(), defects().len());
}

#[test]
fn aligned_pairs_tsv_jsonl_tmx() {
    let dir = Dir::new();
    let g = setup(&dir);
    for defective in [false, true] {
        let (en, tr) = lines(defective);
        let tsv: String = en
            .iter()
            .zip(&tr)
            .map(|(a, b)| format!("{a}\t{b}\n"))
            .collect();
        let jsonl: String = en
            .iter()
            .zip(&tr)
            .map(|(a, b)| serde_json::json!({"src": a, "tgt": b}).to_string() + "\n")
            .collect();
        let units: Vec<(&str, &str, Option<f64>)> = en
            .iter()
            .zip(&tr)
            .map(|(a, b)| (a.as_str(), b.as_str(), None))
            .collect();
        let tmx = bitext::formats::write_tmx(&units, bitext::Lang::En, bitext::Lang::Tr);
        for (name, body) in [
            ("pairs.tsv", tsv),
            ("pairs.jsonl", jsonl),
            ("pairs.tmx", tmx),
        ] {
            let path = dir.write(name, body);
            let run = check(&[&"--glossary", &g, &path, &"--format", &"jsonl"]);
            if defective {
                let run = run.expect_code(1);
                assert_eq!(
                    found(&run).into_iter().collect::<BTreeSet<_>>(),
                    expected(),
                    "{name}"
                );
            } else {
                run.expect_code(0);
            }
        }
    }
}

#[test]
fn glossary_as_json_and_tbx() {
    let dir = Dir::new();
    let glossary = bitext::glossary::read_tsv(&example("glossary.tsv")).unwrap();
    let (en, tr) = lines(true);
    let s = dir.write("en.txt", joined(&en, "\n"));
    let t = dir.write("tr.txt", joined(&tr, "\n"));
    for (name, body) in [
        ("g.json", bitext::glossary::write_json(&glossary)),
        ("g.tbx", bitext::glossary::write_tbx(&glossary)),
    ] {
        let g = dir.write(name, body);
        let run = check(&[
            &"--glossary",
            &g,
            &s,
            &t,
            &"--presegmented",
            &"--format",
            &"jsonl",
        ])
        .expect_code(1);
        assert_eq!(
            found(&run).into_iter().collect::<BTreeSet<_>>(),
            expected(),
            "{name}"
        );
    }
}

#[test]
fn mixed_document() {
    let dir = Dir::new();
    let g = setup(&dir);
    let (en, tr) = lines(false);
    let doc = format!(
        "Abstract: {}\n\nÖz: {}\n",
        en[..8].join(" "),
        tr[..8].join(" ")
    );
    let path = dir.write("paper.txt", &doc);
    check(&[&"--glossary", &g, &path]).expect_code(0);
    let bad = doc.replace("stratejik ortaklığa", "stratejik bir ilişkiye");
    let path = dir.write("paper.txt", bad);
    let run = check(&[&"--glossary", &g, &path, &"--format", &"jsonl"]).expect_code(1);
    assert_eq!(
        found(&run),
        [("term-missing".to_owned(), 5)],
        "{}",
        run.stdout
    );
}

#[test]
fn text_report_marks_words_and_skip_and_config_work() {
    let dir = Dir::new();
    let g = setup(&dir);
    let (en, tr) = lines(true);
    let s = dir.write("en.txt", joined(&en, "\n"));
    let t = dir.write("tr.txt", joined(&tr, "\n"));
    let run = check(&[&"--glossary", &g, &s, &t, &"--presegmented"]).expect_code(1);
    assert!(
        run.stdout
            .contains("src 11: Baku and Ankara see the [[Middle Corridor]]"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("tgt 11: Bakü ve Ankara, [[Orta Kuşak'ı]] kuzey"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("  error forbidden: "));
    assert!(
        run.stdout.ends_with("13 findings (9 errors, 4 warnings)\n"),
        "{}",
        run.stdout
    );
    // --skip and --checks.
    let run = check(&[
        &"--glossary",
        &g,
        &s,
        &t,
        &"--presegmented",
        &"--format",
        &"jsonl",
        &"--skip",
        &"number-mismatch,untranslated",
    ])
    .expect_code(1);
    let f: BTreeSet<(String, usize)> = found(&run).into_iter().collect();
    assert!(
        f.iter()
            .all(|(c, _)| c != "number-mismatch" && c != "untranslated"),
        "{f:?}"
    );
    // The other defects are still found (the untranslated segments now get
    // the term checks instead).
    for d in expected()
        .into_iter()
        .filter(|(c, _)| c != "number-mismatch" && c != "untranslated")
    {
        assert!(f.contains(&d), "{d:?} not in {f:?}");
    }
    let run = check(&[
        &"--glossary",
        &g,
        &s,
        &t,
        &"--presegmented",
        &"--format",
        &"jsonl",
        &"--checks",
        &"empty",
    ])
    .expect_code(1);
    assert_eq!(found(&run), [("missing".to_owned(), 29)]);
    // A TOML file, and -o.
    let config = dir.write("check.toml", "skip = [\"missing\", \"untranslated\", \"number-mismatch\", \"term-missing\", \"forbidden\", \"term-inconsistent\"]\n[severity]\nvariant-inconsistent = \"info\"\n");
    let out = dir.path("findings.jsonl");
    check(&[
        &"--glossary",
        &g,
        &s,
        &t,
        &"--presegmented",
        &"--format",
        &"jsonl",
        &"--config",
        &config,
        &"-o",
        &out,
    ])
    .expect_code(1);
    let written = std::fs::read_to_string(&out).unwrap();
    // The two injected variants, and "Azerbaijan" in the English target of
    // line 31 (that line's untranslated finding is skipped here, so its
    // spelling, which has the name key of Azerbaycan, counts as a variant).
    let lines: Vec<usize> = written
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["src_lines"][0]
                .as_u64()
                .unwrap() as usize
        })
        .collect();
    assert_eq!(lines, [22, 31, 36]);
    assert!(written.lines().all(|l| l.contains("\"severity\":\"info\"")));
}

#[test]
fn bad_input_exits_2_with_a_clear_message() {
    let dir = Dir::new();
    let g = setup(&dir);
    let s = dir.write("en.txt", "One.\nTwo.\nThree.\n");
    let t = dir.write("tr.txt", "Bir.\nİki.\n");
    let run = check(&[&"--glossary", &g, &s, &t, &"--presegmented"]).expect_code(2);
    assert!(
        run.stderr
            .contains("the source has 3 lines and the target 2"),
        "{}",
        run.stderr
    );
    let run = check(&[&"--glossary", &g, &s, &t, &"--skip", &"term-mising"]).expect_code(2);
    assert!(
        run.stderr.contains("unknown check \"term-mising\""),
        "{}",
        run.stderr
    );
    let broken = dir.write(
        "broken.tsv",
        "en\ttr\nMiddle Corridor\tOrta Koridor\nno tab on this row\n",
    );
    let run = check(&[&"--glossary", &broken, &s, &s]).expect_code(2);
    assert!(
        run.stderr.contains("broken.tsv") && run.stderr.contains("line 3"),
        "{}",
        run.stderr
    );
    let config = dir.write("bad.toml", "skip = [\"missing\"]\nseverity = 3\n");
    let run = check(&[&"--glossary", &g, &s, &s, &"--config", &config]).expect_code(2);
    assert!(run.stderr.contains("bad.toml"), "{}", run.stderr);
    let pairs = dir.write("pairs.tsv", "Peace.\tBarış.\nno tab\n");
    let run = check(&[&"--glossary", &g, &pairs]).expect_code(2);
    assert!(run.stderr.contains("pairs.tsv: line 2"), "{}", run.stderr);
    let bytes = dir.write("bad.txt", b"Peace \xff here.\n");
    let run = check(&[&"--glossary", &g, &bytes, &s]).expect_code(2);
    assert!(run.stderr.contains("bad.txt"), "{}", run.stderr);
}

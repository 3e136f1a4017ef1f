//! `bitext run`: the whole pipeline, its files, and the review page in a real
//! browser (headless Chromium, which `.ci/run` installs).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{bitext_paths, Dir};

fn sample() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/paper.txt")
}

/// Loads `page` (with a URL fragment) in headless Chromium and returns the DOM
/// after its scripts ran.
fn rendered_dom(page: &Path, fragment: &str) -> String {
    let browser = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| Command::new(b).arg("--version").output().is_ok_and(|o| o.status.success()))
        .expect("no Chromium found: install Debian's chromium (apt-get install chromium), as .ci/run does");
    let profile = tempfile::tempdir().unwrap();
    let url = format!("file://{}#{fragment}", page.display());
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(&url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium did not finish loading {url} in 120 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let output = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn sample_paper_writes_every_output() {
    let dir = Dir::new();
    let out = dir.path("out");
    let before = std::fs::read(sample()).unwrap();
    let run = bitext_paths(&[&"run", &sample(), &"-o", &out, &"--quiet"]).expect_code(0);
    assert_eq!(run.stderr, "");
    for file in [
        "paper.en.txt",
        "paper.tr.txt",
        "paper.sections.json",
        "paper.pairs.tsv",
        "paper.pairs.tmx",
        "report.html",
    ] {
        assert!(out.join(file).is_file(), "{file} missing");
    }
    assert_eq!(std::fs::read(sample()).unwrap(), before, "input untouched");
    let tmx = std::fs::read_to_string(out.join("paper.pairs.tmx")).unwrap();
    let parsed = bitext::formats::read_tmx(&tmx).unwrap();
    assert!(parsed.units.len() >= 8, "{} units", parsed.units.len());
    let tsv = std::fs::read_to_string(out.join("paper.pairs.tsv")).unwrap();
    assert!(tsv
        .lines()
        .any(|l| l.starts_with("Unmanned aerial vehicles (UAVs)")
            && l.contains("\tİnsansız hava araçları (İHA)")));
    let page = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "the page must not load anything"
    );
}

#[test]
fn folder_with_a_broken_file_processes_the_others() {
    let dir = Dir::new();
    let input = dir.path("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::copy(sample(), input.join("a-paper.txt")).unwrap();
    std::fs::write(
        input.join("b-broken.txt"),
        b"Abstract: fine.\n\xFF\xFE broken\n",
    )
    .unwrap();
    std::fs::write(
        input.join("c-short.txt"),
        "Abstract: The line opened in 2017.\n\nÖz: Hat 2017'de açıldı.\n",
    )
    .unwrap();
    let out = dir.path("out");
    let run = bitext_paths(&[&"run", &input, &"-o", &out]).expect_code(2);
    assert!(
        run.stderr
            .contains("b-broken.txt: invalid UTF-8 at byte 16 (line 2)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("1 of 3 document(s) could not be processed"),
        "{}",
        run.stderr
    );
    assert!(out.join("a-paper.pairs.tsv").is_file());
    assert!(out.join("c-short.pairs.tsv").is_file());
    assert!(!out.join("b-broken.pairs.tsv").exists());
    let page = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(page.contains("a-paper") && page.contains("c-short"));
}

#[test]
fn output_directory_that_is_a_file_is_an_error() {
    let dir = Dir::new();
    let file = dir.write("not-a-dir", "x");
    let run = bitext_paths(&[&"run", &sample(), &"-o", &file]).expect_code(2);
    assert!(run.stderr.contains("is not a directory"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "x");
}

#[test]
fn review_page_shows_pairs_in_a_real_browser() {
    let dir = Dir::new();
    let out = dir.path("out");
    bitext_paths(&[&"run", &sample(), &"-o", &out, &"--quiet"]).expect_code(0);
    let tsv = std::fs::read_to_string(out.join("paper.pairs.tsv")).unwrap();
    let dom = rendered_dom(&out.join("report.html"), "");
    assert!(
        dom.contains(r#"data-rendered="true""#),
        "the page's script did not run:\n{dom}"
    );
    // One row per aligned pair, with both languages side by side.
    assert_eq!(
        dom.matches(r#"<tr class="bead"#).count(),
        tsv.lines().count()
    );
    // (Glossary terms inside these sentences are wrapped in <mark>.)
    assert!(dom.contains("are now used to inspect remote sections of the line in"));
    assert!(dom.contains("artık"));
    assert!(
        dom.contains(">Unmanned aerial vehicles</mark>")
            && dom.contains(">İnsansız hava araçları</mark>")
    );
    // The omitted English body sentences are marked as having no counterpart.
    assert!(dom.contains(r#"class="bead low empty""#));
    // The summary a reader sees first.
    for needle in [
        "aligned pairs",
        "Alignment quality",
        "Aligned: <b>",
        " (quality <b>",
        "Languages: ",
        "en (",
        "tr (",
    ] {
        assert!(dom.contains(needle), "summary lacks {needle:?}");
    }
}

#[test]
fn review_page_marks_terms_findings_and_sorts_in_a_real_browser() {
    let dir = Dir::new();
    let input = dir.path("in");
    std::fs::create_dir(&input).unwrap();
    std::fs::copy(sample(), input.join("paper.txt")).unwrap();
    std::fs::copy(
        crate::util::fixture_path("run-defect.txt"),
        input.join("short.txt"),
    )
    .unwrap();
    let out = dir.path("out");
    bitext_paths(&[&"run", &input, &"-o", &out, &"--quiet"]).expect_code(0);

    let findings = std::fs::read_to_string(out.join("short.findings.jsonl")).unwrap();
    assert_eq!(findings.lines().count(), 1, "{findings}");
    assert!(findings.contains(r#""check":"number-mismatch""#));
    let glossary = std::fs::read_to_string(out.join("glossary.tsv")).unwrap();
    assert!(
        glossary
            .lines()
            .any(|l| l.starts_with("Middle Corridor\tOrta Koridor\t")),
        "{glossary}"
    );
    let tbx = std::fs::read_to_string(out.join("glossary.tbx")).unwrap();
    let reread = bitext::glossary::read_tbx(&tbx).unwrap();
    assert_eq!(reread.entries.len(), glossary.lines().count() - 1);

    // As first seen: terms highlighted in both columns, the finding on its row.
    let dom = rendered_dom(&out.join("report.html"), "");
    assert!(
        dom.contains(r#"data-rendered="true""#),
        "script did not run:\n{dom}"
    );
    assert!(
        dom.contains(">Middle Corridor</mark>") && dom.contains(">Orta Koridor</mark>"),
        "{dom}"
    );
    assert!(dom.contains(r#"data-checks="number-mismatch""#));
    assert!(dom.contains("numbers differ"));
    assert_eq!(dom.matches(r#"<tr class="bead hidden""#).count(), 0);
    assert_eq!(
        dom.matches(r#"<tr data-term=""#).count(),
        glossary.lines().count() - 1,
        "one glossary row per entry"
    );
    assert!(
        dom.contains(r#"id="summary-findings"><b>1</b> findings"#),
        "{dom}"
    );

    // Filtered by check: only the row with the finding stays visible.
    let filtered = rendered_dom(&out.join("report.html"), "check=number-mismatch");
    let rows = filtered.matches(r#"<tr class="bead"#).count();
    let hidden = filtered.matches(r#"class="bead hidden""#).count()
        + filtered.matches(r#"class="bead low hidden""#).count()
        + filtered.matches(r#"class="bead mid hidden""#).count()
        + filtered.matches(r#"class="bead low empty hidden""#).count();
    assert_eq!(rows - hidden, 1, "exactly one visible row");

    // Sorted by count, largest first: the header says so and rows follow it.
    let sorted = rendered_dom(&out.join("report.html"), "sort=-count");
    assert!(
        sorted.contains(r#"data-key="count" scope="col" class="num" aria-sort="descending""#),
        "{sorted}"
    );
    let counts: Vec<usize> = sorted
        .split(r#"<tr data-term=""#)
        .skip(1)
        .filter_map(|row| {
            row.split(r#"<td class="num">"#)
                .nth(1)?
                .split('<')
                .next()?
                .parse()
                .ok()
        })
        .collect();
    assert!(
        !counts.is_empty() && counts.windows(2).all(|w| w[0] >= w[1]),
        "{counts:?}"
    );
}

#[test]
fn standard_input_is_one_document_named_stdin() {
    let dir = Dir::new();
    let out = dir.path("out");
    let mut cmd = assert_cmd::Command::cargo_bin("bitext").unwrap();
    let output = cmd
        .args(["run", "-", "--quiet", "-o"])
        .arg(&out)
        .write_stdin(std::fs::read(crate::util::fixture_path("run-defect.txt")).unwrap())
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(out.join("stdin.pairs.tsv").is_file());
    assert!(out.join("stdin.findings.jsonl").is_file());
}

//! `bitext run`: the whole pipeline over a document or a folder of documents.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use bitext::align::Aligner;
use bitext::glossary::{write_tbx, write_tsv, Glossary};
use bitext::pipeline::{report_terms, run_document, DocumentRun};
use bitext::report;
use bitext::text::{decode, Encoding};
use indicatif::{ProgressBar, ProgressStyle};

use super::io::{display, read_input, write_atomic};
use super::Outcome;

/// Run the whole pipeline and write a review page.
///
/// For one mixed document (an English abstract and a Turkish Öz, say) or for
/// every `.txt` file in a folder: repair the text, split it by language and
/// section, segment and align the two main languages (English with Turkish
/// when both are present), build a glossary from the aligned pairs and check
/// the translation against it. Writes into OUTDIR, per document,
/// `<stem>.<lang>.txt` and `<stem>.sections.json` (the split),
/// `<stem>.pairs.tsv` and `<stem>.pairs.tmx` (the aligned pairs),
/// `<stem>.glossary.tsv` and `<stem>.glossary.tbx`, `<stem>.findings.jsonl`;
/// for all documents together `glossary.tsv` and `glossary.tbx` (merged) and
/// one self-contained `report.html`: pairs side by side with their scores,
/// glossary terms highlighted, findings on their segments, the glossary as a
/// sortable table. Findings do not change the exit code (use `bitext check`
/// to gate a build on them).
/// Files of earlier runs in OUTDIR are replaced; other files are left alone,
/// and an input is never overwritten. A document that cannot be read or
/// aligned is reported and the others are processed; the exit code is then 2.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// A mixed document (- for standard input, written as `stdin.*`), or a
    /// folder whose .txt files are processed in name order.
    input: PathBuf,
    /// Output directory (created if missing).
    #[arg(short, long, value_name = "OUTDIR")]
    output: PathBuf,
    /// Replace invalid UTF-8 bytes with U+FFFD instead of reporting the file as broken.
    #[arg(long)]
    lossy: bool,
    /// No progress bar (it is shown only when standard error is a terminal).
    #[arg(short, long)]
    quiet: bool,
}

/// The documents to process: the file itself, or a folder's .txt files in name order.
fn inputs(path: &Path) -> Result<Vec<PathBuf>> {
    if path.as_os_str() == "-" {
        return Ok(vec![path.to_owned()]);
    }
    let meta =
        std::fs::metadata(path).with_context(|| format!("{}: cannot open", display(path)))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_owned()]);
    }
    let mut files = Vec::new();
    let entries = std::fs::read_dir(path)
        .with_context(|| format!("{}: cannot list the folder", display(path)))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("{}: cannot list the folder", display(path)))?;
        let file = entry.path();
        if file.is_file()
            && file
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
        {
            files.push(file);
        }
    }
    files.sort();
    if files.is_empty() {
        bail!("{}: the folder holds no .txt files", display(path));
    }
    Ok(files)
}

fn stem_of(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "stdin".to_owned();
    }
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "stdin".to_owned())
}

fn process(path: &Path, encoding: Encoding, aligner: &Aligner) -> Result<DocumentRun> {
    let name = display(path);
    let bytes = read_input(path)?;
    let decoded = decode(&bytes, encoding).with_context(|| name.clone())?;
    run_document(&stem_of(path), &decoded.text, aligner).with_context(|| name.clone())
}

pub(crate) fn run(args: Args) -> Result<Outcome> {
    let files = inputs(&args.input)?;
    let out = &args.output;
    if out.exists() && !out.is_dir() {
        bail!(
            "{}: is not a directory; give a directory with -o",
            display(out)
        );
    }
    std::fs::create_dir_all(out)
        .with_context(|| format!("{}: cannot create the directory", display(out)))?;
    let canonical_inputs: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| std::fs::canonicalize(f).ok())
        .collect();
    let encoding = if args.lossy {
        Encoding::Utf8Lossy
    } else {
        Encoding::Utf8
    };
    let aligner = Aligner::default();

    let progress = if !args.quiet && files.len() > 1 && std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(files.len() as u64);
        if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}") {
            bar.set_style(style);
        }
        bar
    } else {
        ProgressBar::hidden()
    };

    let mut runs = Vec::new();
    let mut failed = 0;
    for file in &files {
        progress.set_message(display(file));
        match process(file, encoding, &aligner) {
            Ok(run) => runs.push(run),
            Err(err) => {
                failed += 1;
                progress.suspend(|| eprintln!("bitext: {err:#}"));
            }
        }
        progress.inc(1);
    }
    progress.finish_and_clear();

    let mut written = Vec::new();
    for run in &runs {
        for (name, bytes) in run.files() {
            written.push((out.join(name), bytes));
        }
    }
    let mut merged = Glossary::new();
    for run in &runs {
        merged.merge(run.glossary.clone());
    }
    written.push((out.join("glossary.tsv"), write_tsv(&merged).into_bytes()));
    written.push((out.join("glossary.tbx"), write_tbx(&merged).into_bytes()));
    let documents: Vec<report::Document<'_>> =
        runs.iter().map(DocumentRun::report_document).collect();
    let title = display(&args.input);
    let terms = report_terms(&merged);
    written.push((
        out.join("report.html"),
        report::html(&title, &documents, &terms).into_bytes(),
    ));

    for (path, _) in &written {
        if std::fs::canonicalize(path).is_ok_and(|p| canonical_inputs.contains(&p)) {
            bail!(
                "{}: the output is an input; choose another directory",
                display(path)
            );
        }
    }
    for (path, bytes) in &written {
        write_atomic(path, bytes)?;
    }
    if failed > 0 {
        bail!(
            "{failed} of {} document(s) could not be processed (see above); the others were written to {}",
            files.len(),
            display(out)
        );
    }
    Ok(Outcome::Success)
}

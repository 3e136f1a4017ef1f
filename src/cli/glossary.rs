//! `bitext glossary build`: term pairs with variants, counts and evidence.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use bitext::glossary::{self, Glossary};
use bitext::terms::{Corpus, GlossaryBuilder};
use bitext::text::{decode, Encoding};
use clap::{Subcommand, ValueEnum};

use super::io::{display, read_input, write_atomic, Output};
use super::Outcome;

/// Glossaries: build one from aligned or mixed text.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(Debug, Subcommand)]
enum Action {
    /// Build a glossary: term pairs in citation form, every spelling under
    /// one entry with its count, evidence and a score.
    ///
    /// FILE… are aligned pairs (TSV source <TAB> target, JSON Lines with
    /// "en"/"tr" or "src"/"tgt", TMX) or mixed documents (an English abstract
    /// and a Turkish Öz). Two plain-text files that are not mixed are read as
    /// a text and its translation. The shipped seed glossary is used as a
    /// prior unless --no-default-glossary. Inputs are never modified.
    Build(BuildArgs),
}

#[derive(Debug, clap::Args)]
struct BuildArgs {
    /// Input files (- for standard input).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Output format (default: the format of --merge GLOSSARY, else tsv).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// How to read the inputs (default: from the file name, else sniffed).
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    input_format: InputFormat,
    /// Add the new entries and variants to this existing glossary (TSV, JSON
    /// or TBX), never dropping or changing its entries; the result replaces
    /// it atomically unless -o is given.
    #[arg(long, value_name = "GLOSSARY")]
    merge: Option<PathBuf>,
    /// Use a glossary (TSV, JSON or TBX) as a prior; repeatable.
    #[arg(long, value_name = "GLOSSARY")]
    prior: Vec<PathBuf>,
    /// Use a general bilingual word list (TSV en <TAB> tr, JSON or TBX) for
    /// word links: its single-word pairs help multiword terms pair through
    /// their words, but a single word paired through it alone is left out as
    /// general vocabulary. For a large dictionary, e.g. FreeDict eng-tur
    /// converted with scripts/dictd_to_tsv.py; repeatable.
    #[arg(long, value_name = "WORDLIST")]
    lexicon: Vec<PathBuf>,
    /// Do not use the shipped glossaries as priors.
    #[arg(long)]
    no_default_glossary: bool,
    /// The lowest score an entry needs (0 to 1).
    #[arg(long, default_value_t = 0.5, value_name = "SCORE")]
    min_score: f64,
    /// Replace invalid UTF-8 bytes with U+FFFD instead of stopping with an error.
    #[arg(long)]
    lossy: bool,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// en <TAB> tr <TAB> count <TAB> score <TAB> variants, with a header line.
    Tsv,
    /// {"entries": [...]} with variants, counts, evidence and score parts.
    Json,
    /// TBX-Basic v3.
    Tbx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    /// From the file extension, else from the content.
    Auto,
    /// Plain text: a mixed document, or (two files) a text and its translation.
    Text,
    /// Aligned pairs, source <TAB> target.
    Tsv,
    /// Aligned pairs as JSON Lines.
    Jsonl,
    /// A TMX translation memory.
    Tmx,
}

fn sniff(path: &Path, text: &str) -> InputFormat {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "tsv" | "tab" => return InputFormat::Tsv,
        "jsonl" | "ndjson" => return InputFormat::Jsonl,
        "tmx" => return InputFormat::Tmx,
        "txt" | "md" => return InputFormat::Text,
        _ => {}
    }
    let head = text.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with("<?xml") || head.starts_with("<tmx") {
        return InputFormat::Tmx;
    }
    if head.starts_with('{') {
        return InputFormat::Jsonl;
    }
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(50)
        .collect();
    if !lines.is_empty() && lines.iter().all(|l| l.contains('\t')) {
        return InputFormat::Tsv;
    }
    InputFormat::Text
}

/// Reads a glossary file in the format its name or content says.
fn read_glossary(path: &Path, encoding: Encoding) -> Result<(Glossary, Format)> {
    let name = display(path);
    let bytes = read_input(path)?;
    let text = decode(&bytes, encoding).with_context(|| name.clone())?.text;
    let detected = glossary::Format::detect(path.extension().and_then(|e| e.to_str()), &text);
    let format = match detected {
        glossary::Format::Json => Format::Json,
        glossary::Format::Tbx => Format::Tbx,
        _ => Format::Tsv,
    };
    let glossary = glossary::read(&text, detected).with_context(|| name.clone())?;
    Ok((glossary, format))
}

pub(crate) fn run(args: Args) -> Result<Outcome> {
    match args.action {
        Action::Build(args) => build(args),
    }
}

fn build(args: BuildArgs) -> Result<Outcome> {
    if !(0.0..=1.0).contains(&args.min_score) {
        bail!("--min-score {} is outside 0..1", args.min_score);
    }
    let encoding = if args.lossy {
        Encoding::Utf8Lossy
    } else {
        Encoding::Utf8
    };
    let mut inputs: Vec<&Path> = args.files.iter().map(PathBuf::as_path).collect();
    inputs.extend(args.prior.iter().map(PathBuf::as_path));
    inputs.extend(args.lexicon.iter().map(PathBuf::as_path));
    // The merge target is read first, so that a bad glossary stops the run
    // before any work; it may be the output, but never one of the FILEs.
    let merge = match &args.merge {
        Some(path) => {
            for file in &args.files {
                if Output::new(Some(path), &[file]).is_err() {
                    bail!(
                        "{}: the glossary to merge into is also an input FILE",
                        display(path)
                    );
                }
            }
            Some(read_glossary(path, encoding)?)
        }
        None => None,
    };
    let output = match (&args.output, &args.merge) {
        (None, Some(path)) => Output::new(Some(path), &inputs)?,
        (out, _) => Output::new(out.as_deref(), &inputs)?,
    };
    let mut builder = GlossaryBuilder::new();
    builder
        .default_glossary(!args.no_default_glossary)
        .min_score(args.min_score);
    for path in &args.prior {
        builder.prior(read_glossary(path, encoding)?.0);
    }
    for path in &args.lexicon {
        builder.lexicon(read_glossary(path, encoding)?.0);
    }

    let mut texts = Vec::with_capacity(args.files.len());
    for path in &args.files {
        let name = display(path);
        let bytes = read_input(path)?;
        let text = decode(&bytes, encoding).with_context(|| name.clone())?.text;
        let format = match args.input_format {
            InputFormat::Auto => sniff(path, &text),
            f => f,
        };
        texts.push((path, text, format));
    }
    let mut corpus = Corpus::new();
    let plain: Vec<&(&PathBuf, String, InputFormat)> =
        texts.iter().filter(|t| t.2 == InputFormat::Text).collect();
    let two_texts = texts.len() == 2
        && plain.len() == 2
        && plain
            .iter()
            .all(|(_, text, _)| bitext::lang::split(text).languages().len() < 2);
    if two_texts {
        if let [(_, a, _), (_, b, _)] = texts.as_slice() {
            corpus = Corpus::from_texts(a, b);
        }
    } else {
        for (path, text, format) in &texts {
            let name = display(path);
            let part = match format {
                InputFormat::Tsv => Corpus::from_tsv(text).with_context(|| name.clone())?,
                InputFormat::Jsonl => Corpus::from_jsonl(text).with_context(|| name.clone())?,
                InputFormat::Tmx => Corpus::from_tmx(text).with_context(|| name.clone())?,
                InputFormat::Text | InputFormat::Auto => Corpus::from_document(text)
                    .with_context(|| format!("{name}: not a mixed English–Turkish document"))?,
            };
            corpus.append(part);
        }
    }
    let built = builder.build(&corpus);
    let (glossary, default_format) = match merge {
        Some((mut old, format)) => {
            let report = old.merge(built);
            eprintln!(
                "bitext: merged: {} new entries, {} existing entries updated, {} variants added",
                report.added, report.updated, report.variants_added
            );
            (old, format)
        }
        None => (built, Format::Tsv),
    };
    let text = match args.format.unwrap_or(default_format) {
        Format::Tsv => glossary::write_tsv(&glossary),
        Format::Json => glossary::write_json(&glossary),
        Format::Tbx => glossary::write_tbx(&glossary),
    };
    match output {
        Output::File(path) => write_atomic(&path, text.as_bytes())?,
        stdout => stdout.write(text.as_bytes())?,
    }
    Ok(Outcome::Success)
}

//! `bitext check`: check a translation against a glossary and itself.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use bitext::align::Aligner;
use bitext::check::{parse_ids, render_text, Checker, Config, Pair, TermBase};
use bitext::formats::read_tmx;
use bitext::glossary::{self, Glossary};
use bitext::text::{decode, Encoding};
use bitext::Lang;
use clap::ValueEnum;

use super::io::{display, read_input, Output};
use super::Outcome;

/// Check a translation against the project glossary and against itself.
///
/// The translation is two texts (segmented and aligned here; with
/// --presegmented line i pairs with line i), one mixed document (split by
/// language and aligned; sections in one language only are left out), or aligned pairs (TSV source<TAB>target, JSON Lines
/// {"src","tgt"}, TMX). Checks: term-missing, term-inconsistent,
/// variant-inconsistent, number-mismatch, untranslated, missing (alias
/// empty), forbidden. Exits 0 when nothing is found, 1 when there are
/// findings, 2 on bad input. The inputs are never modified.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The glossary: TSV, JSON or TBX, as written by `bitext glossary build`.
    #[arg(long, short, value_name = "FILE")]
    glossary: PathBuf,
    /// Source text, a mixed document, or aligned pairs (- for standard input).
    src: PathBuf,
    /// Target text (the translation of SRC).
    tgt: Option<PathBuf>,
    /// Each line of SRC and TGT is one segment; line i pairs with line i.
    #[arg(long)]
    presegmented: bool,
    /// What a single input file is (auto: .tsv, .jsonl and .tmx by their
    /// extension, anything else a mixed document).
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    input_format: InputFormat,
    /// The glossary's format (auto: by extension, else by its first character).
    #[arg(long, value_enum, default_value_t = GlossaryFormat::Auto)]
    glossary_format: GlossaryFormat,
    /// Source language (tr, en, …); detected when not given.
    #[arg(long, value_parser = parse_lang)]
    src_lang: Option<Lang>,
    /// Target language; detected when not given.
    #[arg(long, value_parser = parse_lang)]
    tgt_lang: Option<Lang>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// A TOML file saying which checks run and their severities.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Run only these checks (comma-separated IDs).
    #[arg(long, value_delimiter = ',', value_name = "IDS")]
    checks: Vec<String>,
    /// Do not run these checks (comma-separated IDs).
    #[arg(long, value_delimiter = ',', value_name = "IDS")]
    skip: Vec<String>,
    /// Replace invalid UTF-8 bytes with U+FFFD instead of stopping with an error.
    #[arg(long)]
    lossy: bool,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// For people: findings grouped by segment, offending words in [[ ]].
    Text,
    /// One finding per line: check, severity, src_lines, tgt_lines (0-based),
    /// src, tgt, term, expected, found, message.
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    Auto,
    /// A mixed document (both languages in one text).
    Text,
    Tsv,
    Jsonl,
    Tmx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum GlossaryFormat {
    Auto,
    Tsv,
    Json,
    Tbx,
}

fn parse_lang(value: &str) -> Result<Lang, String> {
    value.parse::<Lang>().map_err(|e| e.to_string())
}

fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase()
}

pub(crate) fn run(args: Args) -> Result<Outcome> {
    let encoding = if args.lossy {
        Encoding::Utf8Lossy
    } else {
        Encoding::Utf8
    };
    // Configuration first: a bad check ID fails before any reading.
    let mut config = match &args.config {
        Some(path) => {
            let text = decode_input(path, Encoding::Utf8)?;
            Config::from_toml(&text).with_context(|| display(path))?
        }
        None => Config::default(),
    };
    if !args.checks.is_empty() {
        config.only(&parse_ids(&args.checks).context("--checks")?);
    }
    config.skip(&parse_ids(&args.skip).context("--skip")?);

    let mut inputs = vec![args.glossary.as_path(), args.src.as_path()];
    inputs.extend(args.tgt.as_deref());
    inputs.extend(args.config.as_deref());
    let output = Output::new(args.output.as_deref(), &inputs)?;

    let glossary = read_glossary(&args.glossary, args.glossary_format)?;
    let (pairs, src_lang, tgt_lang) = read_pairs(&args, encoding)?;
    let terms = TermBase::from_glossary(&glossary, src_lang, tgt_lang);
    let findings = Checker::new(terms, config).check(&pairs);

    let bytes = match args.format {
        Format::Text => render_text(&findings).into_bytes(),
        Format::Jsonl => {
            let mut out = Vec::new();
            for f in &findings {
                serde_json::to_writer(&mut out, f)?;
                out.push(b'\n');
            }
            out
        }
    };
    output.write(&bytes)?;
    Ok(if findings.is_empty() {
        Outcome::Success
    } else {
        Outcome::Findings
    })
}

fn read_glossary(path: &Path, format: GlossaryFormat) -> Result<Glossary> {
    let name = display(path);
    let text = decode_input(path, Encoding::Utf8)?;
    let format = match format {
        GlossaryFormat::Auto => {
            glossary::Format::detect(path.extension().and_then(|e| e.to_str()), &text)
        }
        GlossaryFormat::Tsv => glossary::Format::Tsv,
        GlossaryFormat::Json => glossary::Format::Json,
        GlossaryFormat::Tbx => glossary::Format::Tbx,
    };
    glossary::read(&text, format).with_context(|| format!("{name}: cannot read the glossary"))
}

fn decode_input(path: &Path, encoding: Encoding) -> Result<String> {
    let bytes = read_input(path)?;
    let decoded = decode(&bytes, encoding).with_context(|| display(path))?;
    Ok(decoded.text)
}

/// The languages of the two sides: as given, else detected from a sample;
/// one side known and the other not gives the other of English and Turkish.
fn languages(args: &Args, pairs: &[Pair]) -> Result<(Lang, Lang)> {
    let sample = |tgt: bool| -> String {
        pairs
            .iter()
            .take(200)
            .map(|p| if tgt { p.tgt.as_str() } else { p.src.as_str() })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let src = args
        .src_lang
        .unwrap_or_else(|| bitext::lang::detect(&sample(false)).lang());
    let tgt = args
        .tgt_lang
        .unwrap_or_else(|| bitext::lang::detect(&sample(true)).lang());
    let other = |l: Lang| if l == Lang::Tr { Lang::En } else { Lang::Tr };
    Ok(match (src, tgt) {
        (Lang::Und, Lang::Und) => {
            bail!("cannot tell the languages of the translation; give --src-lang and --tgt-lang")
        }
        (Lang::Und, t) => (other(t), t),
        (s, Lang::Und) => (s, other(s)),
        (s, t) => (s, t),
    })
}

fn read_pairs(args: &Args, encoding: Encoding) -> Result<(Vec<Pair>, Lang, Lang)> {
    let src_name = display(&args.src);
    let src_text = decode_input(&args.src, encoding)?;
    if let Some(tgt_path) = &args.tgt {
        let tgt_name = display(tgt_path);
        let tgt_text = decode_input(tgt_path, encoding)?;
        if args.presegmented {
            let pairs = Pair::from_lines(&src_text, &tgt_text)
                .with_context(|| format!("{src_name}, {tgt_name}"))?;
            let (s, t) = languages(args, &pairs)?;
            return Ok((pairs, s, t));
        }
        let aligned = Aligner::default().align_texts(
            &src_text,
            &tgt_text,
            args.src_lang.unwrap_or(Lang::Und),
            args.tgt_lang.unwrap_or(Lang::Und),
        );
        let pairs = Pair::from_alignment(&src_text, &tgt_text, &aligned);
        return Ok((pairs, aligned.src_lang, aligned.tgt_lang));
    }
    if args.presegmented {
        bail!("--presegmented needs two files (SRC TGT)");
    }
    let format = match (args.input_format, extension(&args.src).as_str()) {
        (InputFormat::Auto, "tsv") => InputFormat::Tsv,
        (InputFormat::Auto, "jsonl" | "ndjson") => InputFormat::Jsonl,
        (InputFormat::Auto, "tmx") => InputFormat::Tmx,
        (InputFormat::Auto, _) => InputFormat::Text,
        (f, _) => f,
    };
    let pairs = match format {
        InputFormat::Tsv => Pair::from_tsv(&src_text).with_context(|| src_name.clone())?,
        InputFormat::Jsonl => Pair::from_jsonl(&src_text).with_context(|| src_name.clone())?,
        InputFormat::Tmx => {
            let tmx = read_tmx(&src_text).with_context(|| src_name.clone())?;
            let src_lang = args
                .src_lang
                .or_else(|| tmx.src_lang.parse().ok())
                .filter(|l| *l != Lang::Und);
            let src_lang = src_lang.unwrap_or(Lang::En);
            let tgt_lang = args.tgt_lang.unwrap_or_else(|| {
                tmx.units
                    .iter()
                    .flat_map(|u| u.variants.iter())
                    .filter_map(|(l, _)| l.split(['-', '_']).next()?.parse::<Lang>().ok())
                    .find(|l| *l != src_lang && *l != Lang::Und)
                    .unwrap_or(if src_lang == Lang::Tr {
                        Lang::En
                    } else {
                        Lang::Tr
                    })
            });
            return Ok((Pair::from_tmx(&tmx, src_lang, tgt_lang), src_lang, tgt_lang));
        }
        _ => {
            let langs = match (args.src_lang, args.tgt_lang) {
                (Some(a), Some(b)) => Some((a, b)),
                (None, None) => None,
                _ => bail!("give both --src-lang and --tgt-lang for a mixed document, or neither"),
            };
            let doc = Aligner::default()
                .align_document(&src_text, langs)
                .with_context(|| src_name.clone())?;
            let a = &doc.aligned;
            let pairs = Pair::from_document(&doc);
            return Ok((pairs, a.src_lang, a.tgt_lang));
        }
    };
    let (s, t) = languages(args, &pairs)?;
    Ok((pairs, s, t))
}

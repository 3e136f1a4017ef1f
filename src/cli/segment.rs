//! `bitext segment`: split text into sentences.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use bitext::segment::{segment_auto_with, Segmenter, Sentence};
use bitext::text::{decode, Encoding};
use bitext::Lang;
use clap::ValueEnum;
use serde::Serialize;

use super::io::{display, read_input, Output};
use super::Outcome;

/// Split text into sentences.
///
/// Rule-based, with Turkish and English abbreviation tables, Turkish ordinals
/// (20. yüzyıl), initials, citations, numbered headings, decimals, dates,
/// URLs and e-mail addresses. In Turkish, a sentence that ends in a finite
/// verb without punctuation (a headline or a verse run into the text) is
/// found too. A blank line or a line break ends a sentence,
/// so a title, heading or keyword line is a sentence of its own: run
/// `bitext clean` first on text extracted from a PDF. The input is never
/// modified.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Input file, or - for standard input.
    input: PathBuf,
    /// Language whose rules apply: tr, en, auto (detect the language of each
    /// stretch of text and use its rules), or another code for generic rules
    /// (az uses the Turkish rules).
    #[arg(long, value_parser = parse_lang, value_name = "tr|en|auto|CODE")]
    lang: LangArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Add the abbreviations of FILE (lines `abbreviation.<TAB>prefix|number|ambiguous`).
    #[arg(long, value_name = "FILE")]
    abbreviations: Option<PathBuf>,
    /// Replace invalid UTF-8 bytes with U+FFFD instead of stopping with an error.
    #[arg(long)]
    lossy: bool,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    /// One sentence per line (line breaks inside a sentence become spaces).
    Text,
    /// One JSON object per sentence: {"start", "end", "lang", "text"}. Offsets
    /// are bytes into the input file (a UTF-8 byte-order mark counted); with
    /// --lossy they are bytes into the repaired text.
    Jsonl,
}

#[derive(Debug, Clone, Copy)]
enum LangArg {
    Auto,
    Fixed(Lang),
}

fn parse_lang(value: &str) -> Result<LangArg, String> {
    if value.eq_ignore_ascii_case("auto") {
        return Ok(LangArg::Auto);
    }
    value
        .parse::<Lang>()
        .map(LangArg::Fixed)
        .map_err(|e| format!("{e}, or auto"))
}

#[derive(Serialize)]
struct Record<'a> {
    start: usize,
    end: usize,
    lang: Lang,
    text: &'a str,
}

pub(crate) fn run(args: Args) -> Result<Outcome> {
    let name = display(&args.input);
    let mut inputs = vec![args.input.as_path()];
    if let Some(path) = &args.abbreviations {
        inputs.push(path.as_path());
    }
    let output = Output::new(args.output.as_deref(), &inputs)?;
    let extra = match &args.abbreviations {
        Some(path) => {
            let table_name = display(path);
            let bytes = read_input(path)?;
            let table = decode(&bytes, Encoding::Utf8).with_context(|| table_name.clone())?;
            // Checked once here, so that every language's segmenter below accepts it.
            Segmenter::new(Lang::Und)
                .with_abbreviations(&table.text)
                .with_context(|| table_name.clone())?;
            Some(table.text)
        }
        None => None,
    };
    let make = |lang: Lang| {
        let segmenter = Segmenter::new(lang);
        match &extra {
            Some(table) => segmenter
                .clone()
                .with_abbreviations(table)
                .unwrap_or(segmenter),
            None => segmenter,
        }
    };
    let bytes = read_input(&args.input)?;
    let encoding = if args.lossy {
        Encoding::Utf8Lossy
    } else {
        Encoding::Utf8
    };
    let decoded = decode(&bytes, encoding).with_context(|| name.clone())?;
    let text = decoded.text.as_str();
    // Offsets point into the input file: count the dropped UTF-8 byte-order mark.
    let shift = if decoded.had_bom { 3 } else { 0 };
    let sentences: Vec<Sentence> = match args.lang {
        LangArg::Auto => segment_auto_with(text, make),
        LangArg::Fixed(lang) => make(lang)
            .segment(text)
            .into_iter()
            .map(|span| Sentence { span, lang })
            .collect(),
    };
    let mut out = Vec::with_capacity(text.len() + sentences.len() * 8);
    for Sentence { span, lang } in &sentences {
        let sentence = span.slice(text).unwrap_or("");
        match args.format {
            Format::Text => {
                let mut words = sentence.split_whitespace();
                if let Some(first) = words.next() {
                    out.extend_from_slice(first.as_bytes());
                    for word in words {
                        out.push(b' ');
                        out.extend_from_slice(word.as_bytes());
                    }
                }
                out.push(b'\n');
            }
            Format::Jsonl => {
                let record = Record {
                    start: span.start + shift,
                    end: span.end + shift,
                    lang: *lang,
                    text: sentence,
                };
                serde_json::to_writer(&mut out, &record)?;
                out.write_all(b"\n")?;
            }
        }
    }
    output.write(&out)?;
    Ok(Outcome::Success)
}

//! `bitext align`: pair the sentences of a text and its translation.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use bitext::align::{Aligner, Method};
use bitext::formats::{write_pairs, PairFormat};
use bitext::text::{decode, Encoding};
use bitext::{Lang, Span};
use clap::ValueEnum;
use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;

use super::io::{display, read_input, Output};
use super::Outcome;

/// Pair the sentences of a text and its translation.
///
/// `bitext align SRC TGT` segments both files into sentences and aligns them
/// (1–1, 1–2, 2–1, 2–2 beads, and 1–0 / 0–1 for sentences with no
/// counterpart). `bitext align FILE` takes one mixed document (an English
/// abstract and a Turkish Öz, say): it is cleaned, split by language, and
/// aligned section by section. `--presegmented` reads one sentence per line.
/// `--batch FILE` reads JSON Lines {"id", "src", "tgt"} (texts, or arrays of
/// sentences) and writes one JSON result per line, in order, on all cores.
/// The inputs are never modified.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Source text, or the mixed document when TGT is not given (- for standard input).
    #[arg(required_unless_present = "batch")]
    src: Option<PathBuf>,
    /// Target text (its translation).
    tgt: Option<PathBuf>,
    /// Align many document pairs: JSON Lines with "id", "src" and "tgt" (each a
    /// text or an array of sentences; optional "src_lang", "tgt_lang"), - for
    /// standard input. Writes one JSON line per input line: {"id", "src_lang",
    /// "tgt_lang", "quality", "matched_quality", "coverage", "beads"} (plus
    /// "src_sentences"/"tgt_sentences" for texts that were segmented here), or
    /// {"line", "id", "error"}.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["src", "tgt", "presegmented"])]
    batch: Option<PathBuf>,
    /// Each input line is one sentence (empty lines are kept as empty sentences).
    #[arg(long)]
    presegmented: bool,
    /// Source language (tr, en, …); detected when not given.
    #[arg(long, value_parser = parse_lang)]
    src_lang: Option<Lang>,
    /// Target language; detected when not given.
    #[arg(long, value_parser = parse_lang)]
    tgt_lang: Option<Lang>,
    /// Output format (default tsv; --batch always writes JSON Lines).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// The most sentences on one side of a bead (1–8).
    #[arg(long, default_value_t = 2, value_name = "N")]
    max_bead: usize,
    /// Cost model: bitext (length, anchors, glossary, learned dictionary) or
    /// gale-church (lengths only, the classic baseline).
    #[arg(long, value_enum, default_value_t = MethodArg::Bitext)]
    method: MethodArg,
    /// Align once only: do not learn a dictionary from a first pass.
    #[arg(long)]
    no_realign: bool,
    /// Add the pairs of a two-column TSV glossary (en <TAB> tr) as anchors.
    #[arg(long, value_name = "FILE")]
    dictionary: Option<PathBuf>,
    /// Do not use the shipped English–Turkish glossary.
    #[arg(long)]
    no_glossary: bool,
    /// Replace invalid UTF-8 bytes with U+FFFD instead of stopping with an error.
    #[arg(long)]
    lossy: bool,
    /// Worker threads for --batch (default: all cores).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One bead per line: source sentences <TAB> target sentences <TAB> score
    /// (sentences of a bead joined by a space; tabs and line breaks inside
    /// sentences become spaces; an empty column is an unaligned sentence).
    Tsv,
    /// One bead per line: {"src": [indices], "tgt": [indices], "score"}, 0-based sentence indices.
    Jsonl,
    /// TMX 1.4b, one <tu> per bead with sentences on both sides.
    Tmx,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum MethodArg {
    Bitext,
    GaleChurch,
}

impl From<Format> for PairFormat {
    fn from(format: Format) -> Self {
        match format {
            Format::Tsv => PairFormat::Tsv,
            Format::Jsonl => PairFormat::Jsonl,
            Format::Tmx => PairFormat::Tmx,
        }
    }
}

fn parse_lang(value: &str) -> Result<Lang, String> {
    value.parse::<Lang>().map_err(|e| e.to_string())
}

pub(crate) fn run(args: Args) -> Result<Outcome> {
    let mut builder = Aligner::builder();
    builder
        .max_bead(args.max_bead)
        .realign(!args.no_realign)
        .shipped_glossary(!args.no_glossary)
        .method(match args.method {
            MethodArg::Bitext => Method::Bitext,
            MethodArg::GaleChurch => Method::GaleChurch,
        });
    if let Some(path) = &args.dictionary {
        let name = display(path);
        let text = decode_input(path, Encoding::Utf8)?;
        builder
            .dictionary_tsv(&text)
            .with_context(|| name.clone())?;
    }
    let aligner = builder.build()?;
    let encoding = if args.lossy {
        Encoding::Utf8Lossy
    } else {
        Encoding::Utf8
    };
    if let Some(batch) = &args.batch {
        if matches!(args.format, Some(Format::Tsv | Format::Tmx)) {
            bail!("--batch writes JSON Lines; leave out --format or use --format jsonl");
        }
        return run_batch(&args, batch, &aligner, encoding);
    }
    let Some(src_path) = args.src.as_deref() else {
        bail!("give SRC and TGT files, one mixed document, or --batch FILE");
    };
    let mut inputs = vec![src_path];
    inputs.extend(args.tgt.as_deref());
    inputs.extend(args.dictionary.as_deref());
    let output = Output::new(args.output.as_deref(), &inputs)?;
    let format = args.format.unwrap_or(Format::Tsv);
    let src_lang = args.src_lang.unwrap_or(Lang::Und);
    let tgt_lang = args.tgt_lang.unwrap_or(Lang::Und);

    let src_text = decode_input(src_path, encoding)?;
    let bytes = match &args.tgt {
        Some(tgt_path) => {
            let tgt_text = decode_input(tgt_path, encoding)?;
            if args.presegmented {
                let s: Vec<&str> = src_text.lines().collect();
                let t: Vec<&str> = tgt_text.lines().collect();
                let src_lang = detect_lines(src_lang, &s);
                let tgt_lang = detect_lines(tgt_lang, &t);
                let alignment = aligner.for_langs(src_lang, tgt_lang).align(&s, &t);
                write_pairs(format.into(), &alignment, &s, &t, src_lang, tgt_lang)
            } else {
                let aligned = aligner.align_texts(&src_text, &tgt_text, src_lang, tgt_lang);
                let s = slices(&src_text, &aligned.src_sentences);
                let t = slices(&tgt_text, &aligned.tgt_sentences);
                write_pairs(
                    format.into(),
                    &aligned.alignment,
                    &s,
                    &t,
                    aligned.src_lang,
                    aligned.tgt_lang,
                )
            }
        }
        None => {
            if args.presegmented {
                bail!("--presegmented needs two files (SRC TGT); a mixed document is split and segmented here");
            }
            let langs = match (args.src_lang, args.tgt_lang) {
                (Some(a), Some(b)) => Some((a, b)),
                (None, None) => None,
                _ => bail!("give both --src-lang and --tgt-lang for a mixed document, or neither"),
            };
            let doc = aligner
                .align_document(&src_text, langs)
                .with_context(|| display(src_path))?;
            let a = &doc.aligned;
            let s = slices(&doc.text, &a.src_sentences);
            let t = slices(&doc.text, &a.tgt_sentences);
            write_pairs(format.into(), &a.alignment, &s, &t, a.src_lang, a.tgt_lang)
        }
    };
    output.write(bytes.as_bytes())?;
    Ok(Outcome::Success)
}

fn detect_lines(lang: Lang, lines: &[&str]) -> Lang {
    if lang != Lang::Und {
        return lang;
    }
    let sample: String = lines
        .iter()
        .take(200)
        .copied()
        .collect::<Vec<_>>()
        .join("\n");
    bitext::lang::detect(&sample).lang()
}

fn decode_input(path: &Path, encoding: Encoding) -> Result<String> {
    let name = display(path);
    let bytes = read_input(path)?;
    let decoded = decode(&bytes, encoding).with_context(|| name.clone())?;
    Ok(decoded.text)
}

fn slices<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
    spans.iter().map(|s| s.slice(text).unwrap_or("")).collect()
}

/// One side of a batch item: a text to segment, or sentences.
enum Side {
    Text(String),
    Sentences(Vec<String>),
}

#[derive(Serialize)]
struct BatchResult<'a> {
    id: &'a Value,
    src_lang: Lang,
    tgt_lang: Lang,
    quality: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    matched_quality: Option<f64>,
    coverage: bitext::align::Coverage,
    beads: &'a [bitext::align::Bead],
    #[serde(skip_serializing_if = "Option::is_none")]
    src_sentences: Option<Vec<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tgt_sentences: Option<Vec<&'a str>>,
}

#[derive(Serialize)]
struct BatchError<'a> {
    line: usize,
    id: &'a Value,
    error: &'a str,
}

fn side(item: &Value, key: &str) -> Result<Side, String> {
    match item.get(key) {
        Some(Value::String(s)) => Ok(Side::Text(s.clone())),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(k, v)| match v {
                Value::String(s) => Ok(s.clone()),
                _ => Err(format!("\"{key}\"[{k}] is not a string")),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Side::Sentences),
        Some(_) => Err(format!("\"{key}\" must be a string or an array of strings")),
        None => Err(format!("missing \"{key}\"")),
    }
}

fn item_lang(item: &Value, key: &str, default: Option<Lang>) -> Result<Lang, String> {
    match item.get(key) {
        Some(Value::String(code)) => code.parse::<Lang>().map_err(|e| format!("\"{key}\": {e}")),
        Some(_) => Err(format!("\"{key}\" must be a language code string")),
        None => Ok(default.unwrap_or(Lang::Und)),
    }
}

/// A batch line's JSON result, or its id and an error message.
type LineResult = Result<String, (Value, String)>;

/// Aligns one batch line; `Err` carries the message for the error record.
fn batch_line(bytes: &[u8], encoding: Encoding, args: &Args, aligner: &Aligner) -> LineResult {
    let text = decode(bytes, encoding)
        .map_err(|e| (Value::Null, e.to_string()))?
        .text;
    let item: Value = serde_json::from_str(&text).map_err(|e| {
        let full = e.to_string();
        let reason = full.split(" at line ").next().unwrap_or(&full).to_owned();
        (
            Value::Null,
            format!("invalid JSON at column {}: {reason}", e.column()),
        )
    })?;
    let id = item.get("id").cloned().unwrap_or(Value::Null);
    if !item.is_object() {
        return Err((
            id,
            "expected a JSON object {\"id\", \"src\", \"tgt\"}".into(),
        ));
    }
    let fail = |msg: String| (id.clone(), msg);
    let src = side(&item, "src").map_err(fail)?;
    let tgt = side(&item, "tgt").map_err(fail)?;
    let src_lang = item_lang(&item, "src_lang", args.src_lang).map_err(fail)?;
    let tgt_lang = item_lang(&item, "tgt_lang", args.tgt_lang).map_err(fail)?;
    let sentences = |side: &Side, lang: Lang| -> (Vec<String>, Lang, bool) {
        match side {
            Side::Sentences(v) => {
                let refs: Vec<&str> = v.iter().map(String::as_str).collect();
                (v.clone(), detect_lines(lang, &refs), false)
            }
            Side::Text(t) => {
                let lang = if lang == Lang::Und {
                    bitext::lang::detect(t).lang()
                } else {
                    lang
                };
                let s = bitext::segment::sentences(t, lang)
                    .into_iter()
                    .map(str::to_owned)
                    .collect();
                (s, lang, true)
            }
        }
    };
    let (s, src_lang, s_segmented) = sentences(&src, src_lang);
    let (t, tgt_lang, t_segmented) = sentences(&tgt, tgt_lang);
    let alignment = aligner.for_langs(src_lang, tgt_lang).align(&s, &t);
    let result = BatchResult {
        id: &id,
        src_lang,
        tgt_lang,
        quality: (alignment.quality() * 10_000.0).round() / 10_000.0,
        matched_quality: alignment
            .matched_quality()
            .map(|q| (q * 10_000.0).round() / 10_000.0),
        coverage: alignment.coverage(),
        beads: alignment.beads(),
        src_sentences: s_segmented.then(|| s.iter().map(String::as_str).collect()),
        tgt_sentences: t_segmented.then(|| t.iter().map(String::as_str).collect()),
    };
    serde_json::to_string(&result).map_err(|e| (id.clone(), e.to_string()))
}

fn run_batch(args: &Args, path: &Path, aligner: &Aligner, encoding: Encoding) -> Result<Outcome> {
    let name = display(path);
    let mut inputs = vec![path];
    inputs.extend(args.dictionary.as_deref());
    let output = Output::new(args.output.as_deref(), &inputs)?;
    let reader: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(path).with_context(|| format!("{name}: cannot open"))?)
    };
    let mut reader = BufReader::new(reader);
    let (mut sink, tmp): (Box<dyn Write>, Option<(tempfile::NamedTempFile, PathBuf)>) =
        match &output {
            Output::Stdout => (
                Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
                None,
            ),
            Output::File(target) => {
                let dir = match target.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d,
                    _ => Path::new("."),
                };
                let file = tempfile::NamedTempFile::new_in(dir).with_context(|| {
                    format!("{}: cannot create a temporary file", display(target))
                })?;
                let handle = file.reopen().with_context(|| display(target))?;
                (
                    Box::new(std::io::BufWriter::new(handle)),
                    Some((file, target.clone())),
                )
            }
        };
    let pool = {
        let mut b = rayon::ThreadPoolBuilder::new();
        if let Some(n) = args.threads {
            b = b.num_threads(n);
        }
        b.build().context("cannot start worker threads")?
    };
    let chunk = 64 * pool.current_num_threads().max(1);
    let mut line_no = 0usize;
    let mut failed = 0usize;
    let mut first_failure: Option<usize> = None;
    loop {
        let mut lines: Vec<(usize, Vec<u8>)> = Vec::with_capacity(chunk);
        while lines.len() < chunk {
            let mut buf = Vec::new();
            let n = reader
                .read_until(b'\n', &mut buf)
                .with_context(|| format!("{name}: read failed after line {line_no}"))?;
            if n == 0 {
                break;
            }
            line_no += 1;
            while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                buf.pop();
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            lines.push((line_no, buf));
        }
        if lines.is_empty() {
            break;
        }
        let results: Vec<(usize, LineResult)> = pool.install(|| {
            lines
                .par_iter()
                .map(|(n, bytes)| (*n, batch_line(bytes, encoding, args, aligner)))
                .collect()
        });
        for (n, result) in results {
            let line = match result {
                Ok(json) => json,
                Err((id, message)) => {
                    failed += 1;
                    first_failure.get_or_insert(n);
                    eprintln!("bitext: {name}:{n}: {message}");
                    let record = BatchError {
                        line: n,
                        id: &id,
                        error: &message,
                    };
                    serde_json::to_string(&record).context("cannot write an error record")?
                }
            };
            sink.write_all(line.as_bytes()).context("write failed")?;
            sink.write_all(b"\n").context("write failed")?;
        }
        sink.flush().context("write failed")?;
    }
    drop(sink);
    if let Some((file, target)) = tmp {
        file.persist(&target)
            .map_err(|e| e.error)
            .with_context(|| format!("{}: cannot replace the file", display(&target)))?;
    }
    if let Some(first) = first_failure {
        bail!("{name}: {failed} of the input lines failed (first at line {first}); each has an {{\"line\", \"id\", \"error\"}} record in the output");
    }
    Ok(Outcome::Success)
}

//! `bitext detect`: label text with its language.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use bitext::lang::{self, LangSpan, Unit};
use bitext::text::{decode, DecodeError, Encoding};
use clap::ValueEnum;

use super::io::{display, read_input, Output};
use super::Outcome;

/// Detect the language of every span, line, paragraph or sentence.
///
/// Languages are tr, en, az, ru-Latn (romanized Russian), und (no letters),
/// or another code when the text is clearly in another language or script.
/// Offsets are byte offsets into the input (a UTF-8 byte-order mark counts).
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Input file, or - for standard input.
    input: PathBuf,
    /// Write the output to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// What to classify. `line` gives exactly one result per input line, in
    /// order, and streams.
    #[arg(long, value_enum, default_value_t = UnitArg::Span)]
    unit: UnitArg,
    /// Output format: `jsonl` (one object per unit: start, end, lang,
    /// confidence, text) or `text` (one line per unit, for people).
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// Replace invalid UTF-8 bytes with U+FFFD instead of stopping with an error.
    #[arg(long)]
    lossy: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum UnitArg {
    /// Language spans found by the sequence model.
    Span,
    /// Each input line on its own.
    Line,
    /// Each paragraph (blank-line separated) on its own.
    Paragraph,
    /// Each sentence on its own.
    Sentence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// JSON Lines.
    Jsonl,
    /// Human-readable text.
    Text,
}

pub(crate) fn run(args: Args) -> Result<Outcome> {
    let name = display(&args.input);
    let output = Output::new(args.output.as_deref(), &[&args.input])?;
    if args.unit == UnitArg::Line {
        return run_lines(&args, &name, &output);
    }
    let bytes = read_input(&args.input)?;
    let encoding = if args.lossy {
        Encoding::Utf8Lossy
    } else {
        Encoding::Utf8
    };
    let decoded = decode(&bytes, encoding).with_context(|| name.clone())?;
    let shift = if decoded.had_bom { 3 } else { 0 };
    let unit = match args.unit {
        UnitArg::Span => Unit::Span,
        UnitArg::Paragraph => Unit::Paragraph,
        UnitArg::Sentence => Unit::Sentence,
        UnitArg::Line => Unit::Line,
    };
    let mut out = Vec::new();
    for span in lang::units(&decoded.text, unit) {
        write_one(&mut out, &decoded.text, &span, shift, args.format)?;
    }
    output.write(&out)?;
    Ok(Outcome::Success)
}

/// `--unit line`: one line in, one result out, without reading the whole input first.
fn run_lines(args: &Args, name: &str, output: &Output) -> Result<Outcome> {
    let reader: Box<dyn Read> = if args.input.as_os_str() == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let meta =
            std::fs::metadata(&args.input).with_context(|| format!("{name}: cannot open"))?;
        if meta.is_dir() {
            anyhow::bail!("{name}: is a directory; give a file (or - for standard input)");
        }
        Box::new(std::fs::File::open(&args.input).with_context(|| format!("{name}: cannot open"))?)
    };
    let mut reader = BufReader::new(reader);
    let interactive = args.input.as_os_str() == "-";
    let mut buffered = Vec::new();
    let stdout = std::io::stdout();
    let mut stdout_lock = std::io::BufWriter::new(stdout.lock());
    let mut bytes = Vec::new();
    let mut offset = 0usize;
    let mut line_no = 0usize;
    loop {
        bytes.clear();
        let n = reader
            .read_until(b'\n', &mut bytes)
            .with_context(|| format!("{name}: cannot read"))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let mut body: &[u8] = &bytes;
        let mut start = offset;
        if line_no == 1 {
            if let Some(rest) = body.strip_prefix(b"\xEF\xBB\xBF") {
                body = rest;
                start += 3;
            }
        }
        let body = body.strip_suffix(b"\n").unwrap_or(body);
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        let text = if args.lossy {
            String::from_utf8_lossy(body).into_owned()
        } else {
            match std::str::from_utf8(body) {
                Ok(text) => text.to_owned(),
                Err(err) => {
                    let error = DecodeError::InvalidUtf8 {
                        offset: start + err.valid_up_to(),
                        line: line_no,
                    };
                    return Err(anyhow::Error::new(error).context(name.to_owned()));
                }
            }
        };
        let d = lang::detect(&text);
        let span = LangSpan {
            span: bitext::Span::new(0, text.len()),
            lang: d.lang,
            confidence: d.confidence,
        };
        match output {
            Output::Stdout => {
                write_one(&mut stdout_lock, &text, &span, start, args.format)?;
                if interactive {
                    stdout_lock.flush().context("<stdout>: write failed")?;
                }
            }
            Output::File(_) => write_one(&mut buffered, &text, &span, start, args.format)?,
        }
        offset += n;
    }
    stdout_lock.flush().context("<stdout>: write failed")?;
    if let Output::File(_) = output {
        output.write(&buffered)?;
    }
    Ok(Outcome::Success)
}

/// Writes one unit; `shift` is added to its offsets (a dropped BOM, or the line's start).
fn write_one(
    out: &mut impl Write,
    text: &str,
    span: &LangSpan,
    shift: usize,
    format: Format,
) -> Result<()> {
    let piece = span.span.slice(text).unwrap_or("");
    let confidence = (span.confidence * 10_000.0).round() / 10_000.0;
    let (start, end) = (span.span.start + shift, span.span.end + shift);
    match format {
        Format::Jsonl => {
            let object = serde_json::json!({
                "start": start,
                "end": end,
                "lang": span.lang,
                "confidence": confidence,
                "text": piece,
            });
            serde_json::to_writer(&mut *out, &object).context("<stdout>: write failed")?;
            writeln!(out).context("<stdout>: write failed")?;
        }
        Format::Text => {
            let mut shown: String = piece.replace('\n', " ⏎ ").chars().take(100).collect();
            if piece.chars().count() > 100 {
                shown.push('…');
            }
            writeln!(
                out,
                "{:<7} {confidence:.2}  {start}..{end}  {shown}",
                span.lang.code()
            )
            .context("<stdout>: write failed")?;
        }
    }
    Ok(())
}

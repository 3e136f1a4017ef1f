//! `bitext key`: one name per line in, `name ⇥ key` per line out, streaming.

use std::borrow::Cow;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use bitext::text::{decode, Encoding};
use bitext::translit::name_key_into;
use clap::ValueEnum;

use super::io::{display, Output};
use super::Outcome;

/// Key names for search: one name per input line → `name ⇥ key` per line.
///
/// The key is the same for every spelling of a name: Turkish with or without
/// diacritics and in capitals (Çavuşoğlu, Cavusoglu, ÇAVUŞOĞLU), damaged by
/// encodings (Çavuþoðlu), Azerbaijani Latin (Naxçıvan), Russian in Cyrillic
/// or romanized by any common system or press habit (Нахичевань,
/// Nakhichevan, Nakhchivan). Output lines come in input order; the input is
/// streamed, so files of any size run in constant memory. A tab inside a
/// name is written as a space in the name column.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Input file with one name per line, or - for standard input.
    #[arg(default_value = "-")]
    input: PathBuf,
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Tsv)]
    format: Format,
    /// How to read a line that is not valid UTF-8 (lines that are valid UTF-8
    /// are always read as UTF-8): `utf8` stops with an error naming the line,
    /// `auto` guesses Windows-1254 (Turkish) or -1252, the others name the
    /// code page. Such lines are counted on standard error.
    #[arg(long, value_enum, default_value_t = EncodingArg::Utf8)]
    encoding: EncodingArg,
    /// Replace invalid UTF-8 bytes with U+FFFD instead of stopping with an
    /// error; the lines and bytes replaced are counted on standard error.
    #[arg(long, conflicts_with = "encoding")]
    lossy: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    /// `name<TAB>key` per line.
    Tsv,
    /// One JSON object per line: {"name": …, "key": …}.
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum EncodingArg {
    Utf8,
    Cp1254,
    Cp1252,
    Latin1,
    Auto,
}

/// Counts of lines that were not plain UTF-8.
#[derive(Debug, Default)]
struct Repairs {
    lossy_lines: usize,
    lossy_bytes: usize,
    code_page_lines: usize,
}

fn open_input(path: &Path) -> Result<Box<dyn Read>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(std::io::stdin().lock()));
    }
    let name = display(path);
    if path.is_dir() {
        bail!("{name}: is a directory; give a file (or - for standard input)");
    }
    let file = File::open(path).with_context(|| format!("{name}: cannot open"))?;
    Ok(Box::new(file))
}

pub(crate) fn run(args: Args) -> Result<Outcome> {
    let name = display(&args.input);
    let output = Output::new(args.output.as_deref(), &[&args.input])?;
    let reader = BufReader::with_capacity(1 << 16, open_input(&args.input)?);
    let repairs = match &output {
        Output::Stdout => {
            let stdout = std::io::stdout();
            let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
            let repairs = key_lines(reader, &mut out, &args, &name)?;
            out.flush().context("<stdout>: write failed")?;
            repairs
        }
        Output::File(path) => {
            let target = display(path);
            let dir = match path.parent() {
                Some(dir) if !dir.as_os_str().is_empty() => dir,
                _ => Path::new("."),
            };
            let tmp = tempfile::NamedTempFile::new_in(dir).with_context(|| {
                format!(
                    "{target}: cannot create a temporary file in {}",
                    dir.display()
                )
            })?;
            let mut out = BufWriter::with_capacity(1 << 16, tmp);
            let repairs = key_lines(reader, &mut out, &args, &name)?;
            let tmp = out
                .into_inner()
                .map_err(|e| e.into_error())
                .with_context(|| format!("{target}: write failed"))?;
            tmp.persist(path)
                .map_err(|e| e.error)
                .with_context(|| format!("{target}: cannot replace the file"))?;
            repairs
        }
    };
    if repairs.lossy_lines > 0 {
        eprintln!(
            "bitext: {name}: replaced {} invalid byte sequence(s) on {} line(s) with U+FFFD",
            repairs.lossy_bytes, repairs.lossy_lines
        );
    }
    if repairs.code_page_lines > 0 {
        eprintln!(
            "bitext: {name}: read {} line(s) that were not UTF-8 as {}",
            repairs.code_page_lines,
            match args.encoding {
                EncodingArg::Auto => "Windows-1254 or -1252",
                EncodingArg::Cp1254 => "Windows-1254",
                EncodingArg::Cp1252 => "Windows-1252",
                _ => "latin-1",
            }
        );
    }
    Ok(Outcome::Success)
}

fn key_lines(
    mut reader: impl BufRead,
    out: &mut impl Write,
    args: &Args,
    name: &str,
) -> Result<Repairs> {
    let mut repairs = Repairs::default();
    let mut line = Vec::with_capacity(256);
    let mut key = String::with_capacity(256);
    let mut json = Vec::with_capacity(256);
    let mut line_no = 0usize;
    let mut offset = 0usize;
    loop {
        line.clear();
        let read = reader
            .read_until(b'\n', &mut line)
            .with_context(|| format!("{name}: read failed after line {line_no}"))?;
        if read == 0 {
            break;
        }
        line_no += 1;
        let mut content: &[u8] = &line;
        let mut start = 0;
        if line_no == 1 && content.starts_with(b"\xEF\xBB\xBF") {
            content = content.get(3..).unwrap_or_default();
            start = 3;
        }
        if let Some(rest) = content.strip_suffix(b"\n") {
            content = rest;
        }
        if let Some(rest) = content.strip_suffix(b"\r") {
            content = rest;
        }
        let text: Cow<str> = match std::str::from_utf8(content) {
            Ok(text) => Cow::Borrowed(text),
            Err(err) => match decode_bad_line(content, args, &mut repairs) {
                Some(decoded) => Cow::Owned(decoded.with_context(|| format!("{name}: line {line_no}"))?),
                None => bail!(
                    "{name}: invalid UTF-8 at byte {} (line {line_no}); re-run with --lossy to replace bad bytes, \
                     or with --encoding auto to read such lines as Windows-1254 or -1252",
                    offset + start + err.valid_up_to()
                ),
            },
        };
        name_key_into(&text, &mut key);
        match args.format {
            Format::Tsv => {
                if text.contains('\t') {
                    out.write_all(text.replace('\t', " ").as_bytes())
                } else {
                    out.write_all(text.as_bytes())
                }
                .and_then(|()| out.write_all(b"\t"))
                .and_then(|()| out.write_all(key.as_bytes()))
                .and_then(|()| out.write_all(b"\n"))
                .context("write failed")?;
            }
            Format::Jsonl => {
                json.clear();
                serde_json::to_writer(&mut json, &serde_json::json!({ "name": text, "key": key }))?;
                json.push(b'\n');
                out.write_all(&json).context("write failed")?;
            }
        }
        offset += read;
    }
    Ok(repairs)
}

/// Decodes a line that is not valid UTF-8 as `--lossy` or `--encoding` say;
/// `None` when neither allows it.
fn decode_bad_line(content: &[u8], args: &Args, repairs: &mut Repairs) -> Option<Result<String>> {
    let encoding = if args.lossy {
        Encoding::Utf8Lossy
    } else {
        match args.encoding {
            EncodingArg::Utf8 => return None,
            EncodingArg::Cp1254 => Encoding::Cp1254,
            EncodingArg::Cp1252 => Encoding::Cp1252,
            EncodingArg::Latin1 => Encoding::Latin1,
            EncodingArg::Auto => Encoding::Auto,
        }
    };
    Some(
        decode(content, encoding)
            .map_err(anyhow::Error::from)
            .map(|decoded| {
                if args.lossy {
                    repairs.lossy_lines += 1;
                    repairs.lossy_bytes += decoded.replaced;
                } else {
                    repairs.code_page_lines += 1;
                }
                decoded.text
            }),
    )
}

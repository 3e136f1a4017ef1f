//! `bitext clean`: repair extracted text.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use bitext::text::{clean_bytes, Cleaned, Encoding};
use clap::ValueEnum;

use super::io::{display, read_input, Output};
use super::Outcome;

/// Repair text extracted from PDFs and the web.
///
/// Decodes the input, composes Unicode (NFC), normalizes odd spaces and
/// apostrophes inside words (Türkiye’nin → Türkiye'nin), repairs mojibake
/// (ÅžanlÄ±urfa, Þanlýurfa → Şanlıurfa), drops page numbers and running
/// headers, rejoins wrapped lines and hyphenated words, and rejoins a sentence
/// cut by a page break, moving a footnote dropped into it after its paragraph.
/// Words with letters lost to `?` are reported, not guessed. The input is
/// never modified.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Input file, or - for standard input.
    input: PathBuf,
    /// Write the repaired text to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Input encoding. `auto` takes UTF-8 when valid, else guesses Windows-1254 or -1252.
    #[arg(long, value_enum, default_value_t = EncodingArg::Utf8)]
    encoding: EncodingArg,
    /// Replace invalid UTF-8 bytes with U+FFFD instead of stopping with an error.
    #[arg(long, conflicts_with = "encoding")]
    lossy: bool,
    /// Print every change (kind, line, before → after) to standard error.
    #[arg(long)]
    report: bool,
    /// Format of the --report output.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text, requires = "report")]
    report_format: ReportFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum EncodingArg {
    Utf8,
    Cp1254,
    Cp1252,
    Latin1,
    Auto,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ReportFormat {
    /// One line per change, then a summary.
    Text,
    /// One JSON object: {"input", "changes": [{kind, line, before, after}], "summary"}.
    Json,
}

pub(crate) fn run(args: Args) -> Result<Outcome> {
    let name = display(&args.input);
    let output = Output::new(args.output.as_deref(), &[&args.input])?;
    let bytes = read_input(&args.input)?;
    let encoding = if args.lossy {
        Encoding::Utf8Lossy
    } else {
        match args.encoding {
            EncodingArg::Utf8 => Encoding::Utf8,
            EncodingArg::Cp1254 => Encoding::Cp1254,
            EncodingArg::Cp1252 => Encoding::Cp1252,
            EncodingArg::Latin1 => Encoding::Latin1,
            EncodingArg::Auto => Encoding::Auto,
        }
    };
    let cleaned = clean_bytes(&bytes, encoding).with_context(|| name.clone())?;
    output.write(cleaned.text.as_bytes())?;
    if args.report {
        write_report(&name, &cleaned, args.report_format)?;
    }
    Ok(Outcome::Success)
}

fn write_report(name: &str, cleaned: &Cleaned, format: ReportFormat) -> Result<()> {
    let mut err = std::io::stderr().lock();
    match format {
        ReportFormat::Text => {
            for change in &cleaned.changes {
                writeln!(
                    err,
                    "{name}:{}: {}: {} → {}",
                    change.line,
                    change.kind.name(),
                    change.before,
                    change.after
                )?;
            }
            let summary: Vec<String> = cleaned
                .summary()
                .iter()
                .map(|(kind, n)| format!("{n} {}", kind.name()))
                .collect();
            if summary.is_empty() {
                writeln!(err, "{name}: no changes")?;
            } else {
                writeln!(err, "{name}: {}", summary.join(", "))?;
            }
        }
        ReportFormat::Json => {
            let summary: std::collections::BTreeMap<&str, usize> = cleaned
                .summary()
                .into_iter()
                .map(|(kind, n)| (kind.name(), n))
                .collect();
            let report = serde_json::json!({
                "input": name,
                "changes": cleaned.changes,
                "summary": summary,
            });
            serde_json::to_writer_pretty(&mut err, &report)?;
            writeln!(err)?;
        }
    }
    Ok(())
}

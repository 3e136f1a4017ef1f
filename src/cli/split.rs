//! `bitext split`: cut a mixed document into one file per language.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use bitext::lang::split;
use bitext::text::{decode, Encoding};

use super::io::{display, read_input, write_atomic};
use super::Outcome;

/// Split a mixed document into one file per language.
///
/// Repairs the text (as `bitext clean` does), recognises section labels
/// (Abstract/Öz, Keywords/Anahtar Kelimeler, References/Kaynakça …) as
/// structure, and writes DIR/<stem>.<lang>.txt for each language present and
/// DIR/<stem>.sections.json describing every part: its section, language,
/// label, and byte ranges in the cleaned text and in the language file.
/// Existing files are never overwritten unless --force is given. Prints the
/// paths written.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Input file, or - for standard input.
    input: PathBuf,
    /// Output directory (created if missing).
    #[arg(short, long, value_name = "DIR")]
    output: PathBuf,
    /// File name stem for the outputs; default: the input's file stem (`stdin` for -).
    #[arg(long, value_name = "NAME")]
    stem: Option<String>,
    /// Overwrite output files that already exist.
    #[arg(long)]
    force: bool,
    /// Replace invalid UTF-8 bytes with U+FFFD instead of stopping with an error.
    #[arg(long)]
    lossy: bool,
}

pub(crate) fn run(args: Args) -> Result<Outcome> {
    let name = display(&args.input);
    let stem = match &args.stem {
        Some(stem) => stem.clone(),
        None if args.input.as_os_str() == "-" => "stdin".to_owned(),
        None => args
            .input
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .with_context(|| format!("{name}: cannot take a file name stem; give --stem"))?,
    };
    if stem.is_empty() || stem.contains(['/', '\\']) {
        bail!("--stem {stem:?}: give a plain file name without directories");
    }
    let dir = &args.output;
    if dir.exists() && !dir.is_dir() {
        bail!(
            "{}: is not a directory; give a directory with -o",
            dir.display()
        );
    }
    let bytes = read_input(&args.input)?;
    let encoding = if args.lossy {
        Encoding::Utf8Lossy
    } else {
        Encoding::Utf8
    };
    let decoded = decode(&bytes, encoding).with_context(|| name.clone())?;
    let doc = split(&decoded.text);

    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    let mut file_names = serde_json::Map::new();
    let mut file_offsets: Vec<Option<(String, usize, usize)>> = vec![None; doc.parts.len()];
    for lang in doc.languages() {
        let file = format!("{stem}.{}.txt", lang.code());
        let body = doc.text_of(lang);
        // Locate each part in the language file, in order.
        let mut from = 0;
        for (i, part) in doc.parts.iter().enumerate() {
            if part.lang != lang || part.span.is_empty() {
                continue;
            }
            let piece = doc.slice(part.span);
            if let Some(at) = body.get(from..).and_then(|rest| rest.find(piece)) {
                let start = from + at;
                file_offsets[i] = Some((file.clone(), start, start + piece.len()));
                from = start + piece.len();
            }
        }
        file_names.insert(
            lang.code().to_owned(),
            serde_json::Value::from(file.clone()),
        );
        files.push((dir.join(&file), body.into_bytes()));
    }
    let newlines: Vec<usize> = doc.text.match_indices('\n').map(|(i, _)| i).collect();
    let parts: Vec<serde_json::Value> = doc
        .parts
        .iter()
        .zip(&file_offsets)
        .map(|(part, place)| {
            let line = newlines.partition_point(|&i| i < part.span.start) + 1;
            serde_json::json!({
                "section": part.section,
                "lang": part.lang,
                "confidence": (part.confidence * 10_000.0).round() / 10_000.0,
                "label": part.label.map(|l| doc.slice(l)),
                "start": part.span.start,
                "end": part.span.end,
                "line": line,
                "file": place.as_ref().map(|p| p.0.clone()),
                "file_start": place.as_ref().map(|p| p.1),
                "file_end": place.as_ref().map(|p| p.2),
            })
        })
        .collect();
    let report = serde_json::json!({
        "source": name,
        "cleaned_bytes": doc.text.len(),
        "offsets": "start/end and line point into the cleaned text (bitext clean); file_start/file_end into the language file",
        "languages": doc.languages(),
        "files": file_names,
        "parts": parts,
    });
    let mut json = serde_json::to_vec_pretty(&report).context("cannot serialize sections.json")?;
    json.push(b'\n');
    files.push((dir.join(format!("{stem}.sections.json")), json));

    if !args.force {
        let existing: Vec<String> = files
            .iter()
            .filter(|(p, _)| p.exists())
            .map(|(p, _)| p.display().to_string())
            .collect();
        if !existing.is_empty() {
            bail!(
                "{}: already exists; re-run with --force to overwrite",
                existing.join(", ")
            );
        }
    }
    let input_path = std::fs::canonicalize(&args.input).ok();
    std::fs::create_dir_all(dir)
        .with_context(|| format!("{}: cannot create the directory", dir.display()))?;
    for (path, _) in &files {
        if input_path.is_some() && std::fs::canonicalize(path).ok() == input_path {
            bail!(
                "{}: the output is the input; choose another directory",
                path.display()
            );
        }
    }
    let mut listing = String::new();
    for (path, bytes) in &files {
        write_atomic(path, bytes)?;
        listing.push_str(&display(Path::new(path)));
        listing.push('\n');
    }
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(listing.as_bytes())
        .context("<stdout>: write failed")?;
    Ok(Outcome::Success)
}

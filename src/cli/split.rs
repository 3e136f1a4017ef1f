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

    let files: Vec<(PathBuf, Vec<u8>)> = doc
        .output_files(&stem, &name)
        .into_iter()
        .map(|(file, bytes)| (dir.join(file), bytes))
        .collect();

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

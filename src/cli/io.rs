//! Shared input and output: paths or `-`, atomic output files, never
//! overwriting an input.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// How a path is shown in messages: `-` is standard input.
pub(crate) fn display(path: &Path) -> String {
    if is_stdin(path) {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Reads all of `path` (or standard input for `-`) as bytes.
pub(crate) fn read_input(path: &Path) -> Result<Vec<u8>> {
    if is_stdin(path) {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .context("<stdin>: could not read standard input")?;
        return Ok(bytes);
    }
    let name = display(path);
    let meta = fs::metadata(path).with_context(|| format!("{name}: cannot open"))?;
    if meta.is_dir() {
        bail!("{name}: is a directory; give a file (or - for standard input)");
    }
    fs::read(path).with_context(|| format!("{name}: cannot read"))
}

/// Where a command's data goes.
pub(crate) enum Output {
    Stdout,
    File(PathBuf),
}

impl Output {
    /// `-o FILE` or standard output; refuses a file that is one of `inputs`.
    pub(crate) fn new(path: Option<&Path>, inputs: &[&Path]) -> Result<Self> {
        let Some(path) = path.filter(|p| !is_stdin(p)) else {
            return Ok(Output::Stdout);
        };
        let target = resolve(path);
        for input in inputs.iter().filter(|p| !is_stdin(p)) {
            if resolve(input) == target {
                bail!(
                    "{}: the output is the input; write to another file (bitext never overwrites its input)",
                    display(path)
                );
            }
        }
        if path.is_dir() {
            bail!(
                "{}: is a directory; give an output file name",
                display(path)
            );
        }
        Ok(Output::File(path.to_owned()))
    }

    /// Writes all of `bytes`: to stdout, or to a temporary file in the target
    /// directory that is then renamed into place.
    pub(crate) fn write(&self, bytes: &[u8]) -> Result<()> {
        match self {
            Output::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(bytes).context("<stdout>: write failed")?;
                out.flush().context("<stdout>: write failed")
            }
            Output::File(path) => write_atomic(path, bytes),
        }
    }
}

/// Writes `bytes` to `path` through a temporary file and a rename.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = display(path);
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).with_context(|| {
        format!(
            "{name}: cannot create a temporary file in {}",
            dir.display()
        )
    })?;
    tmp.write_all(bytes)
        .with_context(|| format!("{name}: write failed"))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("{name}: cannot replace the file"))?;
    Ok(())
}

/// The canonical form of a path that may not exist yet.
fn resolve(path: &Path) -> PathBuf {
    if let Ok(canonical) = fs::canonicalize(path) {
        return canonical;
    }
    match (path.parent(), path.file_name()) {
        (Some(parent), Some(file)) => {
            let parent = if parent.as_os_str().is_empty() {
                Path::new(".")
            } else {
                parent
            };
            fs::canonicalize(parent)
                .unwrap_or_else(|_| parent.to_owned())
                .join(file)
        }
        _ => path.to_owned(),
    }
}

/// Whether an error comes from writing to a closed pipe (`bitext … | head`).
pub(crate) fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

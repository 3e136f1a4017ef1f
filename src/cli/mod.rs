//! Command-line layer: one file per subcommand, plus shared input/output.
//! Nothing here computes more than I/O and option mapping.

mod align;
mod check;
mod clean;
mod detect;
mod glossary;
mod io;
mod key;
mod run;
mod segment;
mod split;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// bitext: a toolkit for Turkish–English bilingual text.
///
/// Every command reads a file or `-` (standard input), writes data to standard
/// output unless `-o FILE` is given (then atomically), and exits 0 on success,
/// 1 when a check found problems, 2 on bad usage, bad input or an I/O error.
#[derive(Debug, Parser)]
#[command(name = "bitext", version, about, long_about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Run(run::Args),
    Clean(clean::Args),
    Detect(detect::Args),
    Split(split::Args),
    Segment(segment::Args),
    Align(align::Args),
    Glossary(glossary::Args),
    Check(check::Args),
    Key(key::Args),
}

/// What a command found, mapped to the exit code by [`main`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Exit 0.
    Success,
    /// Exit 1: a check found problems.
    Findings,
}

/// Parses arguments, runs the command and returns the exit code.
pub(crate) fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            let code = if err.use_stderr() { 2 } else { 0 };
            // Printing help or an argument error can only fail on a closed pipe.
            let _ = err.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Run(args) => run::run(args),
        Command::Align(args) => align::run(args),
        Command::Check(args) => check::run(args),
        Command::Clean(args) => clean::run(args),
        Command::Detect(args) => detect::run(args),
        Command::Key(args) => key::run(args),
        Command::Split(args) => split::run(args),
        Command::Glossary(args) => glossary::run(args),
        Command::Segment(args) => segment::run(args),
    };
    match result {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Err(err) if io::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("bitext: {err:#}");
            ExitCode::from(2)
        }
    }
}

//! Integration tests: one binary, a module per subcommand, each running the
//! real `bitext` executable on fixtures written for this project.

mod util;

mod align;
mod check;
mod clean;
mod detect;
mod glossary;
mod key;
mod properties;
mod run;
mod segment;
mod split;

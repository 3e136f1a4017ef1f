//! Integration tests: one binary, a module per subcommand, each running the
//! real `bitext` executable on fixtures written for this project.

mod util;

mod align;
mod check;
mod clean;
mod key;
mod properties;
mod detect;
mod segment;
mod split;

//! # bitext
//!
//! A toolkit for Turkish–English bilingual text: repair text extracted from
//! PDFs and the web, and (as the pipeline grows) detect and split languages,
//! segment and align sentences, build glossaries, check translations and key
//! names for search.
//!
//! The stages live in one module each and data flows one way:
//!
//! ```text
//! bytes ──► text ──► lang ──► segment ──► align ──► terms ──► glossary
//!                                           └──► check
//! names ──► text ──► translit ──► key
//! ```
//!
//! ## Example
//!
//! Repair a fragment of an extracted paper: mojibake, a curly apostrophe, a
//! hyphenated line break and a footnote that a page break dropped into a
//! sentence.
//!
//! ```
//! use bitext::text::{clean, match_fold, ChangeKind};
//!
//! let raw = "Öz: Bu çalışma ÅžanlÄ±urfa ve Türkiye’nin güney sınırındaki iş-\n\
//!            birliğini ele alıyor ve sonucun sayfa sonunda\n\n\
//!            * Yazar, Örnek Üniversitesi.\n\n\
//!            kesildiğini gösteriyor.\n";
//! let cleaned = clean(raw);
//! assert_eq!(
//!     cleaned.text,
//!     "Öz: Bu çalışma Şanlıurfa ve Türkiye'nin güney sınırındaki işbirliğini ele alıyor \
//!      ve sonucun sayfa sonunda kesildiğini gösteriyor.\n\n* Yazar, Örnek Üniversitesi.\n"
//! );
//! let kinds: Vec<ChangeKind> = cleaned.changes.iter().map(|c| c.kind).collect();
//! assert!(kinds.contains(&ChangeKind::FootnoteMoved));
//! assert_eq!(match_fold("HAKİM"), match_fold("HAKIM"));
//! ```
//!
//! The command-line tool `bitext` is a thin layer over these functions; its
//! exit codes are 0 (success), 1 (a check found problems) and 2 (bad usage,
//! bad input or an I/O error).

#![deny(missing_docs)]

pub mod align;
pub mod check;
mod error;
pub mod formats;
pub mod glossary;
pub mod lang;
pub mod pipeline;
pub mod report;
pub mod segment;
pub mod terms;
pub mod text;
pub mod translit;
mod types;

pub use error::Error;
pub use types::{Lang, OtherCode, ParseLangError, Span};

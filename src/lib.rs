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
//! The whole pipeline over a mixed document: split it by language, segment
//! and align the abstract with the Öz, build a glossary from the pairs and
//! check the translation against it.
//!
//! ```
//! use bitext::{align::Aligner, pipeline::run_document, Lang};
//!
//! let doc = "Abstract: The Middle Corridor carried 35 percent more freight in 2022. \
//!            The Middle Corridor links Baku with Kars.\n\n\
//!            Öz: Orta Koridor 2022'de yüzde 53 daha fazla yük taşıdı. \
//!            Orta Koridor Bakü'yü Kars'a bağlıyor.\n";
//! let run = run_document("paper", doc, &Aligner::default()).unwrap();
//! let a = &run.aligned.aligned;
//! assert_eq!((a.src_lang, a.tgt_lang), (Lang::En, Lang::Tr));
//! assert_eq!(a.alignment.beads().len(), 2);
//! assert!(run.glossary.entries.iter().any(|e| e.en == "Middle Corridor" && e.tr == "Orta Koridor"));
//! // 35 percent became "yüzde 53": the number check reports the first pair.
//! assert_eq!(run.findings.len(), 1);
//! assert_eq!(run.findings[0].check.id(), "number-mismatch");
//! assert_eq!(run.findings[0].src_lines, [0]);
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

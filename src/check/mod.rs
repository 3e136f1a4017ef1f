//! Consistency checks: every place where a translation disagrees with the
//! project glossary or with itself.
//!
//! A [`Checker`] takes a [`TermBase`] (the glossary, oriented from the
//! source to the target language), a [`Config`] (which checks run, and how
//! severe they are) and the translation as aligned [`Pair`]s, and returns
//! [`Finding`]s.
//!
//! # Checks
//!
//! | ID | default severity | what it finds |
//! |---|---|---|
//! | `term-missing` | error | a glossary source term occurs in a source segment, but none of its target terms (or their variants), in any inflected form, occurs in the aligned target |
//! | `term-inconsistent` | warning | a source term with several glossary renderings is rendered differently across the document (each rendering with its count); and the reverse, one target term standing for different source terms. The minority rendering is reported |
//! | `variant-inconsistent` | warning | one side of the document mixes spellings of one glossary entry (HAKİM and HAKIM; Türkiye and Turkey in English text); the minority spelling is reported |
//! | `number-mismatch` | error | numbers, years, percentages and dates differ (1,5 = 1.5; 27 Eylül 2020 = September 27, 2020; yüzde 35 = 35 percent; iki = 2) |
//! | `untranslated` | error | the target segment is the source segment, or is written in the source language ([`crate::lang::detect`]) |
//! | `missing` | error | a segment with no counterpart: an empty target, or a sentence the alignment left unpaired (`empty` is accepted as another name) |
//! | `forbidden` | error | a term the glossary marks as forbidden appears in the target |
//!
//! A segment reported as `missing` or `untranslated` gets no term or
//! number findings: one defect, one finding.
//!
//! # Matching terms in Turkish
//!
//! String matching floods Turkish with false alarms: Türkiye'nin, güç
//! dengesini, ortaklığa are correct forms of the glossary terms Türkiye,
//! güç dengesi, ortaklık. Terms are matched word by word on
//! [`match_fold`](crate::text::match_fold)ed text (HAKİM = HAKIM, ’ = '),
//! and the last word may carry inflection:
//!
//! * anything after an apostrophe (Türkiye'nin, Orta Koridor'un);
//! * a chain of up to four Turkish case, plural, possessive and copula
//!   suffixes, checked for vowel harmony and buffer consonants (ülkelerinin,
//!   enerjiye, dengesini; but not Türk → Türkiye, güç → güçlü, ortak →
//!   ortaklık);
//! * a final p, ç, t, k softened before a vowel (ortaklığa, güvenliğine);
//! * a noun compound's -(s)I replaced by a plural possessive (güç dengeleri);
//! * English plural and possessive endings (corridors, policies, Turkey's);
//! * a compound written as one word or two (işbirliği / iş birliği);
//! * the same [name key](crate::translit::name_key) for capitalized names
//!   (Çavuşoğlu = Cavusoglu);
//! * on the target side only (where a looser match can only avoid a false
//!   alarm), the same Snowball stem ([rust-stemmers]).
//!
//! Source terms are found longest first: in "UN Security Council" the
//! entry for "security" is not looked for.
//!
//! [rust-stemmers]: https://crates.io/crates/rust-stemmers
//!
//! # Example
//!
//! ```
//! use bitext::check::{CheckId, Checker, Config, Pair, TermBase};
//! use bitext::Lang;
//!
//! let mut terms = TermBase::new(Lang::En, Lang::Tr);
//! terms.add(&["balance of power"], &["güç dengesi"], false);
//! terms.add(&["strategic partnership"], &["stratejik ortaklık"], false);
//! let checker = Checker::new(terms, Config::default());
//! let pairs = [
//!     Pair::new(0, "The war changed the balance of power in 2020.", "Savaş 2020'de güç dengesini değiştirdi."),
//!     Pair::new(1, "It became a strategic partnership.", "Bu ilişki stratejik bir işbirliğine dönüştü."),
//! ];
//! let findings = checker.check(&pairs);
//! assert_eq!(findings.len(), 1);
//! assert_eq!(findings[0].check, CheckId::TermMissing);
//! assert_eq!(findings[0].src_lines, [1]);
//! assert_eq!(findings[0].expected.as_deref(), Some("stratejik ortaklık"));
//! ```

mod config;
mod input;
mod matcher;
mod numbers;
mod report;
mod run;

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use serde::Serialize;

use crate::Lang;
pub use config::{parse_ids, Config};
use matcher::TermForm;
pub use report::render_text;

/// The checks, each with a stable ID (see the [module docs](self)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CheckId {
    /// `term-missing`.
    TermMissing = 0,
    /// `term-inconsistent`.
    TermInconsistent = 1,
    /// `variant-inconsistent`.
    VariantInconsistent = 2,
    /// `number-mismatch`.
    NumberMismatch = 3,
    /// `untranslated`.
    Untranslated = 4,
    /// `missing` (also accepted as `empty`).
    Missing = 5,
    /// `forbidden`.
    Forbidden = 6,
}

impl CheckId {
    /// Every check, in report order.
    pub const ALL: [CheckId; 7] = [
        CheckId::Missing,
        CheckId::Untranslated,
        CheckId::TermMissing,
        CheckId::Forbidden,
        CheckId::TermInconsistent,
        CheckId::VariantInconsistent,
        CheckId::NumberMismatch,
    ];

    /// The stable ID, as used on the command line and in JSON.
    ///
    /// # Examples
    /// ```
    /// use bitext::check::CheckId;
    /// assert_eq!(CheckId::TermMissing.id(), "term-missing");
    /// assert_eq!("empty".parse::<CheckId>()?, CheckId::Missing);
    /// # Ok::<(), bitext::check::CheckError>(())
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            CheckId::TermMissing => "term-missing",
            CheckId::TermInconsistent => "term-inconsistent",
            CheckId::VariantInconsistent => "variant-inconsistent",
            CheckId::NumberMismatch => "number-mismatch",
            CheckId::Untranslated => "untranslated",
            CheckId::Missing => "missing",
            CheckId::Forbidden => "forbidden",
        }
    }

    /// The severity used unless the configuration says otherwise.
    pub fn default_severity(self) -> Severity {
        match self {
            CheckId::TermInconsistent | CheckId::VariantInconsistent => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

impl fmt::Display for CheckId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for CheckId {
    type Err = CheckError;
    fn from_str(s: &str) -> Result<Self, CheckError> {
        let s = s.trim();
        if s == "empty" {
            return Ok(CheckId::Missing);
        }
        CheckId::ALL
            .into_iter()
            .find(|id| id.id() == s)
            .ok_or_else(|| CheckError::UnknownCheck { name: s.to_owned() })
    }
}

impl Serialize for CheckId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The translation is wrong.
    Error,
    /// The translation is probably inconsistent.
    Warning,
    /// Worth a look.
    Info,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Severity {
    type Err = CheckError;
    fn from_str(s: &str) -> Result<Self, CheckError> {
        match s.trim() {
            "error" => Ok(Severity::Error),
            "warning" => Ok(Severity::Warning),
            "info" => Ok(Severity::Info),
            other => Err(CheckError::Config {
                message: format!("unknown severity {other:?}; use error, warning or info"),
            }),
        }
    }
}

/// Error from configuring or feeding the checker.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CheckError {
    /// A check ID that does not exist.
    #[error("unknown check {name:?}; the checks are {}", CheckId::ALL.map(CheckId::id).join(", "))]
    UnknownCheck {
        /// The ID as given.
        name: String,
    },
    /// The configuration file is not valid.
    #[error("{message}")]
    Config {
        /// What is wrong, with the line when known.
        message: String,
    },
    /// A line of an aligned-pairs file that cannot be read.
    #[error("line {line}: {message}")]
    Input {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Presegmented texts whose line counts differ.
    #[error("the source has {src} lines and the target {tgt}; presegmented texts pair line i with line i, so they need the same number of lines (align them instead: leave out --presegmented)")]
    LineCount {
        /// Source lines.
        src: usize,
        /// Target lines.
        tgt: usize,
    },
}

/// One aligned segment pair: the source and target text and where they came
/// from (0-based sentence or line indices in the inputs; an empty list is
/// a side with no counterpart).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pair {
    /// Source sentence or line indices.
    pub src_lines: Vec<usize>,
    /// Target sentence or line indices.
    pub tgt_lines: Vec<usize>,
    /// The source text (sentences of a bead joined by a space).
    pub src: String,
    /// The target text.
    pub tgt: String,
}

impl Pair {
    /// A 1–1 pair at line `line` of both inputs.
    pub fn new(line: usize, src: &str, tgt: &str) -> Pair {
        Pair {
            src_lines: vec![line],
            tgt_lines: vec![line],
            src: src.to_owned(),
            tgt: tgt.to_owned(),
        }
    }

    /// Pairs line `i` of `src` with line `i` of `tgt` (presegmented texts).
    /// Lines empty on both sides are skipped (paragraph breaks).
    ///
    /// # Errors
    /// [`CheckError::LineCount`] when the line counts differ.
    ///
    /// # Examples
    /// ```
    /// use bitext::check::Pair;
    /// let pairs = Pair::from_lines("Bir.\n\nİki.\n", "One.\n\nTwo.\n")?;
    /// assert_eq!(pairs.len(), 2);
    /// assert_eq!((pairs[1].src_lines.clone(), pairs[1].tgt.as_str()), (vec![2], "Two."));
    /// assert!(Pair::from_lines("a\nb\n", "a\n").is_err());
    /// # Ok::<(), bitext::check::CheckError>(())
    /// ```
    pub fn from_lines(src: &str, tgt: &str) -> Result<Vec<Pair>, CheckError> {
        let s: Vec<&str> = src.lines().collect();
        let t: Vec<&str> = tgt.lines().collect();
        if s.len() != t.len() {
            return Err(CheckError::LineCount {
                src: s.len(),
                tgt: t.len(),
            });
        }
        Ok(s.iter()
            .zip(&t)
            .enumerate()
            .filter(|(_, (a, b))| !(a.trim().is_empty() && b.trim().is_empty()))
            .map(|(i, (a, b))| Pair::new(i, a.trim(), b.trim()))
            .collect())
    }

    /// Pairs from an alignment: each bead's sentences (byte ranges into
    /// `src` and `tgt`) joined by a space, with their 0-based sentence
    /// indices.
    ///
    /// # Examples
    /// ```
    /// use bitext::{align::Aligner, check::Pair, Lang};
    /// let (en, tr) = ("The war lasted 44 days. It ended.", "Savaş 44 gün sürdü. Sona erdi.");
    /// let a = Aligner::default().align_texts(en, tr, Lang::En, Lang::Tr);
    /// let pairs = Pair::from_alignment(en, tr, &a);
    /// assert_eq!(pairs[0].tgt, "Savaş 44 gün sürdü.");
    /// assert_eq!(pairs[1].src_lines, [1]);
    /// ```
    pub fn from_alignment(
        src: &str,
        tgt: &str,
        aligned: &crate::align::TextAlignment,
    ) -> Vec<Pair> {
        let join = |text: &str, spans: &[crate::Span], range: Range<usize>| -> String {
            range
                .filter_map(|i| spans.get(i).and_then(|s| s.slice(text)))
                .collect::<Vec<_>>()
                .join(" ")
        };
        aligned
            .alignment
            .beads()
            .iter()
            .map(|b| Pair {
                src_lines: b.src().collect(),
                tgt_lines: b.tgt().collect(),
                src: join(src, &aligned.src_sentences, b.src()),
                tgt: join(tgt, &aligned.tgt_sentences, b.tgt()),
            })
            .collect()
    }
}

/// One problem found in a translation.
///
/// Serializes to the JSON Lines shape of `bitext check --format jsonl`:
/// `check`, `severity`, `src_lines`, `tgt_lines`, `src`, `tgt`, `term`,
/// `expected`, `found`, `message` (absent values are `null`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Which check found it.
    pub check: CheckId,
    /// How serious it is.
    pub severity: Severity,
    /// 0-based source sentence or line indices.
    pub src_lines: Vec<usize>,
    /// 0-based target sentence or line indices.
    pub tgt_lines: Vec<usize>,
    /// The source segment.
    pub src: String,
    /// The target segment.
    pub tgt: String,
    /// The glossary term concerned, as written in the segment.
    pub term: Option<String>,
    /// What was expected (the glossary's rendering, the majority spelling,
    /// the source's numbers).
    pub expected: Option<String>,
    /// What was found instead.
    pub found: Option<String>,
    /// A sentence saying what is wrong.
    pub message: String,
    /// Byte ranges of the offending words in [`src`](Self::src).
    #[serde(skip)]
    pub src_marks: Vec<Range<usize>>,
    /// Byte ranges of the offending words in [`tgt`](Self::tgt).
    #[serde(skip)]
    pub tgt_marks: Vec<Range<usize>>,
}

/// One glossary concept: its source and target spellings.
#[derive(Debug, Clone)]
pub(crate) struct Concept {
    pub src: Vec<TermForm>,
    pub tgt: Vec<TermForm>,
    pub forbidden: bool,
}

/// The glossary as the checker uses it: concepts with their spellings in
/// the source and the target language, prepared for matching inflected
/// forms, and indexed by their first letter.
///
/// # Examples
/// ```
/// use bitext::check::TermBase;
/// use bitext::Lang;
/// let mut terms = TermBase::new(Lang::En, Lang::Tr);
/// terms.add(&["Türkiye", "Turkey"], &["Türkiye"], false);
/// terms.add(&["Middle Corridor"], &["Orta Kuşak"], true);
/// assert_eq!(terms.len(), 2);
/// ```
#[derive(Debug, Clone)]
pub struct TermBase {
    src_lang: Lang,
    tgt_lang: Lang,
    concepts: Vec<Concept>,
    src_index: HashMap<char, Vec<(usize, usize)>>,
    tgt_index: HashMap<char, Vec<(usize, usize)>>,
}

/// The letter a word is indexed under: its first letter without
/// diacritics (Ç and C meet, for names matched by their key).
pub(crate) fn index_char(c: char) -> char {
    match c {
        'ç' => 'c',
        'ş' => 's',
        'ğ' => 'g',
        'ı' | 'î' => 'i',
        'ö' => 'o',
        'ü' | 'û' => 'u',
        'â' => 'a',
        'ə' => 'e',
        other => other,
    }
}

impl TermBase {
    /// An empty term base for translations from `src_lang` to `tgt_lang`.
    pub fn new(src_lang: Lang, tgt_lang: Lang) -> TermBase {
        TermBase {
            src_lang,
            tgt_lang,
            concepts: Vec::new(),
            src_index: HashMap::new(),
            tgt_index: HashMap::new(),
        }
    }

    /// Adds a concept: its source spellings and target spellings, the
    /// preferred one first. A `forbidden` concept names a rendering the
    /// translation must not use (its target spellings are the forbidden
    /// terms). Spellings without a word are ignored; a concept with no
    /// spelling on either side is not added.
    pub fn add<S: AsRef<str>, T: AsRef<str>>(
        &mut self,
        src: &[S],
        tgt: &[T],
        forbidden: bool,
    ) -> &mut Self {
        let prepare = |forms: &[&str], lang: Lang| -> Vec<TermForm> {
            let mut out: Vec<TermForm> = Vec::new();
            for f in forms {
                if let Some(form) = TermForm::new(f, lang) {
                    if !out.iter().any(|o| o.text == form.text) {
                        out.push(form);
                    }
                }
            }
            out
        };
        let src: Vec<&str> = src.iter().map(AsRef::as_ref).collect();
        let tgt: Vec<&str> = tgt.iter().map(AsRef::as_ref).collect();
        let concept = Concept {
            src: prepare(&src, self.src_lang),
            tgt: prepare(&tgt, self.tgt_lang),
            forbidden,
        };
        if concept.src.is_empty() || concept.tgt.is_empty() {
            return self;
        }
        let id = self.concepts.len();
        for (k, f) in concept.src.iter().enumerate() {
            if let Some(c) = f.first_char() {
                self.src_index
                    .entry(index_char(c))
                    .or_default()
                    .push((id, k));
            }
        }
        for (k, f) in concept.tgt.iter().enumerate() {
            if let Some(c) = f.first_char() {
                self.tgt_index
                    .entry(index_char(c))
                    .or_default()
                    .push((id, k));
            }
        }
        self.concepts.push(concept);
        self
    }

    /// The number of concepts.
    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    /// Whether there are no concepts.
    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    /// The source language.
    pub fn src_lang(&self) -> Lang {
        self.src_lang
    }

    /// The target language.
    pub fn tgt_lang(&self) -> Lang {
        self.tgt_lang
    }
}

/// Runs the configured checks over aligned pairs.
///
/// Build it once and reuse it: the glossary is prepared in
/// [`TermBase::add`]; [`check`](Self::check) only reads it.
#[derive(Debug, Clone)]
pub struct Checker {
    terms: TermBase,
    config: Config,
}

impl Checker {
    /// A checker for `terms` with `config`.
    pub fn new(terms: TermBase, config: Config) -> Checker {
        Checker { terms, config }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Checks a translation given as aligned pairs, in document order, and
    /// returns the findings ordered by segment.
    pub fn check(&self, pairs: &[Pair]) -> Vec<Finding> {
        run::check(&self.terms, &self.config, pairs)
    }
}

#[cfg(test)]
mod tests;

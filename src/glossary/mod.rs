//! The glossary model and its file formats: TSV, JSON and TBX-Basic.
//!
//! A [`Glossary`] is a list of [`Entry`]s, best first. An entry is one
//! concept with one English and one Turkish term in citation form, the other
//! spellings met for each ([`Variants`], each [`Variant`] with its count),
//! how often the pair was seen ([`Entry::count`]), a score in `0.0..=1.0`,
//! the sentence pairs it came from ([`Evidence`]) and the parts of its score
//! ([`ScoreParts`]), an optional note and domain, a [`forbidden`](Entry::forbidden)
//! flag for a pairing a glossary forbids, and [`Link`]s to entries it may be a
//! variant of (a merge that was not confident enough to make).
//!
//! # Formats
//!
//! **TSV** ([`read_tsv`], [`write_tsv`]): one entry per line,
//! `en ⇥ tr ⇥ count ⇥ score ⇥ variants`, then optional `note`, `domain` and
//! `status` columns. Only the first two columns are required, so a
//! hand-written two-column list is a glossary. A header line is optional:
//! when the first non-comment line names the columns (`en`, `tr`, `count`,
//! `score`, `variants`, `en_variants`, `tr_variants`, `note`, `domain`,
//! `status`, in any order), columns are taken from it; otherwise the order
//! above. Lines starting with `#` and blank lines are skipped. Fields are
//! not quoted (TSV has no quoting; a tab or a line break inside a term is
//! written as a space). The `variants` cell holds `|`-separated spellings,
//! each written `en:HAKIM (×3)`: the language prefix and the count are
//! optional on reading; a spelling without a prefix goes to the side whose
//! term it resembles most (the name key, then [`crate::translit::similar`]).
//! `status` is `forbidden` for a forbidden entry, otherwise empty. A row with
//! fewer than two or more columns than the header allows is an error that
//! names its line.
//!
//! **JSON** ([`read_json`], [`write_json`]): `{"entries": [...]}`, each entry
//! with `en`, `tr`, `variants` (`{"en": [{"form", "count"}], "tr": [...]}`;
//! a plain string is accepted for a variant on reading), `count`, `score`,
//! `evidence` (`[{"src_line", "tgt_line"}]`), and when present
//! `score_parts`, `links`, `note`, `domain`, `forbidden`.
//!
//! **TBX** ([`read_tbx`], [`write_tbx`]): TBX-Basic v3 (ISO 30042:2019,
//! namespace `urn:iso:std:iso:30042:ed-2`): one `conceptEntry` per entry,
//! `descrip type="subjectField"` for the domain, `note` for the note, one
//! `langSec xml:lang` per language, the term in the first `termSec`
//! (`administrativeStatus` `preferredTerm-admn-sts`, or
//! `deprecatedTerm-admn-sts` when the entry is forbidden) and each variant
//! in a further `termSec` (`admittedTerm-admn-sts`). Counts and scores go in
//! `admin type="x-bitext-count"` / `x-bitext-score`; evidence and score parts
//! are not written to TBX (use JSON to keep them). The reader also takes TBX
//! v2 (`martif`, `termEntry`, `langSet`, `tig`). It refuses a document type
//! declaration (DTD), and with it every entity declaration, so a "billion
//! laughs" entity bomb is an error, not a memory explosion.
//!
//! # Merging
//!
//! [`Glossary::merge`] adds another glossary into this one: an incoming entry
//! that names the same concept (its English or Turkish term, or a variant,
//! equal under [`crate::text::match_fold`] to a term or variant of an existing
//! entry, and the other language agreeing too) adds its unseen spellings as
//! variants, its evidence and its count; every other entry is appended. No
//! existing entry is ever dropped, and its terms, score, note, domain and
//! status are never changed.
//!
//! ```
//! use bitext::glossary::{read_tsv, write_tsv};
//! let g = read_tsv("en\ttr\nMiddle Corridor\tOrta Koridor\n")?;
//! assert_eq!(g.entries[0].tr, "Orta Koridor");
//! assert!(write_tsv(&g).contains("Middle Corridor\tOrta Koridor\t"));
//! # Ok::<(), bitext::glossary::Error>(())
//! ```

mod json;
mod tbx;
mod tsv;

use serde::{Deserialize, Deserializer, Serialize};

use crate::text::match_fold;
use crate::Lang;

pub use json::{read_json, write_json};
pub use tbx::{read_tbx, write_tbx};
pub use tsv::{read_tsv, write_tsv};

/// The file formats a glossary is read from and written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// Tab-separated: `en`, `tr`, then optional `count`, `score`, `variants`, `note`.
    Tsv,
    /// `{"entries": [...]}`.
    Json,
    /// TBX-Basic v3 (v2 is read too).
    Tbx,
}

impl Format {
    /// The format a glossary file is in: by its file extension (`tsv`,
    /// `tab`, `txt`, `csv`; `json`; `tbx`, `xml`), else by its first
    /// character (`{` JSON, `<` TBX, anything else TSV).
    ///
    /// # Examples
    /// ```
    /// use bitext::glossary::Format;
    /// assert_eq!(Format::detect(Some("TBX"), ""), Format::Tbx);
    /// assert_eq!(Format::detect(None, "\u{feff}  {\"entries\": []}"), Format::Json);
    /// assert_eq!(Format::detect(Some("md"), "en\ttr\n"), Format::Tsv);
    /// ```
    pub fn detect(extension: Option<&str>, text: &str) -> Format {
        match extension.map(str::to_ascii_lowercase).as_deref() {
            Some("tsv" | "tab" | "txt" | "csv") => Format::Tsv,
            Some("json") => Format::Json,
            Some("tbx" | "xml") => Format::Tbx,
            _ => match text
                .trim_start_matches('\u{feff}')
                .trim_start()
                .chars()
                .next()
            {
                Some('{') => Format::Json,
                Some('<') => Format::Tbx,
                _ => Format::Tsv,
            },
        }
    }
}

/// Reads a glossary written in `format`.
///
/// # Errors
/// The reader's [`Error`], with the line (and for TBX the byte offset).
///
/// # Examples
/// ```
/// use bitext::glossary::{read, Format};
/// let g = read("en\ttr\nMiddle Corridor\tOrta Koridor\n", Format::Tsv).unwrap();
/// assert_eq!(g.entries[0].tr, "Orta Koridor");
/// assert!(read("{", Format::Json).is_err());
/// ```
pub fn read(text: &str, format: Format) -> Result<Glossary, Error> {
    match format {
        Format::Tsv => read_tsv(text),
        Format::Json => read_json(text),
        Format::Tbx => read_tbx(text),
    }
}

/// A glossary: entries, best first.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Glossary {
    /// The entries, best first.
    pub entries: Vec<Entry>,
}

/// One concept: an English and a Turkish term with their variants.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Entry {
    /// The English term, in citation form.
    pub en: String,
    /// The Turkish term, in citation form.
    pub tr: String,
    /// Other spellings of each term, with their counts.
    #[serde(default)]
    pub variants: Variants,
    /// How many sentence pairs the pair was seen in (0 when unknown, as in
    /// a hand-written glossary).
    #[serde(default)]
    pub count: usize,
    /// Confidence in the pair, `0.0..=1.0` (1.0 for a hand-written entry).
    #[serde(default = "one")]
    pub score: f64,
    /// The sentence pairs the pair was found in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// How the score was made, when the entry was built from text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score_parts: Option<ScoreParts>,
    /// Entries or spellings this entry may be a variant of, not merged
    /// because the evidence was too weak.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// A free-text note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The subject field (domain), such as `defence`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The glossary forbids this pairing: a translation should not render
    /// the English term with this Turkish term (or the other way round).
    #[serde(default, skip_serializing_if = "is_false")]
    pub forbidden: bool,
}

fn one() -> f64 {
    1.0
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Spellings of an entry's terms other than the citation forms.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Variants {
    /// English variants.
    #[serde(default)]
    pub en: Vec<Variant>,
    /// Turkish variants.
    #[serde(default)]
    pub tr: Vec<Variant>,
}

/// One spelling and how often it was seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Variant {
    /// The spelling, as written in the text.
    pub form: String,
    /// How many times it was seen (0 when unknown).
    pub count: usize,
}

impl<'de> Deserialize<'de> for Variant {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            Plain(String),
            Full {
                form: String,
                #[serde(default)]
                count: usize,
            },
        }
        Ok(match Repr::deserialize(d)? {
            Repr::Plain(form) => Variant { form, count: 0 },
            Repr::Full { form, count } => Variant { form, count },
        })
    }
}

/// A sentence pair an entry was found in: 1-based line (or sentence)
/// numbers of the source and target side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// Line (or sentence) number on the English side.
    pub src_line: usize,
    /// Line (or sentence) number on the Turkish side.
    pub tgt_line: usize,
}

/// The parts of a built entry's score (how they combine is documented in
/// the glossary builder, `crate::terms`).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ScoreParts {
    /// Dice coefficient of the two terms over the sentence pairs.
    pub dice: f64,
    /// Log-likelihood ratio G² of their co-occurrence.
    pub llr: f64,
    /// Word-level translation evidence (`0..=1`): learned translation
    /// probabilities, dictionary pairs and cognates, both directions.
    pub lexical: f64,
    /// Bonus for names equal under the name key (Shusha ↔ Şuşa).
    pub name: f64,
    /// Bonus from acronym–definition links (UAV ↔ İHA).
    pub acronym: f64,
    /// Bonus for a pair found in a prior glossary.
    pub glossary: f64,
    /// Bonus for numbers shared by both terms.
    pub number: f64,
    /// Bonus for shared structure: both terms quoted, or at the same place
    /// in two keyword lists of the same length.
    pub markup: f64,
}

/// A relation to another spelling or entry that was not merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// What the relation is.
    pub kind: LinkKind,
    /// The language of both spellings.
    #[serde(serialize_with = "ser_lang", deserialize_with = "de_lang")]
    pub lang: Lang,
    /// This entry's spelling.
    pub form: String,
    /// The other spelling (a term or variant of another entry, or a form met
    /// in the text).
    pub target: String,
    /// How likely the relation is, `0.0..=1.0`.
    pub confidence: f64,
}

/// The kind of a [`Link`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LinkKind {
    /// `form` may be a spelling variant of `target` (a low-confidence merge).
    PossibleVariantOf,
    /// `form` is an acronym and `target` its definition (or the reverse).
    AcronymOf,
}

fn ser_lang<S: serde::Serializer>(lang: &Lang, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(lang.code())
}

fn de_lang<'de, D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
    let code = String::deserialize(d)?;
    code.parse().map_err(serde::de::Error::custom)
}

/// Error reading a glossary file. Locations are 1-based lines (and byte
/// offsets for XML); the caller adds the file name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A TSV row does not have the expected columns.
    #[error("line {line}: {message}")]
    Tsv {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The JSON is malformed or does not have the glossary shape.
    #[error("line {line}, column {column}: {message}")]
    Json {
        /// 1-based line number.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The XML is malformed, or not TBX, or not allowed (a DTD).
    #[error("line {line} (byte {offset}): {message}")]
    Tbx {
        /// 1-based line number.
        line: usize,
        /// Byte offset in the input.
        offset: u64,
        /// What is wrong.
        message: String,
    },
}

/// What [`Glossary::merge`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeReport {
    /// Incoming entries appended as new entries.
    pub added: usize,
    /// Incoming entries folded into an existing entry.
    pub updated: usize,
    /// Variants added to existing entries.
    pub variants_added: usize,
}

impl Variants {
    /// The variants of one language (English for anything but Turkish).
    pub fn of(&self, lang: Lang) -> &[Variant] {
        if lang == Lang::Tr {
            &self.tr
        } else {
            &self.en
        }
    }

    fn of_mut(&mut self, lang: Lang) -> &mut Vec<Variant> {
        if lang == Lang::Tr {
            &mut self.tr
        } else {
            &mut self.en
        }
    }
}

impl Entry {
    /// A hand-made entry: two terms, score 1.0, nothing else.
    ///
    /// # Examples
    /// ```
    /// let e = bitext::glossary::Entry::new("Abstract", "Öz");
    /// assert_eq!((e.en.as_str(), e.tr.as_str(), e.score), ("Abstract", "Öz", 1.0));
    /// ```
    pub fn new(en: &str, tr: &str) -> Self {
        Entry {
            en: en.to_owned(),
            tr: tr.to_owned(),
            score: 1.0,
            ..Entry::default()
        }
    }

    /// The term of one language (English for anything but Turkish).
    pub fn term(&self, lang: Lang) -> &str {
        if lang == Lang::Tr {
            &self.tr
        } else {
            &self.en
        }
    }

    /// Every spelling of one language: the term, then its variants.
    ///
    /// # Examples
    /// ```
    /// use bitext::glossary::{Entry, Variant};
    /// use bitext::Lang;
    /// let mut e = Entry::new("HAKİM", "HAKİM");
    /// e.variants.en.push(Variant { form: "HAKIM".into(), count: 3 });
    /// assert_eq!(e.forms(Lang::En).collect::<Vec<_>>(), ["HAKİM", "HAKIM"]);
    /// ```
    pub fn forms(&self, lang: Lang) -> impl Iterator<Item = &str> + '_ {
        std::iter::once(self.term(lang))
            .chain(self.variants.of(lang).iter().map(|v| v.form.as_str()))
    }

    /// Whether `form` is already a spelling of this entry (equal under
    /// [`match_fold`]: case, dotted/dotless i and apostrophe style ignored).
    pub fn has_form(&self, lang: Lang, form: &str) -> bool {
        let key = match_fold(form);
        self.forms(lang).any(|f| match_fold(f) == key)
    }

    /// Adds a spelling as a variant (or adds to its count) unless it is the
    /// term itself; returns whether a new variant was added.
    ///
    /// # Examples
    /// ```
    /// use bitext::glossary::Entry;
    /// use bitext::Lang;
    /// let mut e = Entry::new("Shusha", "Şuşa");
    /// assert!(e.add_variant(Lang::En, "Shushi", 1));
    /// assert!(!e.add_variant(Lang::En, "Shushi", 1));
    /// assert_eq!(e.variants.en[0].count, 2);
    /// ```
    pub fn add_variant(&mut self, lang: Lang, form: &str, count: usize) -> bool {
        if form == self.term(lang) || form.trim().is_empty() {
            return false;
        }
        let list = self.variants.of_mut(lang);
        if let Some(v) = list.iter_mut().find(|v| v.form == form) {
            v.count += count;
            return false;
        }
        list.push(Variant {
            form: form.to_owned(),
            count,
        });
        true
    }
}

impl Glossary {
    /// An empty glossary.
    pub fn new() -> Self {
        Glossary::default()
    }

    /// The index of the entry that names the same concept as `entry`: one
    /// of its English spellings and one of its Turkish spellings each equal
    /// (under [`match_fold`]) to a spelling of the existing entry.
    ///
    /// # Examples
    /// ```
    /// use bitext::glossary::{Entry, Glossary};
    /// let g = Glossary { entries: vec![Entry::new("HAKİM", "HAKİM")] };
    /// assert_eq!(g.find(&Entry::new("HAKIM", "hakim")), Some(0));
    /// assert_eq!(g.find(&Entry::new("HAKIM", "yargıç")), None);
    /// ```
    pub fn find(&self, entry: &Entry) -> Option<usize> {
        self.entries.iter().position(|old| {
            entry.forms(Lang::En).any(|f| old.has_form(Lang::En, f))
                && entry.forms(Lang::Tr).any(|f| old.has_form(Lang::Tr, f))
        })
    }

    /// Merges `other` into this glossary. Existing entries are never
    /// dropped and their terms, score, note, domain and status never change;
    /// an incoming entry for an existing concept ([`Glossary::find`]) adds
    /// its unseen spellings as variants, its count and its evidence; any
    /// other incoming entry is appended, in order.
    ///
    /// # Examples
    /// ```
    /// use bitext::glossary::{Entry, Glossary};
    /// use bitext::Lang;
    /// let mut old = Glossary { entries: vec![Entry::new("HAKİM", "HAKİM")] };
    /// let new = Glossary { entries: vec![Entry::new("HAKIM", "HAKİM"), Entry::new("Abstract", "Öz")] };
    /// let report = old.merge(new);
    /// assert_eq!((report.added, report.updated, report.variants_added), (1, 1, 1));
    /// assert_eq!(old.entries[0].en, "HAKİM");
    /// assert_eq!(old.entries[0].variants.en[0].form, "HAKIM");
    /// ```
    pub fn merge(&mut self, other: Glossary) -> MergeReport {
        let mut report = MergeReport::default();
        for entry in other.entries {
            match self.find(&entry) {
                Some(i) => {
                    let Some(old) = self.entries.get_mut(i) else {
                        continue;
                    };
                    report.updated += 1;
                    for lang in [Lang::En, Lang::Tr] {
                        let mut forms: Vec<(String, usize)> =
                            vec![(entry.term(lang).to_owned(), entry.count)];
                        forms.extend(
                            entry
                                .variants
                                .of(lang)
                                .iter()
                                .map(|v| (v.form.clone(), v.count)),
                        );
                        for (form, count) in forms {
                            if old.forms(lang).any(|f| f == form) {
                                if let Some(v) = old
                                    .variants
                                    .of_mut(lang)
                                    .iter_mut()
                                    .find(|v| v.form == form)
                                {
                                    v.count += count;
                                }
                            } else if old.add_variant(lang, &form, count) {
                                report.variants_added += 1;
                            }
                        }
                    }
                    old.count += entry.count;
                    for ev in entry.evidence {
                        if !old.evidence.contains(&ev) {
                            old.evidence.push(ev);
                        }
                    }
                    for link in entry.links {
                        if !old.links.contains(&link) {
                            old.links.push(link);
                        }
                    }
                }
                None => {
                    report.added += 1;
                    self.entries.push(entry);
                }
            }
        }
        report
    }
}

/// The seed English–Turkish glossary shipped in `glossaries/seed.en-tr.tsv`
/// (places and exonyms, institutions, academic section labels).
const SEED: &str = include_str!("../../glossaries/seed.en-tr.tsv");
/// The general word list shipped in `glossaries/en-tr.tsv` (also the
/// aligner's anchors).
const GENERAL: &str = include_str!("../../glossaries/en-tr.tsv");
/// General word pairs of academic, political and technical prose shipped in
/// `glossaries/words.en-tr.tsv`.
const WORDS: &str = include_str!("../../glossaries/words.en-tr.tsv");

static SHIPPED: std::sync::LazyLock<Vec<Glossary>> = std::sync::LazyLock::new(|| {
    // Both files are checked by a test; a broken file would give no priors
    // rather than a panic.
    [SEED, GENERAL, WORDS]
        .iter()
        .map(|text| read_tsv(text).unwrap_or_default())
        .collect()
});

/// The glossaries shipped with bitext, embedded in the binary, parsed once:
/// the seed glossary (`glossaries/seed.en-tr.tsv`: country and place names
/// and exonyms, institutions, academic section labels), then the general
/// word lists (`glossaries/en-tr.tsv`, `glossaries/words.en-tr.tsv`). The
/// glossary builder uses the first as a prior and the others as lexicons
/// unless told not to.
///
/// # Examples
/// ```
/// let shipped = bitext::glossary::shipped();
/// let seed = &shipped[0];
/// assert!(seed.entries.iter().any(|e| e.en == "OSCE" && e.tr == "AGİT"));
/// assert!(seed.entries.iter().any(|e| e.en == "Abstract" && e.tr == "Öz"));
/// ```
pub fn shipped() -> &'static [Glossary] {
    &SHIPPED
}

/// Replaces tabs and line breaks (which no format cell may hold) with spaces.
pub(crate) fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['\t', '\n', '\r']) {
        std::borrow::Cow::Owned(s.replace(['\t', '\n', '\r'], " "))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests;

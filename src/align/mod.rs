//! Sentence alignment: pair the sentences of a text and its translation.
//!
//! An [`Aligner`] takes two lists of sentences and returns an [`Alignment`]:
//! an ordered list of [`Bead`]s that uses every sentence of both sides
//! exactly once, in order. A bead pairs `a` consecutive source sentences with
//! `b` consecutive target sentences: 1–1, 1–2, 2–1, 2–2 (up to the
//! configured maximum, [`AlignerBuilder::max_bead`]), or 1–0 / 0–1 for a
//! sentence left unaligned (an omission or an insertion).
//!
//! # The cost model
//!
//! Every candidate bead gets a cost (lower is better), the sum of:
//!
//! 1. **A prior on its shape**, `-ln P(a, b)`, with Gale and Church's
//!    probabilities (1–1 0.89, 2–1 and 1–2 0.089, 2–2 0.011, 1–0 and 0–1
//!    0.0099), falling by a factor of ten per extra sentence beyond three.
//! 2. **A character-length term** (Gale and Church 1993): with `ls`, `lt`
//!    the character counts of the two sides and `c` the expected
//!    target/source ratio, `δ = (lt − c·ls) / sqrt(6.8 · (c·ls + lt) / 2)`
//!    and the cost is `−ln(2 (1 − Φ(|δ|)))`. Characters, not tokens:
//!    Turkish and English character lengths are close (tr/en ≈ 0.97, the
//!    default `c` for that pair), token counts are not. After the first
//!    pass `c` is re-estimated from the confident 1–1 beads.
//! 3. **A lexical term**, `−λ · sim` with `λ = 12`, where `sim` is a
//!    weighted Dice overlap in `0..=1` between the *concepts* of the two
//!    sides. The bonus is per bead, not per sentence: merged beads gain
//!    chance overlaps between neighbouring sentences, and scaling the bonus
//!    by the bead's size made 2–2 beads win far too often (strict F1 fell
//!    from 0.93 to 0.54 on our own English–Turkish test documents). A concept is a piece of evidence that survives translation:
//!    * numbers and date parts (`1.000` = `1,000`, `27.09.2020` → 27, 9,
//!      2020), whose total weight per bead side is capped so that a lone
//!      "Chapter 1" cannot outweigh everything else; each number present on
//!      one side only costs 1 more (at most 3);
//!    * whole word forms through the text stage's
//!      [`match_fold`](crate::text::match_fold) (HAKİM = HAKIM), cut at an
//!      apostrophe (Türkiye'nin ~ Türkiye), with and without diacritics;
//!      further normalizers (the name key) are one line each in
//!      `features::NORMALIZERS`;
//!    * the first four letters of longer words (cognates: stratejik ~
//!      strategic, Karabağ ~ Karabakh);
//!    * punctuation that translation keeps: parentheses, quotes, `?`, `!`,
//!      `:`, `;`, `%`;
//!    * entries of the shipped English–Turkish glossary
//!      (`glossaries/en-tr.tsv`) and of any dictionary the caller adds,
//!      matched on inflected forms (işbirliği ~ işbirliğinin);
//!    * stem pairs learned from the text itself (below).
//!
//!    Each concept is weighted by its class and by its inverse document
//!    frequency over both sides, so a name that occurs once on each side
//!    is strong evidence and a frequent prefix is weak; concepts that occur
//!    on one side only are ignored.
//!
//! An unaligned sentence costs a flat 4 nats. The pure Gale–Church baseline
//! ([`Method::GaleChurch`]) drops the lexical term and charges omissions by
//! their length, as in the original paper.
//!
//! # Dictionary bootstrapping
//!
//! With [`AlignerBuilder::realign`] (the default), the document is aligned
//! once, then the 1–1 beads that scored at least 0.5 are read as a small
//! parallel corpus: stems (first five letters) that co-occur in two or more
//! of them with a log-likelihood ratio G² ≥ 10.83 (p < 0.001) become
//! dictionary pairs, three per source stem at most. The document is then
//! aligned again with those pairs as extra concepts. This is Hunalign's
//! realign idea, with a significance test instead of raw counts.
//!
//! # Search
//!
//! Dynamic programming over cells `(i, j)` (the first `i` source and `j`
//! target sentences aligned). Up to about 262,000 cells (512 × 512), the whole
//! rectangle is searched. Larger inputs are halved repeatedly (adjacent
//! sentences merged, keeping their heaviest concepts) until the rectangle
//! has at most 65,536 cells; the path found there, projected back and widened by a radius,
//! is the corridor searched at the next finer level. A candidate bead whose
//! prior and length cost exceed, even after the largest possible lexical
//! bonus, the cost of leaving its sentences unaligned is never on a best
//! path; its overlap is not computed. The second pass
//! searches a corridor around the first pass's path. Time and memory grow
//! linearly with the length of the document: a generated pair of about
//! 100,000 × 100,000 sentences aligns with a peak resident memory of
//! 257 MiB, 93 MiB of which is the input text itself, in 22 s of CPU time
//! (`cargo run --release --example align_memory`).
//! Inputs of very different sizes are aligned too: the extra sentences come
//! out as 1–0 or 0–1 beads; nothing is refused.
//!
//! # Scores
//!
//! A bead's [`score`](Bead::score) is in `0..=1`: the logistic of how much
//! cheaper the bead is than leaving its sentences unaligned, shifted so that
//! a 1–1 bead of perfect length and no lexical evidence scores 0.5. Beads
//! with lexical support score near 1; beads of implausible lengths near 0.
//! Omission beads (1–0, 0–1) score 0. The document's
//! [`quality`](Alignment::quality) is the average bead score over all
//! sentences of both sides, so unaligned sentences pull it down. When one
//! side has much more text than the other (a paper whose English body has no
//! Turkish counterpart), read it with [`coverage`](Alignment::coverage) and
//! [`matched_quality`](Alignment::matched_quality): how many sentences found
//! a counterpart, and how good those pairs are.
//!
//! # Examples
//!
//! ```
//! use bitext::align::Aligner;
//! use bitext::Lang;
//!
//! let en = [
//!     "The war began on 27 September 2020.",
//!     "It lasted 44 days.",
//!     "The HAKIM system links the two armies, and the Middle Corridor depends on it.",
//! ];
//! let tr = [
//!     "Savaş 27 Eylül 2020'de başladı.",
//!     "44 gün sürdü.",
//!     "HAKİM sistemi iki orduyu birbirine bağlıyor.",
//!     "Orta Koridor buna bağlı.",
//! ];
//! let aligner = Aligner::builder().langs(Lang::En, Lang::Tr).build()?;
//! let alignment = aligner.align(&en, &tr);
//! let shapes: Vec<_> = alignment.beads().iter().map(|b| (b.src(), b.tgt())).collect();
//! assert_eq!(shapes, vec![(0..1, 0..1), (1..2, 1..2), (2..3, 2..4)]);
//! assert!(alignment.quality() > 0.5);
//! # Ok::<(), bitext::align::AlignError>(())
//! ```

mod document;
mod features;
mod lexicon;
mod model;
mod search;
mod text;

use std::ops::Range;
use std::sync::Arc;

use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

use crate::Lang;
use lexicon::TermIndex;
use model::{align_units, Model, Params, Scratch, SearchConfig};
pub use text::{DocumentAlignment, DocumentError, TextAlignment};

/// Which cost model an [`Aligner`] uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Method {
    /// Length, anchors, glossary and the bootstrapped dictionary (the
    /// default; see the [module docs](self)).
    #[default]
    Bitext,
    /// Gale and Church (1993): character lengths and bead priors only, with
    /// their constants (c = 1, s² = 6.8). Kept as a baseline.
    GaleChurch,
}

/// Error from [`AlignerBuilder::build`] or [`AlignerBuilder::dictionary_tsv`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AlignError {
    /// The maximum bead size is outside `1..=8`.
    #[error("maximum bead size {0} is out of range; use 1 to 8 sentences per side")]
    MaxBead(usize),
    /// The corridor radius is outside `1..=10000`.
    #[error("corridor radius {0} is out of range; use 1 to 10000")]
    Radius(usize),
    /// A dictionary line does not have two tab-separated columns.
    #[error("dictionary line {line}: expected two tab-separated columns (en, tr)")]
    Dictionary {
        /// 1-based line number.
        line: usize,
    },
}

/// Builds an [`Aligner`]; see [`Aligner::builder`].
#[derive(Debug, Clone)]
pub struct AlignerBuilder {
    max_bead: usize,
    src_lang: Lang,
    tgt_lang: Lang,
    method: Method,
    realign: bool,
    shipped_glossary: bool,
    dictionary: Vec<(String, String)>,
    radius: usize,
    ratio: Option<f64>,
}

impl Default for AlignerBuilder {
    fn default() -> Self {
        AlignerBuilder {
            max_bead: 2,
            src_lang: Lang::Und,
            tgt_lang: Lang::Und,
            method: Method::Bitext,
            realign: true,
            shipped_glossary: true,
            dictionary: Vec::new(),
            radius: 8,
            ratio: None,
        }
    }
}

impl AlignerBuilder {
    /// The most sentences on either side of a bead (default 2: beads up to
    /// 2–2). Checked by [`build`](Self::build): 1 to 8.
    pub fn max_bead(&mut self, n: usize) -> &mut Self {
        self.max_bead = n;
        self
    }

    /// The languages of the two sides (default [`Lang::Und`]). They set the
    /// expected length ratio (Turkish is about 0.97 of English in characters).
    pub fn langs(&mut self, src: Lang, tgt: Lang) -> &mut Self {
        self.src_lang = src;
        self.tgt_lang = tgt;
        self
    }

    /// The cost model (default [`Method::Bitext`]).
    pub fn method(&mut self, method: Method) -> &mut Self {
        self.method = method;
        self
    }

    /// Whether to learn a dictionary from a first pass and align again
    /// (default true).
    pub fn realign(&mut self, yes: bool) -> &mut Self {
        self.realign = yes;
        self
    }

    /// Whether to use the shipped English–Turkish glossary as anchors
    /// (default true).
    pub fn shipped_glossary(&mut self, yes: bool) -> &mut Self {
        self.shipped_glossary = yes;
        self
    }

    /// Adds dictionary pairs (source-language term, target-language term, in
    /// either order: both terms of a pair count as one concept).
    pub fn dictionary<I, A, B>(&mut self, pairs: I) -> &mut Self
    where
        I: IntoIterator<Item = (A, B)>,
        A: Into<String>,
        B: Into<String>,
    {
        self.dictionary
            .extend(pairs.into_iter().map(|(a, b)| (a.into(), b.into())));
        self
    }

    /// Adds the pairs of a two-column TSV glossary (`#` comment lines and an
    /// `en\ttr` header allowed).
    ///
    /// # Errors
    /// [`AlignError::Dictionary`] naming the first line without two columns.
    pub fn dictionary_tsv(&mut self, text: &str) -> Result<&mut Self, AlignError> {
        let pairs = lexicon::parse_pairs(text).map_err(|line| AlignError::Dictionary { line })?;
        self.dictionary.extend(pairs);
        Ok(self)
    }

    /// How far the corridor of each finer search level reaches beyond the
    /// coarser path, in sentences (default 8).
    pub fn corridor_radius(&mut self, radius: usize) -> &mut Self {
        self.radius = radius;
        self
    }

    /// The expected target/source character ratio, instead of the one the
    /// languages imply.
    pub fn length_ratio(&mut self, ratio: f64) -> &mut Self {
        self.ratio = Some(ratio);
        self
    }

    /// Checks the settings and builds the aligner (the glossary index is
    /// built here, once).
    ///
    /// # Errors
    /// [`AlignError::MaxBead`] or [`AlignError::Radius`] when out of range.
    pub fn build(&self) -> Result<Aligner, AlignError> {
        if !(1..=8).contains(&self.max_bead) {
            return Err(AlignError::MaxBead(self.max_bead));
        }
        if !(1..=10_000).contains(&self.radius) {
            return Err(AlignError::Radius(self.radius));
        }
        let mut moves = vec![(1, 1), (1, 0), (0, 1)];
        for a in 1..=self.max_bead {
            for b in 1..=self.max_bead {
                if (a, b) != (1, 1) {
                    moves.push((a, b));
                }
            }
        }
        let mut pairs = Vec::new();
        if self.shipped_glossary && self.method == Method::Bitext {
            pairs.extend(lexicon::SHIPPED_PAIRS.iter().cloned());
        }
        pairs.extend(self.dictionary.iter().cloned());
        let ratio_override = self.ratio.filter(|r| r.is_finite() && *r > 0.0);
        let ratio = ratio_override.unwrap_or_else(|| default_ratio(self.src_lang, self.tgt_lang));
        let params = match self.method {
            Method::Bitext => Params::bitext(ratio),
            Method::GaleChurch => Params::gale_church(),
        };
        Ok(Aligner {
            ratio_override,
            moves,
            params,
            realign: self.realign && self.method == Method::Bitext,
            glossary: Arc::new(TermIndex::new(&pairs)),
            search: SearchConfig {
                full_cells: 1 << 18,
                coarse_cells: 1 << 16,
                radius: self.radius,
                coarse_concepts: 32,
            },
        })
    }
}

/// A configured sentence aligner, reusable across documents and threads.
///
/// # Examples
/// ```
/// use bitext::align::Aligner;
/// let aligner = Aligner::builder().max_bead(3).build()?;
/// let alignment = aligner.align(&["One.", "Two.", "Three."], &["Bir.", "İki.", "Üç."]);
/// assert_eq!(alignment.beads().len(), 3);
/// # Ok::<(), bitext::align::AlignError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Aligner {
    ratio_override: Option<f64>,
    moves: Vec<(usize, usize)>,
    params: Params,
    realign: bool,
    glossary: Arc<TermIndex>,
    search: SearchConfig,
}

impl Default for Aligner {
    fn default() -> Self {
        // The default settings are always in range.
        AlignerBuilder::default()
            .build()
            .unwrap_or_else(|_| unreachable!())
    }
}

/// Expected target/source character ratio for a language pair.
fn default_ratio(src: Lang, tgt: Lang) -> f64 {
    match (src, tgt) {
        (Lang::En, Lang::Tr) => 0.97,
        (Lang::Tr, Lang::En) => 1.0 / 0.97,
        _ => 1.0,
    }
}

impl Aligner {
    /// A copy of this aligner for another language pair: the expected
    /// length ratio follows `src`→`tgt` (unless it was set explicitly with
    /// [`AlignerBuilder::length_ratio`], or the method is Gale–Church).
    ///
    /// # Examples
    /// ```
    /// use bitext::{align::Aligner, Lang};
    /// let base = Aligner::default();
    /// let en_tr = base.for_langs(Lang::En, Lang::Tr);
    /// assert_eq!(en_tr.align(&["Hello."], &["Merhaba."]).beads().len(), 1);
    /// ```
    pub fn for_langs(&self, src: Lang, tgt: Lang) -> Aligner {
        let mut copy = self.clone();
        if self.ratio_override.is_none() && !self.params.gale_church {
            copy.params.ratio = default_ratio(src, tgt);
        }
        copy
    }

    /// A builder with the default settings.
    ///
    /// # Examples
    /// ```
    /// use bitext::align::{Aligner, AlignError};
    /// assert_eq!(Aligner::builder().max_bead(9).build().unwrap_err(), AlignError::MaxBead(9));
    /// ```
    pub fn builder() -> AlignerBuilder {
        AlignerBuilder::default()
    }

    /// Aligns two lists of sentences. Either may be empty; the result always
    /// covers both lists exactly once, in order.
    ///
    /// # Examples
    /// ```
    /// use bitext::align::Aligner;
    /// let none: [&str; 0] = [];
    /// let alignment = Aligner::default().align(&["Only English."], &none);
    /// assert_eq!(alignment.beads().len(), 1);
    /// assert_eq!(alignment.beads()[0].tgt(), 0..0);
    /// ```
    pub fn align<S: AsRef<str>, T: AsRef<str>>(&self, src: &[S], tgt: &[T]) -> Alignment {
        let src: Vec<&str> = src.iter().map(AsRef::as_ref).collect();
        let tgt: Vec<&str> = tgt.iter().map(AsRef::as_ref).collect();
        let prep = document::prepare(&src, &tgt, &self.glossary);
        let mut params = self.params.clone();
        let first = document::weigh(&prep, &[]);
        let model = Model {
            params: &params,
            weights: &first.weights,
            classes: &first.classes,
        };
        let path = align_units(
            &first.src,
            &first.tgt,
            &model,
            &self.moves,
            &self.search,
            None,
        );
        if !self.realign {
            return finish(&path, &first.src, &first.tgt, &model);
        }
        // Learn from the confident 1–1 beads, re-estimate the length ratio.
        let mut scratch = Scratch::default();
        let mut confident: Vec<(usize, usize)> = Vec::new();
        for pair in path.windows(2) {
            let (Some(&(i0, j0)), Some(&(i1, j1))) = (pair.first(), pair.get(1)) else {
                continue;
            };
            if i1 == i0 + 1 && j1 == j0 + 1 {
                let s = first.src.get(i0..i1).unwrap_or_default();
                let t = first.tgt.get(j0..j1).unwrap_or_default();
                if model.bead_score(s, t, &mut scratch) >= 0.5 {
                    confident.push((i0, j0));
                }
            }
        }
        let (ls, lt) = confident.iter().fold((0.0, 0.0), |(a, b), &(i, j)| {
            (
                a + prep.src.get(i).map_or(0.0, |s| s.chars),
                b + prep.tgt.get(j).map_or(0.0, |s| s.chars),
            )
        });
        if confident.len() >= 10 && ls > 0.0 && lt > 0.0 {
            params.ratio = (lt / ls).clamp(0.5, 2.0);
        }
        // Learning reads at most 10,000 beads, evenly spread, so memory stays bounded.
        let stride = confident.len().div_ceil(10_000).max(1);
        let learned = lexicon::learn(confident.iter().step_by(stride).filter_map(|&(i, j)| {
            Some((
                prep.src.get(i)?.stems.as_slice(),
                prep.tgt.get(j)?.stems.as_slice(),
            ))
        }));
        let second = document::weigh(&prep, &learned);
        drop(prep);
        let model = Model {
            params: &params,
            weights: &second.weights,
            classes: &second.classes,
        };
        let path = align_units(
            &second.src,
            &second.tgt,
            &model,
            &self.moves,
            &self.search,
            Some(&path),
        );
        finish(&path, &second.src, &second.tgt, &model)
    }
}

/// Turns a path of bead boundaries into scored beads.
fn finish(
    path: &[(usize, usize)],
    src: &[model::Unit],
    tgt: &[model::Unit],
    model: &Model<'_>,
) -> Alignment {
    let mut scratch = Scratch::default();
    let mut beads = Vec::with_capacity(path.len());
    let mut weighted = 0.0;
    for pair in path.windows(2) {
        let (Some(&(i0, j0)), Some(&(i1, j1))) = (pair.first(), pair.get(1)) else {
            continue;
        };
        let s = src.get(i0..i1).unwrap_or_default();
        let t = tgt.get(j0..j1).unwrap_or_default();
        let score = model.bead_score(s, t, &mut scratch);
        weighted += score * ((i1 - i0) + (j1 - j0)) as f64;
        beads.push(Bead {
            src: i0..i1,
            tgt: j0..j1,
            score,
        });
    }
    let total = src.len() + tgt.len();
    let quality = if total == 0 {
        1.0
    } else {
        weighted / total as f64
    };
    Alignment { beads, quality }
}

/// Aligns two lists of sentences with the default [`Aligner`].
///
/// # Examples
/// ```
/// let alignment = bitext::align::align(&["Yes.", "No."], &["Evet.", "Hayır."]);
/// assert_eq!(alignment.beads().len(), 2);
/// ```
pub fn align<S: AsRef<str>, T: AsRef<str>>(src: &[S], tgt: &[T]) -> Alignment {
    Aligner::default().align(src, tgt)
}

/// A group of consecutive source sentences paired with a group of
/// consecutive target sentences (either group may be empty, not both).
#[derive(Debug, Clone, PartialEq)]
pub struct Bead {
    src: Range<usize>,
    tgt: Range<usize>,
    score: f64,
}

impl Bead {
    /// The source sentence indices (0-based, half-open).
    pub fn src(&self) -> Range<usize> {
        self.src.clone()
    }

    /// The target sentence indices (0-based, half-open).
    pub fn tgt(&self) -> Range<usize> {
        self.tgt.clone()
    }

    /// The bead's score in `0..=1` (see the [module docs](self#scores)).
    pub fn score(&self) -> f64 {
        self.score
    }

    /// Whether one side is empty (an omission or an insertion).
    ///
    /// # Examples
    /// ```
    /// let a = bitext::align::align(&["One.", "Extra sentence only here."], &["Bir."]);
    /// assert_eq!(a.beads().iter().filter(|b| b.is_omission()).count(), 1);
    /// ```
    pub fn is_omission(&self) -> bool {
        self.src.is_empty() || self.tgt.is_empty()
    }
}

impl Serialize for Bead {
    /// `{"src": [indices], "tgt": [indices], "score": number}`, the JSON
    /// Lines shape of `bitext align --format jsonl`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut st = serializer.serialize_struct("Bead", 3)?;
        st.serialize_field("src", &self.src.clone().collect::<Vec<_>>())?;
        st.serialize_field("tgt", &self.tgt.clone().collect::<Vec<_>>())?;
        st.serialize_field("score", &((self.score * 10_000.0).round() / 10_000.0))?;
        st.end()
    }
}

/// The result of aligning one document pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    beads: Vec<Bead>,
    quality: f64,
}

impl Alignment {
    /// The beads, in order; together they use every sentence once.
    pub fn beads(&self) -> &[Bead] {
        &self.beads
    }

    /// The global quality figure in `0..=1`: bead scores averaged over all
    /// sentences of both sides (1.0 for two empty inputs).
    pub fn quality(&self) -> f64 {
        self.quality
    }

    /// Consumes the alignment, returning its beads.
    pub fn into_beads(self) -> Vec<Bead> {
        self.beads
    }

    /// How many sentences of each side found a counterpart (are in a bead
    /// whose other side is not empty).
    ///
    /// # Examples
    /// ```
    /// let a = bitext::align::align(
    ///     &["One.", "A sentence that only the English side has, and a long one."],
    ///     &["Bir."],
    /// );
    /// let c = a.coverage();
    /// assert_eq!((c.src_aligned, c.src_total, c.tgt_aligned, c.tgt_total), (1, 2, 1, 1));
    /// assert_eq!(c.src_share(), 0.5);
    /// ```
    pub fn coverage(&self) -> Coverage {
        let mut c = Coverage::default();
        for bead in &self.beads {
            c.src_total += bead.src.len();
            c.tgt_total += bead.tgt.len();
            if !bead.is_omission() {
                c.src_aligned += bead.src.len();
                c.tgt_aligned += bead.tgt.len();
            }
        }
        c
    }

    /// The bead scores averaged over the sentences that found a counterpart
    /// (omissions left out); `None` when no sentence did. Together with
    /// [`coverage`](Self::coverage) it separates "the pairs are good but half
    /// the text has no translation" from "the pairs are poor".
    ///
    /// # Examples
    /// ```
    /// let a = bitext::align::align(
    ///     &["The war began in 2020.", "Only English has this long extra sentence here."],
    ///     &["Savaş 2020'de başladı."],
    /// );
    /// assert!(a.matched_quality().unwrap() > a.quality());
    /// assert_eq!(bitext::align::align::<&str, &str>(&[], &[]).matched_quality(), None);
    /// ```
    pub fn matched_quality(&self) -> Option<f64> {
        let (mut weighted, mut sentences) = (0.0, 0usize);
        for bead in self.beads.iter().filter(|b| !b.is_omission()) {
            let n = bead.src.len() + bead.tgt.len();
            weighted += bead.score * n as f64;
            sentences += n;
        }
        (sentences > 0).then(|| weighted / sentences as f64)
    }
}

/// Sentence counts of an [`Alignment`]: how many of each side are aligned.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// Source sentences in a bead with a non-empty target side.
    pub src_aligned: usize,
    /// All source sentences.
    pub src_total: usize,
    /// Target sentences in a bead with a non-empty source side.
    pub tgt_aligned: usize,
    /// All target sentences.
    pub tgt_total: usize,
}

impl Coverage {
    /// The share of source sentences aligned (1.0 when there are none).
    pub fn src_share(&self) -> f64 {
        share(self.src_aligned, self.src_total)
    }

    /// The share of target sentences aligned (1.0 when there are none).
    pub fn tgt_share(&self) -> f64 {
        share(self.tgt_aligned, self.tgt_total)
    }
}

fn share(part: usize, total: usize) -> f64 {
    if total == 0 {
        1.0
    } else {
        part as f64 / total as f64
    }
}

#[cfg(test)]
mod tests;

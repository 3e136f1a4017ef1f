//! Language detection and splitting for Turkish, English, Azerbaijani and
//! romanized Russian.
//!
//! Three entry points:
//!
//! | function | answers |
//! |---|---|
//! | [`detect`] | one label and a confidence for a whole text, from one word to a book |
//! | [`spans`] | the language of every stretch of a mixed text, as byte spans into it |
//! | [`split`] | a cleaned document cut into monolingual parts with section labels |
//!
//! # Method
//!
//! [`detect`] combines three kinds of evidence, as log-scores:
//!
//! * **Our signals** (every text): function words of each language (our own
//!   lists in `src/lang/data/function-words.tsv`), letters that only some of
//!   the languages have (`ə` and `q` without `u` are Azerbaijani; `ı ğ ş ç ö ü`
//!   are not English; `w` and `x` are not Turkish), Turkish apostrophe suffixes
//!   (`Türkiye'nin`) and English ones (`Turkey's`), Turkish `-iyor` and
//!   English `-tion`, `th`. The text is first read through the text stage:
//!   mojibake repaired ([`repair_mojibake`](crate::text::repair_mojibake))
//!   and lowercased with Turkish rules, so that `TÜRKİYE'NİN` becomes
//!   `türkiye'nin`; words in capitals with a plain `I` are also read the
//!   English way (`POLICY` → `policy`) for the English score.
//! * **whatlang** restricted to tr/en/az (texts of 40 letters or more):
//!   trigram and alphabet scores. Its answer stands when our signals agree
//!   with it by a clear margin.
//! * **lingua**'s n-gram models (orders 1–5) restricted to tr/en/az, for
//!   short texts and for texts where whatlang and our signals disagree.
//!
//! Romanized Russian (`ru-Latn`) has no model in either library: it is
//! recognised from its spelling (endings such as `-skiy`, `-tsiya`, `-yye`,
//! clusters such as `shch`, `zh`, `kh`, function words such as `dlya`, `ot`),
//! in `src/lang/data/ru-latn-markers.tsv`. Text in other scripts, or with
//! letters our languages lack (`é`, `ß`), is handed to whatlang over all its
//! languages and may come back as `ru`, `fr`, `de` and so on. Text without
//! letters is [`Lang::Und`].
//!
//! [`spans`] cuts the text into sentences (inside lines, inside paragraphs),
//! classifies each, and runs Viterbi over the sequence with a penalty for
//! switching language that is high inside a line and low across a blank line,
//! so a one-word sentence such as an author's name does not become a span of
//! its own. Long sentences whose words disagree with their label (an English
//! citation with a Turkish journal title) are refined over words.
//!
//! [`split`] repairs the text with [`clean`](crate::text::clean), finds the
//! section labels (Abstract/Öz/Özet, Keywords/Anahtar Kelimeler/Anahtar
//! Sözcükler, Introduction/Giriş, References/Kaynakça, and their Azerbaijani
//! and romanized-Russian forms, in `src/lang/data/section-labels.tsv`), titles,
//! headings and notes, and returns the parts per language.
//!
//! # Limits
//!
//! Only tr, en, az and ru-Latn are modelled closely. A name alone
//! ("Karabakh") carries little evidence; its confidence says so. Uzbek,
//! Turkmen and Crimean Tatar look like Azerbaijani or Turkish to this stage.

mod detect;
mod output;
mod sections;
mod sequence;
mod signals;
mod units;

use serde::Serialize;

pub use sections::Section;

use crate::{Lang, Span};

/// The language of a text and how sure the detector is.
///
/// # Examples
/// ```
/// use bitext::{lang::detect, Lang};
/// let d = detect("Bu makale bölgesel politikayı inceliyor.");
/// assert_eq!(d.lang, Lang::Tr);
/// assert!(d.confidence > 0.9);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Detection {
    /// The language; [`Lang::Und`] when the text has no letters.
    pub lang: Lang,
    /// Estimated probability, in `0.0..=1.0`, that `lang` is right: the
    /// posterior over tr, en, az and ru-Latn after all evidence is combined.
    /// For text of several sentences in different languages, the share of
    /// letters in `lang` times that posterior. For [`Lang::Und`] (no
    /// letters) it is 1.0.
    pub confidence: f64,
}

impl Detection {
    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The confidence, in `0.0..=1.0`.
    pub fn confidence(&self) -> f64 {
        self.confidence
    }
}

/// Detects the language of `text`, from one word to a book.
///
/// # Examples
/// ```
/// use bitext::{lang::detect, Lang};
/// assert_eq!(detect("TÜRKİYE'NİN BÖLGESEL POLİTİKASI").lang, Lang::Tr);
/// assert_eq!(detect("the balance of power").lang, Lang::En);
/// assert_eq!(detect("Strateji Tərəfdaşlıq və Qarşılıqlı Yardım Sazişi").lang, Lang::Az);
/// assert_eq!(detect("Voyenno-texniçeskoye sotrudniçestvo Turtsii").lang, Lang::RuLatn);
/// assert_eq!(detect("(2020), 313-322.").lang, Lang::Und);
/// // Mixed text: the language with most of the letters, with a lower confidence.
/// let citation = "Demir, A. (2025). Port policy and regional trade in the Black Sea. \
///                 *Karadeniz Araştırmaları Dergisi*, 4(1), 10-20.";
/// assert_eq!(detect(citation).lang, Lang::En);
/// ```
pub fn detect(text: &str) -> Detection {
    let whole = detect::analyze(text);
    let whole = Detection {
        lang: whole.lang,
        confidence: whole.confidence,
    };
    // One sentence, a sure answer, or a language found from the whole text's
    // spelling (romanized Russian, another language or script): done.
    if whole.confidence >= 0.995
        || !matches!(whole.lang, Lang::Tr | Lang::En | Lang::Az)
        || !sequence::has_several_sentences(text)
    {
        return whole;
    }
    // Several sentences: label them with the sequence model; when they
    // disagree with the whole-text answer the text is mixed, and the
    // language holding the most letters wins (an English citation line
    // with a Turkish journal title is English).
    match dominant(text) {
        Some(d) if d.lang != whole.lang => d,
        _ => whole,
    }
}

/// The language with the most letters in the spans of a mixed text, with
/// its share of letters times its spans' confidence.
fn dominant(text: &str) -> Option<Detection> {
    let found = sequence::label_spans(
        text,
        sequence::SpanOptions {
            refine_words: false,
            merge_lines: true,
        },
    );
    let mut totals: Vec<(Lang, usize, f64)> = Vec::new();
    let mut all = 0usize;
    for span in &found {
        let letters = span
            .span
            .slice(text)
            .map_or(0, |t| t.chars().filter(|c| c.is_alphabetic()).count());
        if span.lang == Lang::Und || letters == 0 {
            continue;
        }
        all += letters;
        match totals.iter_mut().find(|t| t.0 == span.lang) {
            Some(t) => {
                t.1 += letters;
                t.2 += span.confidence * letters as f64;
            }
            None => totals.push((span.lang, letters, span.confidence * letters as f64)),
        }
    }
    let &(lang, letters, weighted) = totals.iter().max_by_key(|t| t.1)?;
    (all > 0 && letters > 0).then(|| Detection {
        lang,
        confidence: (weighted / all as f64).clamp(0.0, 1.0),
    })
}

/// A stretch of text in one language.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LangSpan {
    /// Byte range into the text given to [`spans`] (or [`units`]).
    pub span: Span,
    /// Its language.
    pub lang: Lang,
    /// Estimated probability, in `0.0..=1.0`, that `lang` is right.
    pub confidence: f64,
}

/// The language spans of a mixed text.
///
/// The spans are ordered, do not overlap, start and end on non-blank text,
/// and together cover every non-blank character of `text`. A span never
/// crosses a blank line; inside a paragraph it may run over line breaks.
///
/// # Examples
/// ```
/// use bitext::{lang::spans, Lang};
/// let text = "Abstract: This article examines the regional policy of Turkey.\n\n\
///             Öz: Bu makale Türkiye'nin bölgesel politikasını inceliyor.\n";
/// let found = spans(text);
/// let langs: Vec<Lang> = found.iter().map(|s| s.lang).collect();
/// assert_eq!(langs, [Lang::En, Lang::Tr]);
/// assert!(found[1].span.slice(text).unwrap().starts_with("Öz:"));
/// ```
pub fn spans(text: &str) -> Vec<LangSpan> {
    sequence::label_spans(
        text,
        sequence::SpanOptions {
            refine_words: true,
            merge_lines: true,
        },
    )
}

/// The unit [`units`] classifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// Language spans, as [`spans`] finds them.
    Span,
    /// Every line, blank ones included, classified on its own.
    Line,
    /// Paragraphs (separated by blank lines), each classified on its own.
    Paragraph,
    /// Sentences, each classified on its own.
    Sentence,
}

/// Classifies `text` unit by unit.
///
/// With [`Unit::Line`] the result has exactly one entry per line of `text`
/// (a final line without a newline counts; a blank line is [`Lang::Und`]),
/// in order, each spanning the line without its line ending.
///
/// # Examples
/// ```
/// use bitext::{lang::{units, Unit}, Lang};
/// let text = "Kaynakça\n\n- Cornell, S. E. (2011). Azerbaijan since independence.\n12\n";
/// let lines = units(text, Unit::Line);
/// let langs: Vec<Lang> = lines.iter().map(|s| s.lang).collect();
/// assert_eq!(langs, [Lang::Tr, Lang::Und, Lang::En, Lang::Und]);
/// ```
pub fn units(text: &str, unit: Unit) -> Vec<LangSpan> {
    let ranges = match unit {
        Unit::Span => return spans(text),
        Unit::Line => units::lines(text),
        Unit::Paragraph => units::paragraphs(text),
        Unit::Sentence => units::paragraphs(text)
            .into_iter()
            .flat_map(|p| {
                let p_text = text.get(p.clone()).unwrap_or("");
                units::nonblank_lines(p_text)
                    .into_iter()
                    .flat_map(move |l| units::sentences(text, p.start + l.start..p.start + l.end))
                    .collect::<Vec<_>>()
            })
            .collect(),
    };
    ranges
        .into_iter()
        .map(|range| {
            let d = detect(text.get(range.clone()).unwrap_or(""));
            LangSpan {
                span: Span::new(range.start, range.end),
                lang: d.lang,
                confidence: d.confidence,
            }
        })
        .collect()
}

/// One monolingual part of a [`SplitDocument`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Part {
    /// Which part of the document it is.
    pub section: Section,
    /// Its language.
    pub lang: Lang,
    /// Estimated probability, in `0.0..=1.0`, that `lang` is right.
    pub confidence: f64,
    /// The text, as a byte range into [`SplitDocument::text`], without the
    /// section label. Empty for a label that stands alone as a heading.
    pub span: Span,
    /// The section label before it (`Abstract:`, `Anahtar Kelimeler:`), as a
    /// byte range into [`SplitDocument::text`], when there is one.
    pub label: Option<Span>,
}

/// A document cut into monolingual parts with section labels.
#[derive(Debug, Clone, PartialEq)]
pub struct SplitDocument {
    /// The cleaned text ([`clean`](crate::text::clean)) that every part points into.
    pub text: String,
    /// The parts in document order.
    pub parts: Vec<Part>,
}

impl SplitDocument {
    /// The text of a part (or of its label's span).
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text).unwrap_or("")
    }

    /// The languages that have text, in order of first appearance, without [`Lang::Und`].
    pub fn languages(&self) -> Vec<Lang> {
        let mut langs = Vec::new();
        for part in &self.parts {
            if part.lang != Lang::Und && !part.span.is_empty() && !langs.contains(&part.lang) {
                langs.push(part.lang);
            }
        }
        langs
    }

    /// The parts in `lang`, in document order.
    pub fn parts_in(&self, lang: Lang) -> impl Iterator<Item = &Part> + '_ {
        self.parts
            .iter()
            .filter(move |p| p.lang == lang && !p.span.is_empty())
    }

    /// The parts of `section` in `lang`, in document order (for example the
    /// English abstract, or the Turkish keywords).
    ///
    /// # Examples
    /// ```
    /// use bitext::{lang::{split, Section}, Lang};
    /// let doc = split("Keywords: trade, ports\n\nAnahtar Kelimeler: ticaret, limanlar\n");
    /// let tr: Vec<&str> = doc.section(Section::Keywords, Lang::Tr).map(|p| doc.slice(p.span)).collect();
    /// assert_eq!(tr, ["ticaret, limanlar"]);
    /// ```
    pub fn section(&self, section: Section, lang: Lang) -> impl Iterator<Item = &Part> + '_ {
        self.parts_in(lang).filter(move |p| p.section == section)
    }

    /// All text in `lang`: each part in document order, a blank line
    /// between parts (a newline between consecutive reference entries),
    /// section labels left out. Ends with a newline unless empty.
    pub fn text_of(&self, lang: Lang) -> String {
        let mut out = String::new();
        let mut previous: Option<Section> = None;
        for part in self.parts_in(lang) {
            if let Some(prev) = previous {
                let tight = prev == Section::References && part.section == Section::References;
                out.push_str(if tight { "\n" } else { "\n\n" });
            }
            out.push_str(self.slice(part.span));
            previous = Some(part.section);
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out
    }
}

/// Repairs `text` ([`clean`](crate::text::clean)) and cuts it into
/// monolingual parts, with section labels recognised as structure.
///
/// # Examples
/// ```
/// use bitext::{lang::{split, Section}, Lang};
/// let doc = split(
///     "Abstract: This article examines the regional policy of Turkey.\n\n\
///      Öz: Bu makale Türkiye’nin bölgesel politikasını inceliyor.\n",
/// );
/// assert_eq!(doc.languages(), [Lang::En, Lang::Tr]);
/// let oz = doc.section(Section::Abstract, Lang::Tr).next().unwrap();
/// assert_eq!(doc.slice(oz.span), "Bu makale Türkiye'nin bölgesel politikasını inceliyor.");
/// assert_eq!(doc.slice(oz.label.unwrap()), "Öz:");
/// ```
pub fn split(text: &str) -> SplitDocument {
    let cleaned = crate::text::clean(text).text;
    let parts = sections::parts(&cleaned);
    SplitDocument {
        text: cleaned,
        parts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn no_panic_and_spans_cover_non_blank_text(text in "\\PC{0,200}") {
            let d = detect(&text);
            prop_assert!((0.0..=1.0).contains(&d.confidence));
            let found = spans(&text);
            let mut end = 0;
            for s in &found {
                prop_assert!(s.span.start >= end && s.span.end > s.span.start);
                prop_assert!(text.get(end..s.span.start).is_some_and(|gap| gap.trim().is_empty()));
                prop_assert!(s.span.slice(&text).is_some());
                end = s.span.end;
            }
            prop_assert!(text.get(end..).is_some_and(|rest| rest.trim().is_empty()));
            let lines = units(&text, Unit::Line);
            prop_assert_eq!(lines.len(), text.lines().count());
            let doc = split(&text);
            for part in &doc.parts {
                prop_assert!(part.span.slice(&doc.text).is_some());
            }
        }

        #[test]
        fn mixed_alphabet_text_does_not_panic(text in "[a-zçğıöşüəİIxq .,'\n-]{0,120}") {
            let _ = spans(&text);
            let _ = split(&text);
            prop_assert!((0.0..=1.0).contains(&detect(&text).confidence));
        }
    }
}

//! Aligning running text: segment two texts (or the two languages of one
//! mixed document) into sentences, then align the sentences.

use std::ops::Range;

use super::{Aligner, Alignment, Bead};
use crate::lang::{self, Section};
use crate::segment::segment;
use crate::{Lang, Span};

/// Sentences found in two texts and their alignment.
#[derive(Debug, Clone, PartialEq)]
pub struct TextAlignment {
    /// The source language (given, or detected).
    pub src_lang: Lang,
    /// The target language (given, or detected).
    pub tgt_lang: Lang,
    /// Source sentences, as byte ranges into the source text.
    pub src_sentences: Vec<Span>,
    /// Target sentences, as byte ranges into the target text.
    pub tgt_sentences: Vec<Span>,
    /// Beads over the sentence indices.
    pub alignment: Alignment,
}

/// A mixed-language document, split, segmented and aligned.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentAlignment {
    /// The cleaned document text that every sentence span points into
    /// (see [`lang::split`]).
    pub text: String,
    /// Sentences and beads; both sides' spans point into [`text`](Self::text).
    pub aligned: TextAlignment,
}

/// Error from [`Aligner::align_document`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DocumentError {
    /// The document does not contain text in two languages.
    #[error("found text in {found} only; a mixed document needs two languages (give two files, or --src-lang and --tgt-lang)")]
    OneLanguage {
        /// The languages found, comma-separated (`und` for none).
        found: String,
    },
}

fn detect_if_und(lang: Lang, text: &str) -> Lang {
    if lang == Lang::Und {
        lang::detect(text).lang()
    } else {
        lang
    }
}

fn spans_in(text: &str, within: Span, lang: Lang, out: &mut Vec<Span>) {
    let Some(part) = within.slice(text) else {
        return;
    };
    out.extend(
        segment(part, lang)
            .into_iter()
            .map(|s| Span::new(s.start + within.start, s.end + within.start)),
    );
}

impl Aligner {
    /// Segments two texts into sentences ([`crate::segment`]) and aligns
    /// them. A language given as [`Lang::Und`] is detected first.
    ///
    /// # Examples
    /// ```
    /// use bitext::{align::Aligner, Lang};
    /// let en = "The war lasted 44 days. It ended in November 2020.";
    /// let tr = "Savaş 44 gün sürdü. Kasım 2020'de sona erdi.";
    /// let result = Aligner::default().align_texts(en, tr, Lang::Und, Lang::Und);
    /// assert_eq!((result.src_lang, result.tgt_lang), (Lang::En, Lang::Tr));
    /// assert_eq!(result.alignment.beads().len(), 2);
    /// assert_eq!(result.tgt_sentences[1].slice(tr), Some("Kasım 2020'de sona erdi."));
    /// ```
    pub fn align_texts(
        &self,
        src: &str,
        tgt: &str,
        src_lang: Lang,
        tgt_lang: Lang,
    ) -> TextAlignment {
        let src_lang = detect_if_und(src_lang, src);
        let tgt_lang = detect_if_und(tgt_lang, tgt);
        let src_sentences = segment(src, src_lang);
        let tgt_sentences = segment(tgt, tgt_lang);
        let s: Vec<&str> = src_sentences.iter().filter_map(|x| x.slice(src)).collect();
        let t: Vec<&str> = tgt_sentences.iter().filter_map(|x| x.slice(tgt)).collect();
        let alignment = self.for_langs(src_lang, tgt_lang).align(&s, &t);
        TextAlignment {
            src_lang,
            tgt_lang,
            src_sentences,
            tgt_sentences,
            alignment,
        }
    }

    /// Splits a mixed document ([`lang::split`]), segments each language's
    /// parts, and aligns them section by section: the titles with each
    /// other, the abstracts (Abstract/Öz), the keyword lists, then the
    /// remaining headings and running text. Front matter, notes and
    /// references are left out. Sections present in one language only come
    /// out as 1–0 or 0–1 beads.
    ///
    /// `langs` fixes the source and target languages; otherwise the two
    /// languages with the most text are used, in order of first appearance.
    ///
    /// # Errors
    /// [`DocumentError::OneLanguage`] when fewer than two languages are found.
    ///
    /// # Examples
    /// ```
    /// use bitext::{align::Aligner, Lang};
    /// let doc = "Abstract: This study examines regional security. It uses 12 interviews.\n\n\
    ///            Öz: Bu çalışma bölgesel güvenliği inceliyor. 12 görüşme kullanıyor.\n";
    /// let result = Aligner::default().align_document(doc, None)?;
    /// let a = &result.aligned;
    /// assert_eq!((a.src_lang, a.tgt_lang), (Lang::En, Lang::Tr));
    /// assert_eq!(a.alignment.beads().len(), 2);
    /// assert_eq!(a.tgt_sentences[1].slice(&result.text), Some("12 görüşme kullanıyor."));
    /// # Ok::<(), bitext::align::DocumentError>(())
    /// ```
    pub fn align_document(
        &self,
        text: &str,
        langs: Option<(Lang, Lang)>,
    ) -> Result<DocumentAlignment, DocumentError> {
        let doc = lang::split(text);
        let found = main_languages(&doc);
        let (src_lang, tgt_lang) = match langs {
            Some(pair) => pair,
            None => match (found.first(), found.get(1)) {
                (Some(&a), Some(&b)) => (a, b),
                _ => {
                    let names: Vec<&str> = found.iter().map(Lang::code).collect();
                    return Err(DocumentError::OneLanguage {
                        found: if names.is_empty() {
                            "und".into()
                        } else {
                            names.join(", ")
                        },
                    });
                }
            },
        };
        let groups = [
            vec![Section::Title],
            vec![Section::Abstract],
            vec![Section::Keywords],
            vec![Section::Heading, Section::Body],
        ];
        let aligner = self.for_langs(src_lang, tgt_lang);
        let mut src_sentences = Vec::new();
        let mut tgt_sentences = Vec::new();
        let mut beads: Vec<Bead> = Vec::new();
        let mut weighted = 0.0;
        for group in &groups {
            let (s0, t0) = (src_sentences.len(), tgt_sentences.len());
            for part in doc
                .parts_in(src_lang)
                .filter(|p| group.contains(&p.section))
            {
                spans_in(&doc.text, part.span, src_lang, &mut src_sentences);
            }
            for part in doc
                .parts_in(tgt_lang)
                .filter(|p| group.contains(&p.section))
            {
                spans_in(&doc.text, part.span, tgt_lang, &mut tgt_sentences);
            }
            let s: Vec<&str> = src_sentences
                .get(s0..)
                .unwrap_or_default()
                .iter()
                .filter_map(|x| x.slice(&doc.text))
                .collect();
            let t: Vec<&str> = tgt_sentences
                .get(t0..)
                .unwrap_or_default()
                .iter()
                .filter_map(|x| x.slice(&doc.text))
                .collect();
            let part = aligner.align(&s, &t);
            weighted += part.quality() * (s.len() + t.len()) as f64;
            beads.extend(part.into_beads().into_iter().map(|b| Bead {
                src: shift(b.src, s0),
                tgt: shift(b.tgt, t0),
                score: b.score,
            }));
        }
        let total = src_sentences.len() + tgt_sentences.len();
        let quality = if total == 0 {
            1.0
        } else {
            weighted / total as f64
        };
        Ok(DocumentAlignment {
            aligned: TextAlignment {
                src_lang,
                tgt_lang,
                src_sentences,
                tgt_sentences,
                alignment: Alignment { beads, quality },
            },
            text: doc.text,
        })
    }
}

/// The two languages with the most text, in order of first appearance
/// (a citation line or an author's name detected as a third language must
/// not displace the abstract's languages); all languages when fewer.
fn main_languages(doc: &lang::SplitDocument) -> Vec<Lang> {
    let order = doc.languages();
    let mut volume: Vec<(usize, usize, Lang)> = order
        .iter()
        .enumerate()
        .map(|(k, &l)| (doc.parts_in(l).map(|p| p.span.len()).sum(), k, l))
        .collect();
    volume.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    volume.truncate(2);
    volume.sort_by_key(|v| v.1);
    volume.into_iter().map(|v| v.2).collect()
}

fn shift(r: Range<usize>, by: usize) -> Range<usize> {
    r.start + by..r.end + by
}

//! The HTML review page: one self-contained file a person reads to review a
//! run of the pipeline.
//!
//! [`html`] renders aligned sentence pairs side by side with their bead
//! scores (low scores tinted), glossary terms highlighted in both columns
//! (their entry shows on hover, focus or click), findings on their segments
//! with a filter by check, the glossary as a sortable table, and a summary.
//!
//! The page has no external assets and a Content-Security-Policy that forbids
//! any network load. Data travels as one JSON document inside the page and is
//! put into the DOM with `textContent` only, so no input text can inject
//! markup. Two URL fragments preset the view: `#check=term-missing,empty`
//! shows only rows with those findings, and `#sort=count` (or `-count`)
//! sorts the glossary.

use serde::Serialize;

use crate::align::Bead;
use crate::text::match_fold;
use crate::{Lang, Span};

const TEMPLATE: &str = include_str!("template.html");
const DATA_SLOT: &str = "__BITEXT_DATA__";

/// A glossary entry as the page shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Term {
    /// Identifier used by highlighted words to point at the entry.
    pub id: usize,
    /// Canonical English term.
    pub en: String,
    /// Canonical Turkish term.
    pub tr: String,
    /// Other English spellings.
    pub variants_en: Vec<String>,
    /// Other Turkish spellings.
    pub variants_tr: Vec<String>,
    /// How often the pair was seen.
    pub count: usize,
    /// Pairing score, 0–1.
    pub score: f64,
}

/// A finding as the page shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Stable check ID (`term-missing`, `number-mismatch`, …).
    pub check: String,
    /// `error`, `warning` or `info`.
    pub severity: String,
    /// 0-based source sentence indices.
    pub src_lines: Vec<usize>,
    /// 0-based target sentence indices.
    pub tgt_lines: Vec<usize>,
    /// Human message.
    pub message: String,
}

/// One aligned document.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    /// File name shown as the section title.
    pub name: String,
    /// Source language of the beads.
    pub src_lang: Lang,
    /// Target language of the beads.
    pub tgt_lang: Lang,
    /// Languages found in the document and how many sentences each has.
    pub languages: Vec<(Lang, usize)>,
    /// The text both sides' sentence spans point into.
    pub text: &'a str,
    /// Source sentences.
    pub src_sentences: &'a [Span],
    /// Target sentences.
    pub tgt_sentences: &'a [Span],
    /// The alignment.
    pub beads: &'a [Bead],
    /// Global alignment quality, 0–1.
    pub quality: f64,
    /// Quality of the aligned part only (omissions left out), 0–1.
    pub matched_quality: Option<f64>,
    /// How many sentences of each side found a counterpart.
    pub coverage: crate::align::Coverage,
    /// Findings of the consistency checks.
    pub findings: Vec<Finding>,
}

/// A piece of sentence text, pointing at a glossary entry when highlighted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Run {
    /// The text.
    pub t: String,
    /// The glossary entry it is an occurrence of.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub term: Option<usize>,
}

#[derive(Serialize)]
struct PageLang {
    lang: Lang,
    sentences: usize,
}

#[derive(Serialize)]
struct PageBead {
    src: Vec<Run>,
    tgt: Vec<Run>,
    src_idx: Vec<usize>,
    tgt_idx: Vec<usize>,
    score: f64,
}

#[derive(Serialize)]
struct PageFinding<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    bead: Option<usize>,
}

#[derive(Serialize)]
struct PageDocument<'a> {
    name: &'a str,
    src_lang: Lang,
    tgt_lang: Lang,
    languages: Vec<PageLang>,
    quality: f64,
    matched_quality: Option<f64>,
    coverage: crate::align::Coverage,
    beads: Vec<PageBead>,
    findings: Vec<PageFinding<'a>>,
}

#[derive(Serialize)]
struct Page<'a> {
    title: &'a str,
    documents: Vec<PageDocument<'a>>,
    glossary: &'a [Term],
}

/// A word of a sentence: its byte range and its match-folded form.
struct Word {
    start: usize,
    end: usize,
    folded: String,
}

fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let inside = c.is_alphanumeric() || matches!(c, '\'' | '’' | '-');
        match (start, inside) {
            // A word starts with a letter or digit, not with a quote or hyphen.
            (None, true) if c.is_alphanumeric() => start = Some(i),
            (Some(s), false) => {
                let word = text[s..i].trim_end_matches(['\'', '’', '-']);
                if !word.is_empty() {
                    out.push(Word {
                        start: s,
                        end: s + word.len(),
                        folded: match_fold(word),
                    });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Whether `word` is `form` or `form` plus an inflectional ending: in Turkish
/// any suffix (after an apostrophe for names, directly for common nouns), in
/// English a plural or possessive.
fn is_form_of(word: &str, form: &str, lang: Lang) -> bool {
    let Some(rest) = word.strip_prefix(form) else {
        return false;
    };
    if rest.is_empty() {
        return true;
    }
    if lang.is_turkic() {
        let rest = rest.strip_prefix('\'').unwrap_or(rest);
        rest.chars().count() <= 8 && rest.chars().all(char::is_alphabetic)
    } else {
        matches!(rest, "s" | "es" | "'s" | "'")
    }
}

/// Splits `sentence` into runs, marking occurrences of the terms' forms in
/// `lang` (the canonical form and its variants, inflected or not). Longer
/// terms win over shorter ones that overlap them.
///
/// # Examples
/// ```
/// use bitext::report::{highlight, Term};
/// use bitext::Lang;
/// let terms = [Term { id: 7, en: "Middle Corridor".into(), tr: "Orta Koridor".into(),
///     variants_en: vec![], variants_tr: vec![], count: 2, score: 0.9 }];
/// let runs = highlight("Orta Koridor'un önemi arttı.", Lang::Tr, &terms);
/// assert_eq!(runs[0].t, "Orta Koridor'un");
/// assert_eq!(runs[0].term, Some(7));
/// assert_eq!(runs[1].t, " önemi arttı.");
/// ```
pub fn highlight(sentence: &str, lang: Lang, terms: &[Term]) -> Vec<Run> {
    let sentence_words = words(sentence);
    // (start word, end word exclusive, term id)
    let mut hits: Vec<(usize, usize, usize)> = Vec::new();
    for term in terms {
        let (canonical, variants) = if lang.is_turkic() {
            (&term.tr, &term.variants_tr)
        } else {
            (&term.en, &term.variants_en)
        };
        for form in std::iter::once(canonical).chain(variants) {
            let form_words: Vec<String> = words(form).into_iter().map(|w| w.folded).collect();
            let Some((last, head)) = form_words.split_last() else {
                continue;
            };
            for i in 0..sentence_words.len() {
                let end = i + form_words.len();
                let Some(window) = sentence_words.get(i..end) else {
                    break;
                };
                let head_ok = head.iter().zip(window).all(|(f, w)| *f == w.folded);
                if head_ok
                    && window
                        .last()
                        .is_some_and(|w| is_form_of(&w.folded, last, lang))
                {
                    hits.push((i, end, term.id));
                }
            }
        }
    }
    // Longest first, then leftmost; drop hits that overlap a kept one.
    hits.sort_by_key(|&(s, e, _)| (std::cmp::Reverse(e - s), s));
    let mut kept: Vec<(usize, usize, usize)> = Vec::new();
    for hit in hits {
        if kept.iter().all(|k| hit.1 <= k.0 || hit.0 >= k.1) {
            kept.push(hit);
        }
    }
    kept.sort_unstable();
    let mut runs = Vec::new();
    let mut at = 0;
    for (s, e, id) in kept {
        let (Some(first), Some(last)) = (sentence_words.get(s), sentence_words.get(e - 1)) else {
            continue;
        };
        if first.start > at {
            runs.push(Run {
                t: sentence[at..first.start].to_owned(),
                term: None,
            });
        }
        runs.push(Run {
            t: sentence[first.start..last.end].to_owned(),
            term: Some(id),
        });
        at = last.end;
    }
    if at < sentence.len() || runs.is_empty() {
        runs.push(Run {
            t: sentence[at..].to_owned(),
            term: None,
        });
    }
    runs
}

fn side_runs(
    doc: &Document<'_>,
    spans: &[Span],
    range: std::ops::Range<usize>,
    lang: Lang,
    terms: &[Term],
) -> Vec<Run> {
    let mut runs = Vec::new();
    for (k, span) in spans.get(range).unwrap_or_default().iter().enumerate() {
        if k > 0 {
            runs.push(Run {
                t: " ".to_owned(),
                term: None,
            });
        }
        runs.extend(highlight(
            span.slice(doc.text).unwrap_or_default(),
            lang,
            terms,
        ));
    }
    runs
}

/// Renders the review page for `documents` and the glossary `terms`.
///
/// # Examples
/// ```
/// use bitext::align::Aligner;
/// use bitext::report::{html, Document, Term};
/// use bitext::Lang;
/// let en = "The Middle Corridor grew.";
/// let tr = "Orta Koridor büyüdü.";
/// let text = format!("{en}\n{tr}");
/// let aligned = Aligner::default().align_texts(en, tr, Lang::En, Lang::Tr);
/// let tgt: Vec<bitext::Span> = aligned.tgt_sentences.iter()
///     .map(|s| bitext::Span::new(s.start + en.len() + 1, s.end + en.len() + 1)).collect();
/// let doc = Document { name: "demo".into(), src_lang: Lang::En, tgt_lang: Lang::Tr,
///     languages: vec![(Lang::En, 1), (Lang::Tr, 1)], text: &text,
///     src_sentences: &aligned.src_sentences, tgt_sentences: &tgt,
///     beads: aligned.alignment.beads(), quality: aligned.alignment.quality(),
///     matched_quality: aligned.alignment.matched_quality(),
///     coverage: aligned.alignment.coverage(), findings: vec![] };
/// let terms = [Term { id: 0, en: "Middle Corridor".into(), tr: "Orta Koridor".into(),
///     variants_en: vec![], variants_tr: vec![], count: 1, score: 1.0 }];
/// let page = html("demo", &[doc], &terms);
/// assert!(page.starts_with("<!doctype html>"));
/// assert!(page.contains(r#""term":0"#));
/// assert!(!page.contains("http://") && !page.contains("https://"));
/// ```
pub fn html(title: &str, documents: &[Document<'_>], terms: &[Term]) -> String {
    let page = Page {
        title,
        documents: documents
            .iter()
            .map(|doc| {
                let beads: Vec<PageBead> = doc
                    .beads
                    .iter()
                    .map(|bead| PageBead {
                        src: side_runs(doc, doc.src_sentences, bead.src(), doc.src_lang, terms),
                        tgt: side_runs(doc, doc.tgt_sentences, bead.tgt(), doc.tgt_lang, terms),
                        src_idx: bead.src().collect(),
                        tgt_idx: bead.tgt().collect(),
                        score: bead.score(),
                    })
                    .collect();
                let findings = doc
                    .findings
                    .iter()
                    .map(|finding| PageFinding {
                        finding,
                        bead: doc.beads.iter().position(|b| {
                            finding.src_lines.iter().any(|i| b.src().contains(i))
                                || finding.tgt_lines.iter().any(|i| b.tgt().contains(i))
                        }),
                    })
                    .collect();
                PageDocument {
                    name: &doc.name,
                    src_lang: doc.src_lang,
                    tgt_lang: doc.tgt_lang,
                    languages: doc
                        .languages
                        .iter()
                        .map(|&(lang, sentences)| PageLang { lang, sentences })
                        .collect(),
                    quality: doc.quality,
                    matched_quality: doc.matched_quality,
                    coverage: doc.coverage,
                    beads,
                    findings,
                }
            })
            .collect(),
        glossary: terms,
    };
    // Serializing these plain structs cannot fail; "null" keeps the page valid if it ever did.
    let json = serde_json::to_string(&page).unwrap_or_else(|_| "null".to_owned());
    // Inside <script>, "</" could close the element early; "<\/" means the same to JSON.
    let json = json.replace("</", "<\\/").replace("<!--", "<\\!--");
    TEMPLATE.replacen(DATA_SLOT, &json, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(id: usize, en: &str, tr: &str) -> Term {
        Term {
            id,
            en: en.into(),
            tr: tr.into(),
            variants_en: vec![],
            variants_tr: vec![],
            count: 1,
            score: 1.0,
        }
    }

    #[test]
    fn inflected_turkish_and_english_forms_are_marked() {
        let terms = [term(1, "UAV", "İHA"), term(2, "Türkiye", "Türkiye")];
        let runs = highlight("İHA'ların ve Türkiye’nin rolü", Lang::Tr, &terms);
        let marked: Vec<(&str, Option<usize>)> =
            runs.iter().map(|r| (r.t.as_str(), r.term)).collect();
        assert_eq!(
            marked,
            [
                ("İHA'ların", Some(1)),
                (" ve ", None),
                ("Türkiye’nin", Some(2)),
                (" rolü", None)
            ]
        );
        let runs = highlight("Two UAVs flew.", Lang::En, &terms);
        assert_eq!(runs[1].t, "UAVs");
    }

    #[test]
    fn longest_term_wins_and_case_folds() {
        let terms = [
            term(1, "Corridor", "Koridor"),
            term(2, "Middle Corridor", "Orta Koridor"),
        ];
        let runs = highlight("the MIDDLE CORRIDOR and a corridor", Lang::En, &terms);
        let marked: Vec<Option<usize>> = runs.iter().map(|r| r.term).collect();
        assert_eq!(marked, [None, Some(2), None, Some(1)]);
        let text: String = runs.iter().map(|r| r.t.as_str()).collect();
        assert_eq!(text, "the MIDDLE CORRIDOR and a corridor");
    }

    #[test]
    fn quoted_terms_are_marked_inside_the_quotes() {
        let terms = [term(1, "Middle Corridor", "Orta Koridor")];
        let runs = highlight("küresel 'Orta Koridor' projesi", Lang::Tr, &terms);
        assert_eq!(runs[1].t, "Orta Koridor");
        assert_eq!(runs[1].term, Some(1));
    }

    #[test]
    fn english_does_not_take_turkish_suffixes() {
        let terms = [term(1, "war", "savaş")];
        let runs = highlight("a warning", Lang::En, &terms);
        assert!(runs.iter().all(|r| r.term.is_none()));
    }

    #[test]
    fn script_text_cannot_close_the_data_element() {
        let page = html("t</script><script>alert(1)</script>", &[], &[]);
        assert_eq!(
            page.matches("</script>").count(),
            2,
            "only the template's own"
        );
    }
}

//! Document structure for [`split`](super::split): section labels
//! (Abstract/Öz, Keywords/Anahtar Kelimeler, References/Kaynakça), titles,
//! headings, notes and body text.

use std::ops::Range;
use std::sync::LazyLock;

use serde::Serialize;

use super::detect::analyze;
use super::sequence::{label_spans, SpanOptions};
use super::units;
use crate::text::match_fold;
use crate::{Lang, Span};

/// The part of a document a piece of text belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Section {
    /// Front matter before the title and abstract: citation line, authors.
    Front,
    /// A title (of the paper, or of its version in another language).
    Title,
    /// An abstract (Abstract, Öz, Özet, Xülasə …).
    Abstract,
    /// A keyword list (Keywords, Anahtar Kelimeler …).
    Keywords,
    /// A section heading (Introduction, Giriş, "2. Analysis …").
    Heading,
    /// Running text.
    Body,
    /// A footnote or affiliation note.
    Note,
    /// One entry of the reference list (References, Kaynakça).
    References,
}

impl Section {
    /// The kebab-case name used in `sections.json` (`abstract`, `keywords` …).
    pub fn name(self) -> &'static str {
        match self {
            Section::Front => "front",
            Section::Title => "title",
            Section::Abstract => "abstract",
            Section::Keywords => "keywords",
            Section::Heading => "heading",
            Section::Body => "body",
            Section::Note => "note",
            Section::References => "references",
        }
    }
}

/// What a section label announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LabelKind {
    Abstract,
    Keywords,
    Introduction,
    Conclusion,
    References,
}

#[derive(Debug)]
struct Label {
    kind: LabelKind,
    lang: Lang,
    folded: String,
    chars: usize,
}

static LABELS: LazyLock<Vec<Label>> =
    LazyLock::new(|| parse_labels(include_str!("data/section-labels.tsv")));

fn parse_labels(table: &str) -> Vec<Label> {
    let mut labels: Vec<Label> = table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|line| {
            let mut cols = line.split('\t');
            let kind = match cols.next()? {
                "abstract" => LabelKind::Abstract,
                "keywords" => LabelKind::Keywords,
                "introduction" => LabelKind::Introduction,
                "conclusion" => LabelKind::Conclusion,
                "references" => LabelKind::References,
                _ => return None,
            };
            let lang = cols.next()?.parse().ok()?;
            let label = cols.next()?;
            Some(Label {
                kind,
                lang,
                folded: match_fold(label),
                chars: label.chars().count(),
            })
        })
        .collect();
    // Longest first, so that "Anahtar Kelimeler" wins over a shorter label.
    labels.sort_by_key(|l| std::cmp::Reverse(l.chars));
    labels
}

/// A section label found at the start of a paragraph.
struct Found {
    kind: LabelKind,
    lang: Lang,
    /// The label with its delimiter (`Abstract:`).
    label: Range<usize>,
    /// The text after it, trimmed (may be empty).
    rest: Range<usize>,
}

/// Strips a section number (`1.`, `2.3`, `IV.`) from the start of `s`.
fn strip_number(s: &str) -> &str {
    let t = s.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let t = if t.len() < s.len() {
        t
    } else {
        s.trim_start_matches(['I', 'V', 'X'])
            .strip_prefix('.')
            .unwrap_or(s)
    };
    t.trim_start()
}

/// Finds a section label at the start of `range` in `text`.
fn find_label(text: &str, range: Range<usize>) -> Option<Found> {
    let para = text.get(range.clone())?;
    let first_line_end = para.find('\n').unwrap_or(para.len());
    let first_line = para.get(..first_line_end)?;
    let stripped = strip_number(first_line);
    let offset = first_line.len() - stripped.len();
    for label in LABELS.iter() {
        let end = stripped
            .char_indices()
            .nth(label.chars)
            .map_or(stripped.len(), |(i, _)| i);
        if stripped.chars().count() < label.chars {
            continue;
        }
        let head = stripped.get(..end)?;
        if match_fold(head) != label.folded {
            continue;
        }
        let after = stripped.get(end..)?;
        let delimiter = after.chars().next();
        let label_end = match delimiter {
            None => end,
            Some(':' | '.' | '—' | '–') => end + delimiter.map_or(0, char::len_utf8),
            Some(' ') if after.trim_start().starts_with(['-', '—', '–', ':']) => {
                let trimmed = after.trim_start();
                end + (after.len() - trimmed.len())
                    + trimmed.chars().next().map_or(0, char::len_utf8)
            }
            _ => continue,
        };
        let label_range = range.start + offset..range.start + offset + label_end;
        let rest = units::trim(text, label_range.end..range.end);
        // A bare label must stand alone on its line.
        let bare = delimiter.is_none()
            || (delimiter == Some('.') && after.trim_start_matches('.').trim().is_empty());
        if bare
            && !stripped
                .get(label_end..)
                .is_some_and(|r| r.trim().is_empty())
        {
            continue;
        }
        return Some(Found {
            kind: label.kind,
            lang: label.lang,
            label: range.start..label_range.end,
            rest,
        });
    }
    None
}

/// Whether a paragraph reads as a title or heading: short, no sentence end,
/// or mostly capitals.
fn is_title_like(para: &str) -> bool {
    let words = para.split_whitespace().count();
    let letters = para.chars().filter(|c| c.is_alphabetic()).count();
    let upper = para.chars().filter(|c| c.is_uppercase()).count();
    if letters == 0 || para.contains('\n') {
        return false;
    }
    let caps = upper * 10 >= letters * 7;
    let ends_sentence = para.trim_end().ends_with(['.', '!', '?', ':', ';']);
    caps && words <= 40 || (!ends_sentence && words <= 20)
}

/// A paragraph of at least this many words before any label is running text,
/// not front matter …
const BODY_MIN_WORDS: usize = 40;
/// … and so is a shorter one that ends a sentence, unless it is a citation
/// line (with a year in parentheses).
const SENTENCE_MIN_WORDS: usize = 12;

fn is_running_text(para: &str) -> bool {
    let words = para.split_whitespace().count();
    if words >= BODY_MIN_WORDS {
        return true;
    }
    let ends_sentence = para.trim_end().ends_with(['.', '!', '?', '"', '”', '»']);
    let citation = para.match_indices('(').any(|(i, _)| {
        let year = para.get(i + 1..i + 5).unwrap_or("");
        year.len() == 4
            && year.bytes().all(|b| b.is_ascii_digit())
            && para.get(i + 5..i + 6) == Some(")")
    });
    words >= SENTENCE_MIN_WORDS && ends_sentence && !citation
}

/// More letters than an author line ("Elvin Şirinov*") has.
fn has_title_length(para: &str) -> bool {
    para.chars().filter(|c| c.is_alphabetic()).count() > 20
}

fn is_note(para: &str) -> bool {
    para.starts_with(['*', '†', '‡', '¹', '²', '³'])
}

/// Turns a cleaned document into parts: one per monolingual piece of each
/// paragraph, one per reference entry.
pub(crate) fn parts(text: &str) -> Vec<super::Part> {
    let paragraphs = units::paragraphs(text);
    // One sequence model over the whole document, so that a short paragraph
    // (an author's name) takes the language of its neighbours.
    let doc_spans = label_spans(
        text,
        SpanOptions {
            refine_words: false,
            merge_lines: true,
        },
    );
    let labels: Vec<Option<Found>> = paragraphs
        .iter()
        .map(|p| find_label(text, p.clone()))
        .collect();
    let mut out = Vec::new();
    #[derive(PartialEq, Clone, Copy)]
    enum State {
        Front,
        Abstract,
        /// A bare "Keywords" heading: the next paragraph is the list.
        KeywordsNext,
        AfterKeywords,
        Body,
        References,
    }
    let mut state = State::Front;
    let mut abstract_lang = Lang::Und;
    for (i, para) in paragraphs.iter().enumerate() {
        let para_text = text.get(para.clone()).unwrap_or("");
        if let Some(found) = &labels[i] {
            let section = match found.kind {
                LabelKind::Abstract => {
                    state = State::Abstract;
                    Section::Abstract
                }
                LabelKind::Keywords => {
                    state = State::AfterKeywords;
                    Section::Keywords
                }
                LabelKind::Introduction | LabelKind::Conclusion => {
                    state = State::Body;
                    Section::Body
                }
                LabelKind::References => {
                    state = State::References;
                    Section::References
                }
            };
            let label = Span::new(found.label.start, found.label.end);
            if found.rest.is_empty() {
                // A label alone on its line is a heading; record it without
                // text. The abstract or keyword list follows in the next paragraph.
                match found.kind {
                    LabelKind::Abstract => abstract_lang = Lang::Und,
                    LabelKind::Keywords => state = State::KeywordsNext,
                    _ => {}
                }
                out.push(super::Part {
                    section: Section::Heading,
                    lang: found.lang,
                    confidence: 1.0,
                    span: Span::new(found.rest.start, found.rest.start),
                    label: Some(label),
                });
                continue;
            }
            if section == Section::References {
                push_lines(
                    text,
                    found.rest.clone(),
                    Section::References,
                    Some(label),
                    &mut out,
                );
                continue;
            }
            let before = out.len();
            push_language_parts(text, &doc_spans, found.rest.clone(), section, &mut out);
            if let Some(first) = out.get_mut(before) {
                first.label = Some(label);
            }
            if section == Section::Abstract {
                abstract_lang = out.get(before).map_or(Lang::Und, |p| p.lang);
            }
            continue;
        }
        if is_note(para_text) {
            push_language_parts(text, &doc_spans, para.clone(), Section::Note, &mut out);
            continue;
        }
        let next_is_abstract = labels[i + 1..]
            .iter()
            .zip(&paragraphs[i + 1..])
            .find(|(_, p)| !is_note(text.get((*p).clone()).unwrap_or("")))
            .is_some_and(|(l, _)| l.as_ref().is_some_and(|f| f.kind == LabelKind::Abstract));
        let section = match state {
            State::References => {
                push_lines(text, para.clone(), Section::References, None, &mut out);
                continue;
            }
            State::Front => {
                if is_title_like(para_text) && has_title_length(para_text) {
                    Section::Title
                } else if is_running_text(para_text) {
                    // Running text before any abstract: a document without
                    // front matter labels (an article, a report).
                    state = State::Body;
                    Section::Body
                } else {
                    Section::Front
                }
            }
            State::Abstract | State::AfterKeywords
                if next_is_abstract && is_title_like(para_text) && has_title_length(para_text) =>
            {
                Section::Title
            }
            State::KeywordsNext => {
                state = State::AfterKeywords;
                Section::Keywords
            }
            State::Abstract => {
                let lang = analyze(para_text).lang;
                if abstract_lang == Lang::Und && !is_title_like(para_text) {
                    // The first paragraph after a bare "Abstract" heading.
                    abstract_lang = lang;
                    Section::Abstract
                } else if lang == abstract_lang && !is_title_like(para_text) {
                    Section::Abstract
                } else {
                    state = State::Body;
                    if is_title_like(para_text) {
                        Section::Heading
                    } else {
                        Section::Body
                    }
                }
            }
            State::AfterKeywords | State::Body => {
                state = State::Body;
                if is_title_like(para_text) {
                    Section::Heading
                } else {
                    Section::Body
                }
            }
        };
        push_language_parts(text, &doc_spans, para.clone(), section, &mut out);
    }
    out
}

/// One part per line (reference entries), each classified as a whole.
fn push_lines(
    text: &str,
    range: Range<usize>,
    section: Section,
    label: Option<Span>,
    out: &mut Vec<super::Part>,
) {
    let slice = text.get(range.clone()).unwrap_or("");
    let mut label = label;
    for line in units::nonblank_lines(slice) {
        let line = range.start + line.start..range.start + line.end;
        // As `detect --unit line` labels it: a mixed entry gets the language
        // holding most of its letters.
        let detection = super::detect(text.get(line.clone()).unwrap_or(""));
        out.push(super::Part {
            section,
            lang: detection.lang,
            confidence: detection.confidence,
            span: Span::new(line.start, line.end),
            label: label.take(),
        });
    }
}

/// The monolingual pieces of one paragraph, found by the sentence-level model.
fn push_language_parts(
    text: &str,
    doc_spans: &[super::LangSpan],
    range: Range<usize>,
    section: Section,
    out: &mut Vec<super::Part>,
) {
    // The document's spans inside `range`, clipped to it.
    let first = doc_spans.partition_point(|s| s.span.end <= range.start);
    let spans = doc_spans
        .get(first..)
        .unwrap_or_default()
        .iter()
        .take_while(|s| s.span.start < range.end)
        .map(|s| {
            let start = s.span.start.max(range.start);
            let end = s.span.end.min(range.end);
            let clipped = units::trim(text, start..end);
            super::LangSpan {
                span: Span::new(clipped.start - range.start, clipped.end - range.start),
                ..*s
            }
        })
        .filter(|s| !s.span.is_empty());
    // Pieces without letters join the piece before them (or after, at the start).
    let mut merged: Vec<super::LangSpan> = Vec::new();
    for span in spans {
        match merged.last_mut() {
            Some(last) if span.lang == Lang::Und || last.lang == span.lang => {
                last.span.end = span.span.end
            }
            Some(last) if last.lang == Lang::Und => {
                last.lang = span.lang;
                last.confidence = span.confidence;
                last.span.end = span.span.end;
            }
            _ => merged.push(span),
        }
    }
    for span in merged {
        out.push(super::Part {
            section,
            lang: span.lang,
            confidence: span.confidence,
            span: Span::new(range.start + span.span.start, range.start + span.span.end),
            label: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_table_parses() {
        let table = include_str!("data/section-labels.tsv");
        let mut seen = std::collections::HashSet::new();
        for line in table.lines().filter(|l| !l.starts_with('#')) {
            assert_eq!(line.trim(), line, "stray whitespace: {line:?}");
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "{line:?}");
            assert!(cols[1].parse::<Lang>().is_ok(), "{line:?}");
            assert!(
                seen.insert(match_fold(cols[2])),
                "duplicate label: {line:?}"
            );
        }
        assert_eq!(LABELS.len(), seen.len());
    }

    #[test]
    fn running_text_ends_the_front_matter() {
        assert!(is_running_text(
            "Turkey has reaffirmed its strong support for its neighbour, which is in a war over the region."
        ));
        assert!(!is_running_text(
            "Demir, A. (2025). Port policy and regional trade in the Black Sea. Karadeniz Dergisi, 4(1), 10-20."
        ));
        assert!(!is_running_text("Elvin Şirinov, Örnek Üniversitesi"));
    }

    #[test]
    fn bare_labels_announce_the_next_paragraph() {
        let text = "ABSTRACT\n\nThis article looks at ports and trade in the Black Sea region.\n\n\
                    It also looks at the policies behind them.\n\n\
                    KEYWORDS\n\nports, trade, policy\n\n\
                    ÖZ\n\nBu makale Karadeniz bölgesindeki limanları ve ticareti inceliyor.\n\n\
                    ANAHTAR KELİMELER\n\nlimanlar, ticaret, politika\n";
        let parts = parts(text);
        let find = |section: Section, lang: Lang| -> Vec<&str> {
            parts
                .iter()
                .filter(|p| p.section == section && p.lang == lang && !p.span.is_empty())
                .map(|p| p.span.slice(text).unwrap_or(""))
                .collect()
        };
        assert_eq!(find(Section::Abstract, Lang::En).len(), 2);
        assert_eq!(find(Section::Keywords, Lang::En), ["ports, trade, policy"]);
        assert_eq!(
            find(Section::Abstract, Lang::Tr),
            ["Bu makale Karadeniz bölgesindeki limanları ve ticareti inceliyor."]
        );
        assert_eq!(
            find(Section::Keywords, Lang::Tr),
            ["limanlar, ticaret, politika"]
        );
        let headings = parts
            .iter()
            .filter(|p| p.section == Section::Heading)
            .count();
        assert_eq!(headings, 4);
    }

    #[test]
    fn labels_need_a_delimiter_or_their_own_line() {
        let text = "Öz: Bu makale inceliyor.";
        let found = find_label(text, 0..text.len()).expect("label");
        assert_eq!(found.kind, LabelKind::Abstract);
        assert_eq!(&text[found.label.clone()], "Öz:");
        assert_eq!(&text[found.rest.clone()], "Bu makale inceliyor.");
        let text = "ANAHTAR KELİMELER: Karabağ, Türkiye";
        assert_eq!(
            find_label(text, 0..text.len()).map(|f| f.kind),
            Some(LabelKind::Keywords)
        );
        let text = "1. Introduction";
        assert_eq!(
            find_label(text, 0..text.len()).map(|f| f.kind),
            Some(LabelKind::Introduction)
        );
        let text = "Özellikle bu çalışma";
        assert!(find_label(text, 0..text.len()).is_none());
        let text = "Summary statistics are shown below.";
        assert!(find_label(text, 0..text.len()).is_none());
    }
}

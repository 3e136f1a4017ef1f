//! The checks themselves, over a whole document of aligned pairs.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;

use super::matcher::{match_at, settle_spellings, spelling, tokenize, Hit, Token};
use super::numbers::{quantities, unmatched, Quantity};
use super::{index_char, CheckId, Concept, Config, Finding, Pair, TermBase};
use crate::lang;
use crate::text::match_fold;
use crate::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Src,
    Tgt,
}

/// A concept's spelling found in a segment.
#[derive(Debug, Clone)]
struct Found {
    concept: usize,
    form: usize,
    hit: Hit,
}

fn forms(c: &Concept, side: Side) -> &[super::TermForm] {
    match side {
        Side::Src => &c.src,
        Side::Tgt => &c.tgt,
    }
}

/// Every concept spelling found in `text`, longest first: a hit inside a
/// longer hit is dropped, unless it covers the same words (two concepts
/// that share a spelling are both kept).
fn scan(
    terms: &TermBase,
    side: Side,
    text: &str,
    tokens: &[Token],
    allow_stem: bool,
) -> Vec<Found> {
    let index = match side {
        Side::Src => &terms.src_index,
        Side::Tgt => &terms.tgt_index,
    };
    let mut all: Vec<Found> = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let Some(c) = token.fold.chars().next() else {
            continue;
        };
        let Some(candidates) = index.get(&index_char(c)) else {
            continue;
        };
        for &(concept, form) in candidates {
            let Some(f) = terms
                .concepts
                .get(concept)
                .and_then(|c| forms(c, side).get(form))
            else {
                continue;
            };
            if let Some(hit) = match_at(f, text, tokens, i, allow_stem) {
                all.push(Found { concept, form, hit });
            }
        }
    }
    all.sort_by_key(|f| {
        (
            std::cmp::Reverse(f.hit.tokens.len()),
            f.hit.tokens.start,
            f.concept,
            f.form,
        )
    });
    let mut taken: Vec<Range<usize>> = Vec::new();
    let mut out: Vec<Found> = Vec::new();
    for f in all {
        let r = &f.hit.tokens;
        if taken.iter().any(|t| t == r) {
            if !out
                .iter()
                .any(|o| o.concept == f.concept && o.hit.tokens == *r)
            {
                out.push(f);
            }
            continue;
        }
        if taken.iter().any(|t| t.start < r.end && r.start < t.end) {
            continue;
        }
        taken.push(r.clone());
        out.push(f);
    }
    out.sort_by_key(|f| (f.hit.tokens.start, f.concept, f.form));
    out
}

/// The first target spelling of `concept` found anywhere in `text`
/// (inflected, nested in a longer term, or by stem).
fn present(c: &Concept, text: &str, tokens: &[Token]) -> Option<Hit> {
    for form in &c.tgt {
        for i in 0..tokens.len() {
            if let Some(hit) = match_at(form, text, tokens, i, true) {
                return Some(hit);
            }
        }
    }
    None
}

fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

fn quote(s: &str) -> String {
    format!("\u{201c}{s}\u{201d}")
}

fn surface(text: &str, r: &Range<usize>) -> String {
    text.get(r.clone()).unwrap_or_default().to_owned()
}

/// One spelling of an entry met in the document: pair index, spelling key,
/// byte range of the spelling in the segment.
type Spelled = (usize, String, Range<usize>);

/// What a spelling is a spelling of: a glossary concept, or a name outside
/// the glossary (its letters without case and diacritics).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Entry {
    Concept(usize),
    Name(String),
}

/// `text` folded ([`match_fold`]) and without Turkish diacritics and
/// circumflexes: the letters two spellings of a name share.
fn plain(text: &str) -> String {
    match_fold(text)
        .chars()
        .map(|c| match c {
            'ç' => 'c',
            'ş' => 's',
            'ğ' => 'g',
            'ö' => 'o',
            'ü' | 'û' => 'u',
            'â' => 'a',
            'î' | 'ı' => 'i',
            other => other,
        })
        .collect()
}

/// Capitalized words outside glossary hits, that are not the first word of
/// the segment (or are all capitals): names and acronyms, whose spellings
/// should agree across a document (Türkiye/Turkiye, HAKİM/HAKIM).
fn names(text: &str, tokens: &[Token], found: &[Found]) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        if !t.capital || found.iter().any(|f| f.hit.tokens.contains(&k)) {
            continue;
        }
        let head = t.range.start..t.range.start + t.head_len;
        let surface = text.get(head.clone()).unwrap_or_default();
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        let all_caps = surface.chars().all(|c| !c.is_lowercase());
        if letters < 3 || letters != surface.chars().count() || (k == 0 && !all_caps) {
            continue;
        }
        out.push((plain(surface), head));
    }
    out
}

/// What makes a finding a duplicate: pair, check, marked words.
type FindingKey = (usize, CheckId, Vec<Range<usize>>, Vec<Range<usize>>);

/// A term's source occurrence and how the target rendered it.
struct Rendering {
    pair: usize,
    /// The source spelling's words (the term group).
    group: String,
    src_span: Range<usize>,
    /// The concept whose target spelling was found, and where.
    by: usize,
    tgt_span: Range<usize>,
}

struct Builder<'a> {
    config: &'a Config,
    pairs: &'a [Pair],
    out: Vec<(usize, Finding)>,
}

impl Builder<'_> {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        id: CheckId,
        pair: usize,
        term: Option<String>,
        expected: Option<String>,
        found: Option<String>,
        message: String,
        src_marks: Vec<Range<usize>>,
        tgt_marks: Vec<Range<usize>>,
    ) {
        if !self.config.enabled(id) {
            return;
        }
        let Some(p) = self.pairs.get(pair) else {
            return;
        };
        self.out.push((
            pair,
            Finding {
                check: id,
                severity: self.config.severity(id),
                src_lines: p.src_lines.clone(),
                tgt_lines: p.tgt_lines.clone(),
                src: p.src.clone(),
                tgt: p.tgt.clone(),
                term,
                expected,
                found,
                message,
                src_marks,
                tgt_marks,
            },
        ));
    }
}

pub(crate) fn check(terms: &TermBase, config: &Config, pairs: &[Pair]) -> Vec<Finding> {
    let mut b = Builder {
        config,
        pairs,
        out: Vec::new(),
    };
    let (src_lang, tgt_lang) = (terms.src_lang, terms.tgt_lang);
    let concepts = &terms.concepts;
    // Concepts grouped by a source spelling: the renderings a source term has.
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    for (id, c) in concepts.iter().enumerate() {
        for f in &c.src {
            let members = groups.entry(f.words.join(" ")).or_default();
            if !members.contains(&id) {
                members.push(id);
            }
        }
    }
    let mut renderings: Vec<Rendering> = Vec::new();
    // (side, concept) → occurrences (pair, spelling, span).
    let mut spellings: BTreeMap<(u8, Entry), Vec<Spelled>> = BTreeMap::new();

    for (p, pair) in pairs.iter().enumerate() {
        let src_blank = pair.src.trim().is_empty();
        let tgt_blank = pair.tgt.trim().is_empty();
        if src_blank && tgt_blank {
            continue;
        }
        if tgt_blank || src_blank {
            let message = match (
                src_blank,
                pair.tgt_lines.is_empty(),
                pair.src_lines.is_empty(),
            ) {
                (false, true, _) => {
                    "the source sentence has no counterpart in the target".to_owned()
                }
                (false, false, _) => "the target segment is empty".to_owned(),
                (true, _, true) => {
                    "the target sentence has no counterpart in the source".to_owned()
                }
                (true, _, false) => "the source segment is empty, the target is not".to_owned(),
            };
            b.push(
                CheckId::Missing,
                p,
                None,
                None,
                None,
                message,
                Vec::new(),
                Vec::new(),
            );
            continue;
        }
        let src_tokens = tokenize(&pair.src);
        let tgt_tokens = tokenize(&pair.tgt);

        // Untranslated: the source copied, or text in the source language.
        if config.enabled(CheckId::Untranslated)
            && words(&pair.tgt) >= config.untranslated_min_words()
        {
            let identical = match_fold(pair.src.trim()) == match_fold(pair.tgt.trim());
            let detected = lang::detect(&pair.tgt);
            let in_source_lang = src_lang != tgt_lang
                && src_lang != Lang::Und
                && detected.lang() == src_lang
                && detected.confidence() >= 0.5;
            if identical || in_source_lang {
                let message = if identical {
                    "the target is the source text, untranslated".to_owned()
                } else {
                    format!(
                        "the target is written in {} (the source language), not {} (confidence {:.2})",
                        src_lang.code(),
                        tgt_lang.code(),
                        detected.confidence()
                    )
                };
                b.push(
                    CheckId::Untranslated,
                    p,
                    None,
                    Some(tgt_lang.code().to_owned()),
                    Some(detected.lang().code().to_owned()),
                    message,
                    Vec::new(),
                    vec![Range {
                        start: 0,
                        end: pair.tgt.len(),
                    }],
                );
                continue;
            }
        }

        // Numbers.
        let qs = quantities(&pair.src, src_lang);
        let qt = quantities(&pair.tgt, tgt_lang);
        let lost = unmatched(&qs, &qt, &pair.tgt, tgt_lang);
        let extra = unmatched(&qt, &qs, &pair.src, src_lang);
        if !lost.is_empty() || !extra.is_empty() {
            let show = |text: &str, q: &[&Quantity]| -> String {
                q.iter()
                    .map(|q| surface(text, &q.span))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let (e, f) = (show(&pair.src, &lost), show(&pair.tgt, &extra));
            let message = match (lost.is_empty(), extra.is_empty()) {
                (false, false) => {
                    format!("numbers differ: the source has {e}, the target has {f} instead")
                }
                (false, true) => format!("the target lacks {e} of the source"),
                _ => format!("the target has {f}, which the source does not"),
            };
            b.push(
                CheckId::NumberMismatch,
                p,
                None,
                (!e.is_empty()).then_some(e),
                (!f.is_empty()).then_some(f),
                message,
                lost.iter().map(|q| q.span.clone()).collect(),
                extra.iter().map(|q| q.span.clone()).collect(),
            );
        }

        let src_found = scan(terms, Side::Src, &pair.src, &src_tokens, false);
        let tgt_found = scan(terms, Side::Tgt, &pair.tgt, &tgt_tokens, true);

        // Forbidden terms in the target.
        for f in tgt_found
            .iter()
            .filter(|f| concepts.get(f.concept).is_some_and(|c| c.forbidden))
        {
            // Allowed when a source term present here renders to these very words.
            let allowed = src_found.iter().any(|s| {
                concepts.get(s.concept).is_some_and(|c| {
                    !c.forbidden
                        && present(c, &pair.tgt, &tgt_tokens).is_some_and(|h| {
                            h.span.start < f.hit.span.end && f.hit.span.start < h.span.end
                        })
                })
            });
            if allowed {
                continue;
            }
            let Some(c) = concepts.get(f.concept) else {
                continue;
            };
            let src_hit = src_found.iter().find(|s| s.concept == f.concept);
            let term = src_hit
                .map(|s| surface(&pair.src, &s.hit.span))
                .or_else(|| c.src.first().map(|t| t.text.clone()));
            // The allowed renderings of the same source term.
            let allowed_forms: Vec<String> = c
                .src
                .iter()
                .filter_map(|t| groups.get(&t.words.join(" ")))
                .flatten()
                .filter_map(|&id| concepts.get(id))
                .filter(|o| !o.forbidden)
                .filter_map(|o| o.tgt.first().map(|t| t.text.clone()))
                .fold(Vec::new(), |mut acc, t| {
                    if !acc.contains(&t) {
                        acc.push(t);
                    }
                    acc
                });
            let found = surface(&pair.tgt, &f.hit.span);
            let mut message = format!("{} is a forbidden term", quote(&found));
            if let Some(term) = &term {
                message.push_str(&format!(" for {}", quote(term)));
            }
            if !allowed_forms.is_empty() {
                message.push_str(&format!(
                    "; use {}",
                    allowed_forms
                        .iter()
                        .map(|s| quote(s))
                        .collect::<Vec<_>>()
                        .join(" or ")
                ));
            }
            b.push(
                CheckId::Forbidden,
                p,
                term,
                (!allowed_forms.is_empty()).then(|| allowed_forms.join(" | ")),
                Some(found),
                message,
                src_hit
                    .map(|s| vec![s.hit.span.clone()])
                    .unwrap_or_default(),
                vec![f.hit.span.clone()],
            );
        }

        // Missing terms, and the renderings for the consistency checks.
        let mut seen_groups: HashSet<String> = HashSet::new();
        for s in &src_found {
            let Some(form) = concepts.get(s.concept).and_then(|c| c.src.get(s.form)) else {
                continue;
            };
            let members = groups
                .get(&form.words.join(" "))
                .cloned()
                .unwrap_or_default();
            if !seen_groups.insert(canonical(&members)) {
                continue;
            }
            let allowed: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&m| concepts.get(m).is_some_and(|c| !c.forbidden))
                .collect();
            if allowed.is_empty() {
                continue;
            }
            let rendered = allowed.iter().find_map(|&m| {
                concepts
                    .get(m)
                    .and_then(|c| present(c, &pair.tgt, &tgt_tokens))
                    .map(|h| (m, h))
            });
            if let Some((by, hit)) = rendered {
                renderings.push(Rendering {
                    pair: p,
                    group: canonical(&members),
                    src_span: s.hit.span.clone(),
                    by,
                    tgt_span: hit.span,
                });
                continue;
            }
            let forbidden_used = members.iter().any(|&m| {
                concepts
                    .get(m)
                    .is_some_and(|c| c.forbidden && present(c, &pair.tgt, &tgt_tokens).is_some())
            });
            if forbidden_used {
                continue;
            }
            let term = surface(&pair.src, &s.hit.span);
            let mut expected: Vec<String> = Vec::new();
            for &m in &allowed {
                for t in concepts
                    .get(m)
                    .map(|c| c.tgt.as_slice())
                    .unwrap_or_default()
                {
                    if !expected.contains(&t.text) {
                        expected.push(t.text.clone());
                    }
                }
            }
            let message = format!(
                "{} is in the glossary, but the target has no form of {}",
                quote(&term),
                expected
                    .iter()
                    .map(|s| quote(s))
                    .collect::<Vec<_>>()
                    .join(" or ")
            );
            b.push(
                CheckId::TermMissing,
                p,
                Some(term),
                Some(expected.join(" | ")),
                None,
                message,
                vec![s.hit.span.clone()],
                Vec::new(),
            );
        }

        // Spellings, for variant-inconsistent.
        for (side, found, text, tokens, lang) in [
            (Side::Src, &src_found, &pair.src, &src_tokens, src_lang),
            (Side::Tgt, &tgt_found, &pair.tgt, &tgt_tokens, tgt_lang),
        ] {
            for (key, head) in names(text, tokens, found) {
                let spelled = spelling(
                    text.get(head.clone()).unwrap_or_default(),
                    lang,
                    false,
                    None,
                );
                spellings
                    .entry((side as u8, Entry::Name(key)))
                    .or_default()
                    .push((p, spelled, head));
            }
            for f in found.iter() {
                let Some(c) = concepts.get(f.concept) else {
                    continue;
                };
                if c.forbidden {
                    continue;
                }
                let Some(stem) = &f.hit.stem_span else {
                    continue;
                };
                let term_last = forms(c, side)
                    .get(f.form)
                    .and_then(|t| t.words.last())
                    .and_then(|w| w.chars().last());
                let key = spelling(
                    text.get(stem.clone()).unwrap_or_default(),
                    lang,
                    f.hit.softened,
                    term_last,
                );
                let list = spellings
                    .entry((side as u8, Entry::Concept(f.concept)))
                    .or_default();
                if !list.iter().any(|(q, _, r)| *q == p && *r == *stem) {
                    list.push((p, key, stem.clone()));
                }
            }
        }
    }

    // term-inconsistent, forward: one source term, several renderings.
    let mut flagged: HashSet<(usize, String)> = HashSet::new();
    let mut by_group: BTreeMap<&str, Vec<&Rendering>> = BTreeMap::new();
    for r in &renderings {
        by_group.entry(r.group.as_str()).or_default().push(r);
    }
    for list in by_group.values() {
        let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
        for r in list {
            *counts.entry(r.by).or_default() += 1;
        }
        if counts.len() < 2 {
            continue;
        }
        let major = majority(&counts);
        let name = |id: usize| {
            concepts
                .get(id)
                .and_then(|c| c.tgt.first())
                .map(|t| t.text.clone())
                .unwrap_or_default()
        };
        let summary = counts
            .iter()
            .map(|(&id, n)| format!("{} {n}\u{d7}", quote(&name(id))))
            .collect::<Vec<_>>()
            .join(", ");
        for r in list.iter().filter(|r| r.by != major) {
            let Some(pair) = pairs.get(r.pair) else {
                continue;
            };
            let term = surface(&pair.src, &r.src_span);
            let found = surface(&pair.tgt, &r.tgt_span);
            flagged.insert((r.pair, r.group.clone()));
            b.push(
                CheckId::TermInconsistent,
                r.pair,
                Some(term.clone()),
                Some(name(major)),
                Some(found),
                format!(
                    "{} is rendered inconsistently across the document: {summary}",
                    quote(&term)
                ),
                vec![r.src_span.clone()],
                vec![r.tgt_span.clone()],
            );
        }
    }
    // term-inconsistent, reverse: one target term for several source terms.
    let mut by_target: BTreeMap<String, Vec<&Rendering>> = BTreeMap::new();
    for r in &renderings {
        if let Some(t) = concepts.get(r.by).and_then(|c| c.tgt.first()) {
            by_target.entry(t.words.join(" ")).or_default().push(r);
        }
    }
    for list in by_target.values() {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for r in list {
            *counts.entry(r.group.as_str()).or_default() += 1;
        }
        if counts.len() < 2 {
            continue;
        }
        let first_seen = |g: &str| list.iter().position(|r| r.group == g).unwrap_or(usize::MAX);
        let major = counts
            .iter()
            .max_by_key(|(g, n)| (**n, std::cmp::Reverse(first_seen(g))))
            .map(|(g, _)| g.to_string())
            .unwrap_or_default();
        let show = |g: &str| {
            list.iter()
                .find(|r| r.group == g)
                .and_then(|r| pairs.get(r.pair).map(|p| surface(&p.src, &r.src_span)))
                .unwrap_or_else(|| g.to_owned())
        };
        let summary = counts
            .iter()
            .map(|(g, n)| format!("{} {n}\u{d7}", quote(&show(g))))
            .collect::<Vec<_>>()
            .join(", ");
        for r in list.iter().filter(|r| r.group != major) {
            if flagged.contains(&(r.pair, r.group.clone())) {
                continue;
            }
            let Some(pair) = pairs.get(r.pair) else {
                continue;
            };
            let found_tgt = surface(&pair.tgt, &r.tgt_span);
            let term = surface(&pair.src, &r.src_span);
            b.push(
                CheckId::TermInconsistent,
                r.pair,
                Some(found_tgt.clone()),
                Some(show(&major)),
                Some(term),
                format!(
                    "{} stands for different source terms across the document: {summary}",
                    quote(&found_tgt)
                ),
                vec![r.src_span.clone()],
                vec![r.tgt_span.clone()],
            );
        }
    }

    // variant-inconsistent: the minority spellings of an entry on one side.
    for list in spellings.values_mut() {
        let mut keys: Vec<String> = list.iter().map(|(_, k, _)| k.clone()).collect();
        settle_spellings(&mut keys);
        for ((_, k, _), settled) in list.iter_mut().zip(keys) {
            *k = settled;
        }
    }
    for ((side, entry), list) in &spellings {
        let side = *side;
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for (_, key, _) in list {
            *counts.entry(key.as_str()).or_default() += 1;
        }
        if counts.len() < 2 {
            continue;
        }
        let (side, lang) = if side == Side::Src as u8 {
            (Side::Src, src_lang)
        } else {
            (Side::Tgt, tgt_lang)
        };
        let concept = match entry {
            Entry::Concept(id) => concepts.get(*id),
            Entry::Name(_) => None,
        };
        let main = concept.and_then(|c| forms(c, side).first()).map(|f| {
            let mut k = [spelling(&f.text, lang, false, None)];
            settle_spellings(&mut k);
            k.into_iter().next().unwrap_or_default()
        });
        let first_seen = |k: &str| {
            list.iter()
                .position(|(_, x, _)| x == k)
                .unwrap_or(usize::MAX)
        };
        let major = counts
            .iter()
            .max_by_key(|(k, n)| {
                (
                    **n,
                    main.as_deref() == Some(**k),
                    std::cmp::Reverse(first_seen(k)),
                )
            })
            .map(|(k, _)| k.to_string())
            .unwrap_or_default();
        let text_of = |p: usize| {
            pairs
                .get(p)
                .map(|x| if side == Side::Src { &x.src } else { &x.tgt })
        };
        let show = |k: &str| {
            list.iter()
                .find(|(_, x, _)| x == k)
                .and_then(|(p, _, r)| text_of(*p).map(|t| surface(t, r)))
                .unwrap_or_else(|| k.to_owned())
        };
        let summary = counts
            .iter()
            .map(|(k, n)| format!("{} {n}\u{d7}", quote(&show(k))))
            .collect::<Vec<_>>()
            .join(", ");
        let which = if side == Side::Src {
            "source"
        } else {
            "target"
        };
        let what = if concept.is_some() {
            "this entry"
        } else {
            "this name"
        };
        let term = concept
            .and_then(|c| forms(c, side).first())
            .map(|f| f.text.clone())
            .or_else(|| Some(show(&major)));
        for (p, key, span) in list.iter().filter(|(_, k, _)| *k != major) {
            let Some(text) = text_of(*p) else { continue };
            let found = surface(text, span);
            let (sm, tm) = if side == Side::Src {
                (vec![span.clone()], Vec::new())
            } else {
                (Vec::new(), vec![span.clone()])
            };
            let _ = key;
            b.push(
                CheckId::VariantInconsistent,
                *p,
                term.clone(),
                Some(show(&major)),
                Some(found.clone()),
                format!("the {which} text spells {what} in more than one way: {summary}"),
                sm,
                tm,
            );
        }
    }

    // One finding per check, segment and marked words; document order.
    let mut seen: HashSet<FindingKey> = HashSet::new();
    b.out
        .retain(|(p, f)| seen.insert((*p, f.check, f.src_marks.clone(), f.tgt_marks.clone())));
    b.out
        .sort_by_key(|(p, f)| (*p, CheckId::ALL.iter().position(|&c| c == f.check)));
    b.out.into_iter().map(|(_, f)| f).collect()
}

/// The name of a term group in the consistency checks: its first concept
/// (spellings of one concept share it).
fn canonical(members: &[usize]) -> String {
    members
        .iter()
        .min()
        .map(|m| format!("#{m}"))
        .unwrap_or_default()
}

/// The most frequent key; ties go to the smallest key (the glossary's
/// first concept).
fn majority(counts: &BTreeMap<usize, usize>) -> usize {
    counts
        .iter()
        .max_by_key(|(&id, &n)| (n, std::cmp::Reverse(id)))
        .map(|(&id, _)| id)
        .unwrap_or_default()
}

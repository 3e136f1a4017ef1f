//! Variant reconciliation within one language (rules in the module docs).

use std::collections::HashMap;

use super::candidates::Side;
use crate::glossary::{Link, LinkKind};
use crate::text::match_fold;
use crate::translit::{fuzzy_match, name_key, similar};

/// The largest group of look-alike names compared pairwise.
const MAX_BUCKET: usize = 400;

fn damaged(form: &str) -> bool {
    form.contains(['?', '\u{fffd}'])
}

/// Every spelling capitalized in every content word, and seen somewhere
/// other than at the start of a sentence: a name, or part of one (Çapkin in
/// Mehmet Çapkin).
fn capitalized(group: &super::candidates::Group) -> bool {
    group.name
        || (group.occs.iter().any(|o| !o.initial)
            && group.forms().iter().all(|(f, _)| {
                f.split(' ')
                    .filter(|w| w.chars().count() > 3)
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            }))
}

/// Merges group `from` into group `into` (both roots).
fn merge(side: &mut Side, from: usize, into: usize) {
    if from == into {
        return;
    }
    let Some(g) = side.groups.get_mut(from) else {
        return;
    };
    let occs = std::mem::take(&mut g.occs);
    let links = std::mem::take(&mut g.links);
    let acronym_plural = g.acronym_plural;
    let weak_partner = g.weak_partner;
    let (name, name_occs, acronym, quoted, list_item, prior, cvalue) = (
        g.name,
        g.name_occs,
        g.acronym,
        g.quoted,
        g.list_item,
        g.prior,
        g.cvalue,
    );
    let label = g.label;
    let partner = g.partner.take();
    g.merged_into = Some(into);
    if let Some(r) = side.groups.get_mut(into) {
        r.occs.extend(occs);
        r.links.extend(links);
        r.name |= name;
        r.name_occs += name_occs;
        r.acronym |= acronym;
        r.acronym_plural |= acronym_plural;
        r.quoted |= quoted;
        r.list_item |= list_item;
        r.prior |= prior;
        r.label |= label;
        r.cvalue = r.cvalue.max(cvalue);
        if r.partner.is_none() {
            r.partner = partner;
            r.weak_partner = weak_partner;
        }
    }
}

/// Merges two roots, keeping the one with more occurrences as the root.
pub(crate) fn unite(side: &mut Side, a: usize, b: usize) {
    let (ra, rb) = (side.root(a), side.root(b));
    if ra == rb {
        return;
    }
    let na = side.groups.get(ra).map_or(0, |g| g.occs.len());
    let nb = side.groups.get(rb).map_or(0, |g| g.occs.len());
    if na >= nb {
        merge(side, rb, ra);
    } else {
        merge(side, ra, rb);
    }
}

/// A lowercase English word (a key) in American spelling, by the regular
/// British–American correspondences (Oxford English Dictionary spelling
/// notes): -isation → -ization, -ise(d/s)/-ising → -ize…, -yse → -yze,
/// -our(ed/ing/able) → -or… in words of six letters or more, -tre/-bre →
/// -ter/-ber, -lled/-lling/-ller/-llor → -led/-ling/-ler/-lor, -iser →
/// -izer, -ogue → -og, and an ae inside the word → e (archaeological →
/// archeological, palaeolithic → paleolithic; not a first or final ae:
/// aerial, algae); and the irregular nouns of policy prose (licence,
/// defence, offence, programme, ageing, judgement, sulphur, aluminium,
/// grey, artefact, mould, plough, tyre, foetus; enrol, fulfil and their
/// nouns in -ment) with the British past participles in -t (burnt, learnt,
/// spelt: burned, learned, spelled). Used only to merge two spellings that both occur in the text, so
/// -ise words that have no -ize spelling (enterprise, promise) are never
/// affected.
pub(crate) fn american(word: &str) -> String {
    const IRREGULAR: [(&str, &str); 25] = [
        ("artefact", "artifact"),
        ("burnt", "burned"),
        ("dreamt", "dreamed"),
        ("enrol", "enroll"),
        ("enrolment", "enrollment"),
        ("foetus", "fetus"),
        ("fulfil", "fulfill"),
        ("instalment", "installment"),
        ("leapt", "leaped"),
        ("learnt", "learned"),
        ("mould", "mold"),
        ("plough", "plow"),
        ("spelt", "spelled"),
        ("spilt", "spilled"),
        ("spoilt", "spoiled"),
        ("tyre", "tire"),
        ("licence", "license"),
        ("defence", "defense"),
        ("offence", "offense"),
        ("programme", "program"),
        ("ageing", "aging"),
        ("judgement", "judgment"),
        ("sulphur", "sulfur"),
        ("aluminium", "aluminum"),
        ("grey", "gray"),
    ];
    if let Some(&(_, us)) = IRREGULAR.iter().find(|(gb, _)| *gb == word) {
        return us.to_owned();
    }
    let mut w = word.replace("isation", "ization");
    if let Some(inner) = w.get(1..w.len().saturating_sub(2)) {
        if inner.contains("ae") {
            let first = w.get(..1).unwrap_or("");
            let last = w.get(w.len() - 2..).unwrap_or("");
            w = format!("{first}{}{last}", inner.replace("ae", "e"));
        }
    }
    for (gb, us) in [
        ("ising", "izing"),
        ("ised", "ized"),
        ("ise", "ize"),
        ("ysing", "yzing"),
        ("ysed", "yzed"),
        ("yse", "yze"),
        ("ouring", "oring"),
        ("oured", "ored"),
        ("ourable", "orable"),
        ("our", "or"),
        ("lling", "ling"),
        ("lled", "led"),
        ("ller", "ler"),
        ("llor", "lor"),
        ("iser", "izer"),
        ("ogue", "og"),
        ("tre", "ter"),
        ("bre", "ber"),
    ] {
        if let Some(stem) = w.strip_suffix(gb) {
            if gb.starts_with("our") && w.chars().count() < 6 {
                break;
            }
            if stem.chars().count() >= 2 {
                w = format!("{stem}{us}");
            }
            break;
        }
    }
    w
}

/// Whether two names of as many words differ in a word that no spelling
/// turns into the other: a number (6331 sayılı Kanun, 6356 sayılı Kanun,
/// two laws), or two words the general word lists both know (Kişisel
/// Verileri Koruma Kurulu, the board, and Kurumu, the authority; Havuzu
/// and Kanunu): look-alikes by their letters, distinct by their words.
fn distinct_words(side: &Side, a: &str, b: &str) -> bool {
    let words = |f: &str| -> Vec<String> {
        f.split_whitespace()
            .map(|w| crate::text::lowercase(w, side.lang))
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.len() != wb.len() {
        return false;
    }
    let digits = |w: &str| -> String { w.chars().filter(char::is_ascii_digit).collect() };
    let known = |w: &str| {
        let lemma = match side.lang {
            crate::Lang::Tr => super::lemma::dictionary_lemma(w).unwrap_or_else(|| w.to_owned()),
            _ => w.to_owned(),
        };
        side.known.contains(&lemma) || side.known.contains(w)
    };
    wa.iter()
        .zip(&wb)
        .any(|(x, y)| x != y && (digits(x) != digits(y) || (known(x) && known(y))))
}

pub(crate) fn reconcile(side: &mut Side) {
    let lang = side.lang;
    let n = side.groups.len();
    // (a) Equal without spaces (askeri-teknik = askeri teknik), and in
    // English with British spellings made American (salinisation =
    // salinization, centre = center): both must occur in the text.
    let mut by_joined: HashMap<String, usize> = HashMap::new();
    for g in 0..n {
        let Some(key) = side.groups.get(g).map(|x| {
            if lang == crate::Lang::En {
                x.key.split(' ').map(american).collect::<String>()
            } else {
                x.key.replace(' ', "")
            }
        }) else {
            continue;
        };
        match by_joined.get(&key) {
            Some(&other) => unite(side, other, g),
            None => {
                by_joined.insert(key, g);
            }
        }
    }
    // (a') Spellings that differ in where they put spaces and hyphens
    // (lityum-iyon batarya, lityum iyon bataryalarla; doğalgaz, doğal gaz),
    // whose per-word keys need not add up: each spelling closed up and its
    // last word keyed alone. Spellings laid out alike already share a key
    // when they are one term.
    let mut by_spacing: HashMap<String, Vec<(String, usize)>> = HashMap::new();
    for g in 0..n {
        let Some(group) = side.groups.get(g) else {
            continue;
        };
        for (form, _) in group.forms() {
            let key = super::token::spacing_key(&form, lang);
            if key.chars().count() < 5 {
                continue;
            }
            let layout: String = form
                .chars()
                .filter(|c| matches!(c, ' ' | '-' | '\u{2010}' | '\u{2011}'))
                .collect();
            let seen = by_spacing.entry(key).or_default();
            if let Some(&(_, other)) = seen.iter().find(|(l, _)| *l != layout) {
                unite(side, other, g);
            }
            if !seen.iter().any(|(l, _)| *l == layout) {
                seen.push((layout, g));
            }
        }
    }
    // (a'') A Turkish word written closed up, whose letters are a spaced
    // spelling's key and a suffix chain (kızılçamın beside Kızıl çamın:
    // the closed word's own stem need not be the spaced one's, kızılçam
    // being read as kızılça with a possessive).
    if lang == crate::Lang::Tr {
        let spaced: HashMap<&str, usize> = by_spacing
            .iter()
            .filter_map(|(key, seen)| {
                seen.iter()
                    .find(|(layout, _)| !layout.is_empty())
                    .map(|&(_, g)| (key.as_str(), g))
            })
            .collect();
        let mut pairs = Vec::new();
        for g in 0..n {
            let Some(group) = side.groups.get(g) else {
                continue;
            };
            for (form, _) in group.forms() {
                if form.contains([' ', '-', '\u{2010}', '\u{2011}']) {
                    continue;
                }
                let word = super::token::fold_key(&crate::text::lowercase(&form, lang));
                let found = word
                    .char_indices()
                    .skip(5)
                    .map(|(i, _)| &word[..i])
                    .find_map(|prefix| {
                        spaced
                            .get(prefix)
                            .filter(|_| crate::text::suffix::inflects(prefix, &word))
                    });
                if let Some(&other) = found {
                    pairs.push((other, g));
                }
            }
        }
        for (a, b) in pairs {
            unite(side, a, b);
        }
    }
    // (a''') A name of two words or more that, read in lower case, is a
    // common term of the text: a heading or a plural written with capitals
    // (Employment Contracts, 35 Regional Conservation Councils beside the
    // regional conservation councils). A capitalized word keeps its
    // letters in its key, so only its lower-case reading finds the term.
    // The term stays common: those capitals make no name of it.
    let common: HashMap<String, usize> = (0..n)
        .filter_map(|g| {
            let x = side.groups.get(g)?;
            (!x.name && x.words >= 2 && !x.occs.is_empty()).then(|| (x.key.clone(), g))
        })
        .collect();
    let mut pairs = Vec::new();
    for g in 0..n {
        let Some(group) = side.groups.get(g) else {
            continue;
        };
        if !group.name || group.acronym || group.words < 2 || group.occs.is_empty() {
            continue;
        }
        let lower = crate::text::lowercase(&group.citation(lang).0, lang);
        if let Some(&other) = common.get(&super::token::term_key(&lower, lang)) {
            pairs.push((other, g));
        }
    }
    for (a, b) in pairs {
        unite(side, a, b);
        let root = side.root(a);
        if let Some(r) = side.groups.get_mut(root) {
            r.name = false;
            r.name_occs = 0;
        }
    }
    // (b) Names with the same name key.
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for g in 0..n {
        let Some(group) = side.groups.get(g) else {
            continue;
        };
        if !capitalized(group) || group.occs.is_empty() {
            continue;
        }
        let key = name_key(&group.citation(side.lang).0);
        if key.is_empty() {
            continue;
        }
        match by_name.get(&key) {
            Some(&other) => unite(side, other, g),
            None => {
                by_name.insert(key, g);
            }
        }
    }
    // (c) Damaged spellings: a dropped non-ASCII letter, or `?`/U+FFFD.
    let mut dropped: HashMap<String, usize> = HashMap::new();
    for g in 0..n {
        let Some(group) = side.groups.get(g) else {
            continue;
        };
        if group.occs.is_empty() {
            continue;
        }
        for (form, _) in group.forms() {
            if form.chars().count() > 60 {
                continue;
            }
            for (i, c) in form.char_indices() {
                if c.is_ascii() {
                    continue;
                }
                let mut shorter = String::with_capacity(form.len());
                shorter.push_str(form.get(..i).unwrap_or(""));
                shorter.push_str(form.get(i + c.len_utf8()..).unwrap_or(""));
                dropped.entry(match_fold(&shorter)).or_insert(g);
            }
        }
    }
    for g in 0..n {
        let forms = match side.groups.get(g) {
            Some(group) if !group.occs.is_empty() => group.forms(),
            _ => continue,
        };
        for (form, _) in forms {
            if let Some(&full) = dropped.get(&match_fold(&form)) {
                let full_form = side
                    .groups
                    .get(side.root(full))
                    .map(|x| x.citation(side.lang).0);
                if let Some(full_form) = full_form {
                    if side.root(full) != side.root(g) && fuzzy_match(&form, &full_form) {
                        unite(side, full, g);
                    }
                }
            }
        }
    }
    // Buckets of look-alike candidates: same word count and first letter.
    let mut buckets: HashMap<(usize, String), Vec<usize>> = HashMap::new();
    for g in 0..n {
        let Some(group) = side.groups.get(g) else {
            continue;
        };
        if group.occs.is_empty() || group.merged_into.is_some() {
            continue;
        }
        let form = group.citation(side.lang).0;
        let damaged_form = group.forms().iter().any(|(f, _)| damaged(f));
        if !group.name && !damaged_form {
            continue;
        }
        let first = name_key(&form)
            .chars()
            .next()
            .map(String::from)
            .unwrap_or_default();
        buckets.entry((group.words, first)).or_default().push(g);
        // Damaged spellings (a lost first letter too) are compared with
        // every name of the same length in words.
        buckets
            .entry((group.words, "?".into()))
            .or_default()
            .push(g);
    }
    for ((_, first), members) in buckets {
        if members.len() > MAX_BUCKET {
            continue;
        }
        for (i, &a) in members.iter().enumerate() {
            for &b in members.iter().skip(i + 1) {
                let (ra, rb) = (side.root(a), side.root(b));
                if ra == rb {
                    continue;
                }
                let (Some(ga), Some(gb)) = (side.groups.get(ra), side.groups.get(rb)) else {
                    continue;
                };
                let fa = ga.citation(side.lang).0;
                let fb = gb.citation(side.lang).0;
                if !fuzzy_match(&fa, &fb) || distinct_words(side, &fa, &fb) {
                    continue;
                }
                let da = ga.forms().iter().any(|(f, _)| damaged(f));
                let db = gb.forms().iter().any(|(f, _)| damaged(f));
                if first == "?" && da == db {
                    continue;
                }
                if da != db {
                    unite(side, ra, rb);
                } else if ga.name && gb.name && first != "?" {
                    let confidence = similar(&fa, &fb);
                    let link = |form: &str, target: &str| Link {
                        kind: LinkKind::PossibleVariantOf,
                        lang,
                        form: form.to_owned(),
                        target: target.to_owned(),
                        confidence,
                    };
                    let (la, lb) = (link(&fa, &fb), link(&fb, &fa));
                    if let Some(g) = side.groups.get_mut(ra) {
                        g.links.push(la);
                    }
                    if let Some(g) = side.groups.get_mut(rb) {
                        g.links.push(lb);
                    }
                }
            }
        }
    }
}

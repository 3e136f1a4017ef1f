//! Bilingual pairing: word links, term-pair scores, competitive linking,
//! entries.

use crate::text::suffix::{compound_base, derives, inflects};
use std::collections::{HashMap, HashSet};

use super::candidates::{collect, Side};
use super::token::{term_key, term_stems, Caps, Item, Token};
use super::{Corpus, Sentence};
use crate::glossary::{Entry, Glossary, Link, LinkKind, ScoreParts, Variant};
use crate::translit::{name_key, similar};
use crate::Lang;

/// Chi-square critical value for p < 0.001 (one degree of freedom).
const LLR_SIGNIFICANT: f64 = 10.83;
/// Units under which learned translation probabilities are damped.
const IBM_FULL_UNITS: f64 = 50.0;
const IBM_ITERATIONS: usize = 5;
/// The least word link that counts as evidence (Model 1 gives every
/// co-occurring pair some probability).
const LINK_EVIDENCE: f64 = 0.3;
/// The least termhood of a pair of multiword terms that translate each
/// other word for word through certain links: enough for such a pair seen
/// once to reach the default minimum score at [`COMPOSITIONAL_COVER`]
/// (0.45 × 0.9 + 0.15 × 0.65 ≥ 0.5; see `pair_score`).
const COMPOSITIONAL_TERMHOOD: f64 = 0.65;
/// The least lexical cover of a compositional pair (see `lifted` in
/// [`build`]): every link certain but one found by elimination
/// ([`ELIMINATED_LINK`]) or learned as strongly.
const COMPOSITIONAL_COVER: f64 = 0.9;
/// The strength of a link found by elimination ([`eliminated_link`]):
/// evidence, but below a dictionary's certainty.
const ELIMINATED_LINK: f64 = 0.9;
/// A dictionary word's nominal derivative (lisanslı, licensed, from lisans,
/// licence) mostly translates the English derivative, but less surely than
/// the word's own inflected forms.
const DERIVED_LINK: f64 = 1.0;
/// See [`base_of_translation`]: evidence, as an eliminated link is.
const BASE_OF_TRANSLATION: f64 = ELIMINATED_LINK;
/// A longer pair is consistent with the word links (its extra words
/// translate each other) when the links cover this much of each of its
/// terms.
const EXTENSION_COVER: f64 = 0.8;

/// The markup part of a pair whose terms are the same item of parallel
/// lists: half a quotation's, as a list's items are translations of each
/// other but need not be terms (rare geological formations, in a list of
/// what the law protects).
const LIST_ITEM_MARKUP: f64 = 0.5;

/// A dictionary link through the English Snowball stem only (see
/// [`word_link`]).
const STEM_LINK: f64 = 0.999;

/// A link at least this strong is certain (a dictionary's, by the word or
/// its stem).
const CERTAIN: f64 = STEM_LINK;
/// See [`term_cooccurrence`].
const TERM_DICE: f64 = 0.8;
/// A hyphenated word's link through one of its parts (see
/// [`hyphen_part_link`]).
const PART_LINK: f64 = 0.95;

/// Word pairs (Snowball stems) of the priors and lexicons, term pairs
/// (keys) of the priors, and the lexicons' own word pairs.
struct Priors {
    words: HashSet<(String, String)>,
    /// English word (key and stem) → Turkish words (folded lower case), so
    /// that an inflected Turkish word matches by prefix (kapasitesi).
    by_en: HashMap<String, Vec<String>>,
    terms: HashSet<(String, String)>,
    general: HashSet<(String, String)>,
    /// `by_en` of the lexicons alone (general vocabulary).
    general_by_en: HashMap<String, Vec<String>>,
    /// English word (key and stem) → Turkish phrases that translate it
    /// (folded words).
    phrases: HashMap<String, Vec<Vec<String>>>,
    /// English phrases of two or three words (keys), each with the one
    /// Turkish word (folded) that translates it.
    en_phrases: Vec<(Vec<String>, String)>,
    /// Keys of the one-word English forms.
    en_words: HashSet<String>,
    /// Stems of the one-word Turkish forms.
    tr_stems: HashSet<String>,
    /// The one-word Turkish forms (folded).
    tr_words: HashSet<String>,
    /// One-word pairs (English key, Turkish word folded).
    word_pairs: HashSet<(String, String)>,
    /// One-word pairs of the lexicons capitalized on both sides, not
    /// acronyms (English key, Turkish word folded): nationality adjectives
    /// (Syrian ↔ Suriyeli), which qualify terms and name none. A lexicon's
    /// single word is never a term of its own.
    general_capitalized: HashSet<(String, String)>,
}

/// What the builder derives from one glossary (keys and stems need the
/// stemmers, so the shipped glossaries' are derived once).
#[derive(Clone)]
struct Derived {
    /// One-word pairs: (English key, English stem, Turkish stem, Turkish
    /// word folded).
    words: Vec<(String, String, String, String)>,
    /// Term pairs by key.
    terms: Vec<(String, String)>,
    /// One-word forms of entries with no capitalized side (common words, not
    /// names), per language: (lowercase form, key).
    common_en: Vec<(String, String)>,
    common_tr: Vec<(String, String)>,
    /// Lowercase one-word Turkish forms of common entries whose English
    /// side reads as an adjective (chronic, chemical, dangerous).
    adjectival_tr: Vec<String>,
    /// One English word translated by two or three Turkish words (polio ↔
    /// çocuk felci): English key and stem, Turkish words folded.
    phrases: Vec<(String, String, Vec<String>)>,
    /// Two or three English words translated by one Turkish word (Black
    /// Sea ↔ Karadeniz): English keys, Turkish word folded.
    en_phrases: Vec<(Vec<String>, String)>,
    /// One-word pairs capitalized on both sides, not acronyms (Turkish ↔
    /// Türk): English key, Turkish word folded.
    capitalized: Vec<(String, String)>,
}

fn derive(g: &Glossary) -> Derived {
    let mut d = Derived {
        words: Vec::new(),
        terms: Vec::new(),
        common_en: Vec::new(),
        common_tr: Vec::new(),
        adjectival_tr: Vec::new(),
        phrases: Vec::new(),
        en_phrases: Vec::new(),
        capitalized: Vec::new(),
    };
    let capitalized = |f: &str| f.chars().next().is_some_and(char::is_uppercase);
    // One tokenization per form gives both its key and its stems.
    let key_stems = |f: &str, lang: Lang| -> (String, Vec<String>) {
        let mut keys = Vec::new();
        let mut stems = Vec::new();
        for item in super::token::tokenize(f, lang) {
            if let Item::Word(t) = item {
                keys.push(t.key);
                stems.push(t.stem);
            }
        }
        (keys.join(" "), stems)
    };
    for e in &g.entries {
        if e.forbidden {
            continue;
        }
        // Each form with its key and stems, tokenized once.
        let keyed = |lang: Lang| -> Vec<(&str, String, Vec<String>)> {
            e.forms(lang)
                .map(|form| {
                    let (k, s) = key_stems(form, lang);
                    (form, k, s)
                })
                .collect()
        };
        let (trs, ens) = (keyed(Lang::Tr), keyed(Lang::En));
        for (_, ek, es) in &ens {
            for (tr, tk, ts) in &trs {
                if let ([a], [b]) = (es.as_slice(), ts.as_slice()) {
                    let folded = super::token::fold_key(&crate::text::lowercase(tr, Lang::Tr));
                    // Acronyms (UAV ↔ İHA) are names, not adjectives.
                    let acronym = |f: &str| {
                        f.chars()
                            .filter(|c| c.is_alphabetic())
                            .all(char::is_uppercase)
                    };
                    if capitalized(&e.en) && capitalized(&e.tr) && !acronym(&e.en) {
                        d.capitalized.push((ek.clone(), folded.clone()));
                    }
                    d.words.push((ek.clone(), a.clone(), b.clone(), folded));
                } else if let (2..=3, [_]) = (es.len(), ts.as_slice()) {
                    let keys: Vec<String> = ek.split(' ').map(str::to_owned).collect();
                    if keys.len() == es.len() {
                        let folded = super::token::fold_key(&crate::text::lowercase(tr, Lang::Tr));
                        d.en_phrases.push((keys, folded));
                    }
                } else if let ([a], 2..=3) = (es.as_slice(), ts.len()) {
                    let words: Vec<String> = crate::text::lowercase(tr, Lang::Tr)
                        .split_whitespace()
                        .map(super::token::fold_key)
                        .collect();
                    if words.len() == ts.len() {
                        d.phrases.push((ek.clone(), a.clone(), words));
                    }
                }
                d.terms.push((ek.clone(), tk.clone()));
            }
        }
        if !capitalized(&e.en) && !capitalized(&e.tr) {
            // English nouns in -ic (traffic ↔ trafik) have an adjective's
            // ending: their translations are nouns all the same (trafik
            // rakamları → trafik rakamı, with the compound's marker).
            const IC_NOUNS: [&str; 23] = [
                "arithmetic",
                "cleric",
                "clinic",
                "critic",
                "epidemic",
                "fabric",
                "garlic",
                "logic",
                "lyric",
                "mechanic",
                "medic",
                "mosaic",
                "music",
                "panic",
                "picnic",
                "relic",
                "republic",
                "rhetoric",
                "statistic",
                "tactic",
                "topic",
                "traffic",
                "tunic",
            ];
            let adjectival = ens.iter().any(|(f, _, _)| {
                const ENDINGS: [&str; 9] = [
                    "ic", "ical", "al", "ous", "ive", "ful", "less", "able", "ible",
                ];
                !f.contains(' ') && ENDINGS.iter().any(|x| f.ends_with(x)) && !IC_NOUNS.contains(f)
            });
            if adjectival {
                for (f, _, _) in &trs {
                    let lower = crate::text::lowercase(f, Lang::Tr);
                    if !lower.contains(' ') {
                        d.adjectival_tr.push(lower);
                    }
                }
            }
            for (lang, forms, out) in [
                (Lang::En, &ens, &mut d.common_en),
                (Lang::Tr, &trs, &mut d.common_tr),
            ] {
                for (f, key, _) in forms {
                    let lower = crate::text::lowercase(f, lang);
                    if !lower.contains(' ') {
                        // A lower-case form's key is the one computed.
                        let key = if lower == *f {
                            key.clone()
                        } else {
                            term_key(&lower, lang)
                        };
                        out.push((lower, key));
                    }
                }
            }
        }
    }
    d
}

/// The derived shipped glossaries, in the order of
/// [`crate::glossary::shipped`].
static SHIPPED_DERIVED: std::sync::LazyLock<Vec<Derived>> =
    std::sync::LazyLock::new(|| crate::glossary::shipped().iter().map(derive).collect());

/// The derived form of `g`: computed once for a shipped glossary.
fn derived(g: &Glossary) -> std::borrow::Cow<'static, Derived> {
    let shipped = crate::glossary::shipped();
    match shipped.iter().position(|s| std::ptr::eq(s, g)) {
        Some(i) => match SHIPPED_DERIVED.get(i) {
            Some(d) => std::borrow::Cow::Borrowed(d),
            None => std::borrow::Cow::Owned(derive(g)),
        },
        None => std::borrow::Cow::Owned(derive(g)),
    }
}

fn priors_of(priors: &[&Glossary], lexicons: &[&Glossary]) -> Priors {
    let mut words = HashSet::new();
    let mut terms = HashSet::new();
    let mut general = HashSet::new();
    let mut by_en: HashMap<String, Vec<String>> = HashMap::new();
    let mut general_by_en: HashMap<String, Vec<String>> = HashMap::new();
    let mut phrases: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    let mut en_words = HashSet::new();
    let mut tr_stems = HashSet::new();
    let mut tr_words = HashSet::new();
    let mut word_pairs = HashSet::new();
    let mut en_phrases: Vec<(Vec<String>, String)> = Vec::new();
    let mut general_capitalized = HashSet::new();
    for (is_prior, g) in priors
        .iter()
        .map(|g| (true, g))
        .chain(lexicons.iter().map(|g| (false, g)))
    {
        let d = derived(g);
        for (ek, a, b, folded) in &d.words {
            en_words.insert(ek.clone());
            for k in [a, ek] {
                let list = by_en.entry(k.clone()).or_default();
                if !list.contains(folded) {
                    list.push(folded.clone());
                }
                if !is_prior {
                    let list = general_by_en.entry(k.clone()).or_default();
                    if !list.contains(folded) {
                        list.push(folded.clone());
                    }
                }
            }
            words.insert((a.clone(), b.clone()));
            tr_stems.insert(b.clone());
            tr_words.insert(folded.clone());
            word_pairs.insert((ek.clone(), folded.clone()));
            if !is_prior {
                general.insert((a.clone(), b.clone()));
            }
        }
        for (ek, stem, words) in &d.phrases {
            for k in [ek, stem] {
                let list = phrases.entry(k.clone()).or_default();
                if !list.contains(words) {
                    list.push(words.clone());
                }
            }
        }
        for x in &d.en_phrases {
            if !en_phrases.contains(x) {
                en_phrases.push(x.clone());
            }
        }
        if is_prior {
            terms.extend(d.terms.iter().cloned());
        } else {
            general_capitalized.extend(d.capitalized.iter().cloned());
        }
    }
    Priors {
        general_capitalized,
        en_phrases,
        words,
        by_en,
        terms,
        general,
        general_by_en,
        phrases,
        en_words,
        tr_stems,
        tr_words,
        word_pairs,
    }
}

/// IBM Model 1 in both directions over content-word keys.
struct Ibm {
    ids_en: HashMap<String, u32>,
    ids_tr: HashMap<String, u32>,
    /// p(tr | en) and p(en | tr).
    t_tr_given_en: HashMap<(u32, u32), f64>,
    t_en_given_tr: HashMap<(u32, u32), f64>,
    damp: f64,
}

fn content_keys(items: &[Item]) -> Vec<&str> {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Word(t) if !t.stop => Some(t.key.as_str()),
            _ => None,
        })
        .collect()
}

fn intern(map: &mut HashMap<String, u32>, key: &str) -> u32 {
    if let Some(&id) = map.get(key) {
        return id;
    }
    let id = u32::try_from(map.len()).unwrap_or(u32::MAX);
    map.insert(key.to_owned(), id);
    id
}

/// One direction of Model 1: p(f | e) over sentence pairs of ids (with a
/// NULL source word, id `u32::MAX`).
fn model1(pairs: &[(Vec<u32>, Vec<u32>)]) -> HashMap<(u32, u32), f64> {
    let mut t: HashMap<(u32, u32), f64> = HashMap::new();
    for (e, f) in pairs {
        for &fw in f {
            for &ew in e.iter().chain(std::iter::once(&u32::MAX)) {
                t.insert((ew, fw), 1.0);
            }
        }
    }
    for _ in 0..IBM_ITERATIONS {
        let mut count: HashMap<(u32, u32), f64> = HashMap::new();
        let mut total: HashMap<u32, f64> = HashMap::new();
        for (e, f) in pairs {
            for &fw in f {
                let norm: f64 = e
                    .iter()
                    .chain(std::iter::once(&u32::MAX))
                    .map(|&ew| t.get(&(ew, fw)).copied().unwrap_or(0.0))
                    .sum();
                if norm <= 0.0 {
                    continue;
                }
                for &ew in e.iter().chain(std::iter::once(&u32::MAX)) {
                    let c = t.get(&(ew, fw)).copied().unwrap_or(0.0) / norm;
                    *count.entry((ew, fw)).or_insert(0.0) += c;
                    *total.entry(ew).or_insert(0.0) += c;
                }
            }
        }
        for (k, v) in t.iter_mut() {
            let tot = total.get(&k.0).copied().unwrap_or(0.0);
            *v = if tot > 0.0 {
                count.get(k).copied().unwrap_or(0.0) / tot
            } else {
                0.0
            };
        }
    }
    t
}

fn train_ibm(corpus: &Corpus) -> Ibm {
    let mut ids_en = HashMap::new();
    let mut ids_tr = HashMap::new();
    let mut en_tr = Vec::with_capacity(corpus.units.len());
    for u in &corpus.units {
        let (Some(es), Some(ts)) = (corpus.en.get(u.en), corpus.tr.get(u.tr)) else {
            continue;
        };
        let e: Vec<u32> = content_keys(&es.items)
            .into_iter()
            .map(|k| intern(&mut ids_en, k))
            .collect();
        let t: Vec<u32> = content_keys(&ts.items)
            .into_iter()
            .map(|k| intern(&mut ids_tr, k))
            .collect();
        en_tr.push((e, t));
    }
    let tr_en: Vec<(Vec<u32>, Vec<u32>)> =
        en_tr.iter().map(|(e, t)| (t.clone(), e.clone())).collect();
    let t_tr_given_en = model1(&en_tr);
    let t_en_given_tr = model1(&tr_en);
    Ibm {
        ids_en,
        ids_tr,
        t_tr_given_en,
        t_en_given_tr,
        damp: (corpus.units.len() as f64 / IBM_FULL_UNITS).min(1.0),
    }
}

impl Ibm {
    fn link(&self, en: &str, tr: &str) -> f64 {
        let (Some(&e), Some(&t)) = (self.ids_en.get(en), self.ids_tr.get(tr)) else {
            return 0.0;
        };
        let a = self.t_tr_given_en.get(&(e, t)).copied().unwrap_or(0.0);
        let b = self.t_en_given_tr.get(&(t, e)).copied().unwrap_or(0.0);
        (a * b).sqrt() * self.damp
    }
}

/// Word-level Dice over units: how often two content words (by key) occur
/// in the same units.
struct WordDice {
    df_en: HashMap<String, usize>,
    df_tr: HashMap<String, usize>,
    both: HashMap<(String, String), usize>,
}

fn word_dice(corpus: &Corpus) -> WordDice {
    let (df_en, df_tr, both) = count_together(corpus.units.iter().filter_map(|u| {
        let (es, ts) = (corpus.en.get(u.en)?, corpus.tr.get(u.tr)?);
        let e: HashSet<String> = content_keys(&es.items)
            .into_iter()
            .map(str::to_owned)
            .collect();
        let t: HashSet<String> = content_keys(&ts.items)
            .into_iter()
            .map(str::to_owned)
            .collect();
        Some((e, t))
    }));
    WordDice { df_en, df_tr, both }
}

/// For each content word seen twice or more that always follows one and
/// the same content word, that word, by key (*metering* is always *net
/// metering*): a modifier fixed to its head.
fn fixed_modifiers(sentences: &[Sentence]) -> HashMap<String, String> {
    let mut count: HashMap<&str, usize> = HashMap::new();
    let mut before: HashMap<&str, HashMap<&str, usize>> = HashMap::new();
    for s in sentences {
        let word = |i: usize| match s.items.get(i) {
            Some(Item::Word(t)) if !t.stop && !t.number => Some(t.key.as_str()),
            _ => None,
        };
        for i in 0..s.items.len() {
            let Some(k) = word(i) else { continue };
            *count.entry(k).or_insert(0) += 1;
            if let Some(b) = i.checked_sub(1).and_then(word) {
                *before.entry(k).or_default().entry(b).or_insert(0) += 1;
            }
        }
    }
    before
        .into_iter()
        .filter_map(|(k, ns)| {
            let n = count.get(k).copied().unwrap_or(0);
            let (m, c) = ns.into_iter().max_by_key(|x| x.1)?;
            (n >= 2 && c == n && m != k).then(|| (k.to_owned(), m.to_owned()))
        })
        .collect()
}

/// Unit counts of each English item, of each Turkish item, and of each
/// pair together (see [`count_together`]).
type Together<A, B> = (HashMap<A, usize>, HashMap<B, usize>, HashMap<(A, B), usize>);

/// Counts over units of what each side holds (a set a side): in how many
/// units each item occurs, and each English–Turkish pair together. Pairs
/// are not counted in a unit of more than 10,000 of them (a run-on
/// "sentence" of a badly split file).
fn count_together<A, B>(units: impl Iterator<Item = (HashSet<A>, HashSet<B>)>) -> Together<A, B>
where
    A: Clone + Eq + std::hash::Hash,
    B: Clone + Eq + std::hash::Hash,
{
    let mut df_a: HashMap<A, usize> = HashMap::new();
    let mut df_b: HashMap<B, usize> = HashMap::new();
    let mut both: HashMap<(A, B), usize> = HashMap::new();
    for (e, t) in units {
        for k in &e {
            *df_a.entry(k.clone()).or_insert(0) += 1;
        }
        for k in &t {
            *df_b.entry(k.clone()).or_insert(0) += 1;
        }
        if e.len() * t.len() > 10_000 {
            continue;
        }
        for a in &e {
            for b in &t {
                *both.entry((a.clone(), b.clone())).or_insert(0) += 1;
            }
        }
    }
    (df_a, df_b, both)
}

impl WordDice {
    /// Dice of two words that co-occur in two units or more (co-occurring
    /// once is no evidence).
    fn link(&self, en: &str, tr: &str) -> f64 {
        let k = self
            .both
            .get(&(en.to_owned(), tr.to_owned()))
            .copied()
            .unwrap_or(0);
        if k < 2 {
            return 0.0;
        }
        let fe = self.df_en.get(en).copied().unwrap_or(0);
        let ft = self.df_tr.get(tr).copied().unwrap_or(0);
        2.0 * k as f64 / (fe + ft).max(1) as f64
    }
}

/// How strongly two words translate each other, `0..=1`; `loan` is the
/// English word's [`loan_key`], computed once per word of a sentence.
#[allow(clippy::too_many_arguments)]
fn word_link(
    e: &Token,
    loan: &str,
    e_text: &str,
    t: &Token,
    t_text: &str,
    priors: &Priors,
    ibm: &Ibm,
    dice: &WordDice,
) -> f64 {
    if ordinal_of(&e.lower, t) {
        return 1.0;
    }
    if e.number || t.number {
        return if e.number && t.number && e.key == t.key {
            1.0
        } else {
            0.0
        };
    }
    let t_fold = super::token::fold_key(&t.lower);
    // A capitalized word keeps its letters in its key, as names do (Tea
    // Enterprises); to the word lists it is the word it spells, plural and
    // all: enterprise ↔ işletme links Enterprises ↔ İşletmeleri as surely
    // as the lower-case word.
    let mut by_key = prior_prefix(priors, &e.key, &t_fold, 3);
    if e.common_key() != e.key {
        by_key = by_key.max(prior_prefix(priors, e.common_key(), &t_fold, 3));
    }
    if by_key >= 1.0 {
        // A Turkish word the lists give as another English word's
        // translation, reached by a suffix (tehlikeli, hazardous, from
        // tehlike, hazard), is a derivation: a shade below the word's own
        // translation, so that where both are in one sentence each English
        // word takes its own (hazard class ↔ tehlike sınıfı beside
        // hazardous ↔ tehlikeli).
        let own = |k: &str| priors.word_pairs.contains(&(k.to_owned(), t_fold.clone()));
        if priors.tr_words.contains(&t_fold) && !own(&e.key) && !own(e.common_key()) {
            return STEM_LINK;
        }
        // So is an inflected form of another listed word that the English
        // word's translation only derives (fidanlığında, of fidanlık,
        // nursery, derives from fidan, seedling): forest nurseries ↔ orman
        // fidanlığında beside seedlings ↔ fidan in one sentence.
        if !inflects_own(priors, e, &t_fold) && inflects_listed(priors, &t_fold) {
            return STEM_LINK;
        }
        return 1.0;
    }
    // Through the Snowball stem only, the English word may be another
    // derivation of the listed one (vaccine and vaccination are both
    // vaccin; dating is no date): a shade below a link by the word itself,
    // so that where both words are in one sentence each takes its own
    // translation (date ↔ tarihini, radiocarbon dating ↔ radyokarbon
    // tarihlendirmesi).
    // A Snowball stem of three letters or fewer is the word's stem only
    // when the word reads as it inflected (or is keyed so): aynı, same, is
    // no form of ay, month, though the stemmer cuts it to ay.
    let stem_reads = t.stem.chars().count() > 3 || t.key == t.stem || inflects(&t.stem, &t_fold);
    // Only a stem that keeps half the word or more: Snowball cuts
    // lawfulness to law, a derivation too far for the same translation.
    let stem_keeps = 2 * e.stem.chars().count() >= e.lower.chars().count();
    let by_stem = stem_keeps
        && ((stem_reads && priors.words.contains(&(e.stem.clone(), t.stem.clone())))
            || prior_prefix(priors, &e.stem, &t_fold, 3) >= 1.0);
    if by_stem {
        return STEM_LINK;
    }
    let prefix = if stem_keeps {
        by_key.max(prior_prefix(priors, &e.stem, &t_fold, 3))
    } else {
        by_key
    };
    // A past participle and the passive participle of the listed verb
    // (treated ↔ arıtılmış, through treat ↔ arıt).
    let participle = participle_bases(&e.lower).iter().any(|b| {
        priors.by_en.get(b.as_str()).is_some_and(|forms| {
            forms
                .iter()
                .any(|f| !f.contains(' ') && passive_participle(f, &t_fold))
        })
    });
    if participle {
        return 1.0;
    }
    // A listed verbal noun's passive (processing ↔ işleme, so işlenmesi;
    // protection ↔ koruma, so korunması): Turkish names an action done to
    // something by the passive noun (kişisel verilerin işlenmesi,
    // processing of personal data).
    let passive_noun = priors.by_en.get(&e.key).is_some_and(|forms| {
        forms
            .iter()
            .any(|f| !f.contains(' ') && passive_verbal_noun(f, &t_fold))
    });
    if passive_noun {
        return 1.0;
    }
    if e.key == t.key && e.letters >= 2 {
        return 1.0;
    }
    let e_cut = e_text.get(e.start..e.cut_end).unwrap_or("");
    let t_cut = t_text.get(t.start..t.cut_end).unwrap_or("");
    if e.caps != Caps::Lower && t.caps != Caps::Lower && name_key(e_cut) == name_key(t_cut) {
        return 1.0;
    }
    // Statistical links stay below dictionary-certain ones, so that word
    // linking settles ties in favour of the dictionary.
    let best = (0.95 * ibm.link(&e.key, &t.key).max(dice.link(&e.key, &t.key))).max(prefix);
    best.max(cognate_with(e, loan, t))
        .max(base_of_translation(priors, e, t, &t_fold))
}

/// How surely a Turkish noun translates an English word whose listed
/// translation is derived from it (forestry ↔ ormancılık, of orman, so
/// Orman Genel Müdürlüğü, General Directorate of Forestry; regional
/// directorate of forestry ↔ orman bölge müdürlüğü): Turkish names an
/// activity by its object in compounds. Evidence, below a listed
/// translation ([`BASE_OF_TRANSLATION`]); the Turkish word is its base of
/// four letters or more, inflected or bare.
fn base_of_translation(priors: &Priors, e: &Token, t: &Token, t_fold: &str) -> f64 {
    let base = super::token::fold_key(&t.key);
    if base.chars().count() < 4 || !inflects(&base, t_fold) || !priors.tr_words.contains(&base) {
        return 0.0;
    }
    let derived = [e.key.as_str(), e.common_key()].iter().any(|k| {
        priors
            .by_en
            .get(*k)
            .is_some_and(|forms| forms.iter().any(|f| !f.contains(' ') && derives(&base, f)))
    });
    if derived {
        BASE_OF_TRANSLATION
    } else {
        0.0
    }
}

/// How strongly a hyphenated English word (rock-cut, day-ahead,
/// coal-fired) links to a Turkish word through one of its parts: Turkish
/// writes such a modifier as the translation of one part, or of each part
/// word by word (kaya mezarı, gün öncesi piyasası, kömür santrali). A shade
/// below a link of the whole word, so that the whole word's translation
/// wins a tie. `parts` come from [`hyphen_parts`], once per word: a part
/// that is also a word of its own in the sentence (storage, beside
/// pumped-storage) leaves its translation to that word.
fn hyphen_part_link(parts: &[&str], t: &Token, priors: &Priors, ibm: &Ibm, dice: &WordDice) -> f64 {
    parts
        .iter()
        .map(|p| {
            if borrowed_part(p, t) {
                1.0
            } else {
                part_link(p, t, priors, ibm, dice)
            }
        })
        .fold(0.0, f64::max)
        * PART_LINK
}

/// Whether a hyphenated English word and a hyphenated Turkish word
/// translate each other part by part, in order (water-energy-food ↔
/// su-enerji-gıda, through water ↔ su, energy ↔ enerji, food ↔ gıda): the
/// parts are listed translations, borrowed or written alike, the last
/// Turkish part possibly inflected.
fn hyphen_pair_link(e: &Token, t: &Token, priors: &Priors) -> bool {
    const HYPHENS: [char; 3] = ['-', '\u{2010}', '\u{2011}'];
    let t_lower = crate::text::lowercase(&t.lower, Lang::Tr);
    let e_parts: Vec<&str> = e.lower.split(HYPHENS).collect();
    let t_parts: Vec<&str> = t_lower.split(HYPHENS).collect();
    e_parts.len() >= 2
        && e_parts.len() == t_parts.len()
        && e_parts.iter().zip(&t_parts).all(|(ep, tp)| {
            let t_fold = super::token::fold_key(tp);
            let key = term_key(ep, Lang::En);
            !ep.is_empty()
                && !tp.is_empty()
                && (super::token::fold_key(ep) == t_fold
                    || prior_prefix(priors, &key, &t_fold, 2) >= 1.0
                    || term_stems(ep, Lang::En)
                        .first()
                        .is_some_and(|stem| prior_prefix(priors, stem, &t_fold, 2) >= 1.0)
                    || super::token::fold_key(&loan_spelling(ep)) == t_fold)
        })
}

/// Whether the Turkish word `t` is an ordinal in digits (1. derece) that
/// the English word (lower case) writes out or with an ordinal ending
/// (first, 1st).
fn ordinal_of(english: &str, t: &Token) -> bool {
    t.is_ordinal()
        && super::token::english_ordinal(english)
            .is_some_and(|n| t.key.parse::<u32>().ok() == Some(n))
}

/// Whether the Turkish word `t` is the part `part` of a hyphenated English
/// word borrowed ([`loan_spelling`], four letters or more, bare or
/// inflected): lithium-ion ↔ lityum, iyon. Such a part needs no evidence
/// of its own, unlike a part's translation (see [`part_link`]).
fn borrowed_part(part: &str, t: &Token) -> bool {
    if ordinal_of(part, t) {
        return true;
    }
    let t_fold = super::token::fold_key(&t.lower);
    let loan = super::token::fold_key(&loan_spelling(part));
    let other = other_readings(&loan);
    std::iter::once(loan.as_str())
        .chain(other.iter().flatten().map(String::as_str))
        .any(|l| l.chars().count() >= 4 && inflects(l, &t_fold))
}

/// The other ways Turkish may spell a loan (see [`loan_spelling`]): its
/// iy as the glide alone ([`glide_after_consonant`]), where it has one,
/// and an agent noun's ending ([`agent_noun`]).
fn other_readings(loan: &str) -> [Option<String>; 2] {
    [
        loan.contains("iy").then(|| glide_after_consonant(loan)),
        agent_noun(loan),
    ]
}

/// The parts of a hyphenated English word that may carry its links (see
/// [`hyphen_part_link`]): two letters or more, and not a word of its own
/// in the sentence (`own`). Empty for a word without a hyphen.
fn hyphen_parts<'a>(e: &'a Token, own: &HashSet<&str>) -> Vec<&'a str> {
    let parts: Vec<&str> = e.lower.split(['-', '\u{2010}', '\u{2011}']).collect();
    if parts.len() < 2 || parts.iter().any(|p| p.is_empty()) {
        return Vec::new();
    }
    parts
        .into_iter()
        .filter(|p| p.chars().count() >= 2 && !own.contains(term_key(p, Lang::En).as_str()))
        .collect()
}

/// How surely the Turkish word `t` is the English word `e` borrowed, in
/// `0..=1`: 1 when `t` is the English word in Turkish spelling
/// ([`loan_spelling`]) of four letters or more, bare or inflected
/// (stratigraphy ↔ stratigrafisi, zone ↔ zonlarından); else, for words of
/// five letters or more, their [`similar`] score from 0.8 up, scaled to
/// `0.4..=1`.
fn cognate(e: &Token, t: &Token) -> f64 {
    cognate_with(e, &loan_key(e), t)
}

/// The folded [`loan_spelling`] of an English word.
fn loan_key(e: &Token) -> String {
    // A plural is borrowed by its singular (pesticides → pestisit).
    let singular = if e.plural_s() {
        e.key.as_str()
    } else {
        e.lower.as_str()
    };
    super::token::fold_key(&loan_spelling(singular))
}

/// [`cognate`], given the English word's [`loan_key`].
fn cognate_with(e: &Token, loan: &str, t: &Token) -> f64 {
    if e.number || t.number {
        return 0.0;
    }
    let t_fold = super::token::fold_key(&t.lower);
    let other = other_readings(loan);
    let loans = std::iter::once(loan).chain(other.iter().flatten().map(String::as_str));
    if loans
        .clone()
        .any(|l| l.chars().count() >= 4 && inflects(l, &t_fold))
    {
        return 1.0;
    }
    if e.letters < 5 || t.letters < 5 {
        return 0.0;
    }
    let mut s = similar(&e.lower, &t.lower).max(similar(&e.key, &t.key));
    // The loan spelling only when it differs from the word as written.
    if loan != e.lower {
        for l in loans {
            s = s.max(similar(l, &t_fold));
        }
    }
    if s >= 0.8 {
        (0.4 + (s - 0.8) * 3.0).min(1.0)
    } else {
        0.0
    }
}

/// A loan spelling with its i before a vowel after a consonant written as
/// the glide alone, as Turkish often borrows it (lithium → lityum, sodium
/// → sodyum, stadium → stadyum, beside biometric → biyometrik): the other
/// reading of [`loan_spelling`]'s iy.
fn glide_after_consonant(loan: &str) -> String {
    let vowel = |c: char| "aeıioöuü".contains(c);
    let chars: Vec<char> = loan.chars().collect();
    let mut out = String::with_capacity(loan.len());
    for (i, &c) in chars.iter().enumerate() {
        let after_consonant = i > 0
            && chars
                .get(i - 1)
                .is_some_and(|&p| p.is_alphabetic() && !vowel(p));
        if c == 'i' && after_consonant && chars.get(i + 1) == Some(&'y') {
            continue;
        }
        out.push(c);
    }
    out
}

/// A loan spelling's agent noun in -tor, -sor or -ter as Turkish writes it
/// after French -eur: -tör, -sör (sector → sektör, compressor →
/// kompresör, inverter → invertör); `None` for other words.
fn agent_noun(loan: &str) -> Option<String> {
    ["tor", "sor", "ter"].iter().find_map(|end| {
        let stem = loan.strip_suffix(end)?;
        (stem.chars().count() >= 3).then(|| format!("{stem}{}ör", &end[..1]))
    })
}

/// The English word `word` (lower case) as Turkish spells a loan of it:
/// the international vocabulary of science and technology is borrowed by
/// sound (photovoltaic → fotovoltaik, stratigraphy → stratigrafi,
/// conservation → konservasyon, pesticide → pestisit, zone → zon, season
/// → sezon). Letters outside ASCII are kept.
fn loan_spelling(word: &str) -> String {
    // A past participle comes through French -é as a final -e
    // (accredited → akredite, isolated → izole, calibrated → kalibre).
    let participle = word
        .strip_suffix("ated")
        .or_else(|| word.strip_suffix("ed").filter(|b| b.ends_with("it")));
    if let Some(base) = participle.filter(|b| b.chars().count() >= 4) {
        return format!("{}e", loan_spelling(base));
    }
    let chars: Vec<char> = word.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let front = |c: Option<char>| matches!(c, Some('e' | 'i' | 'y'));
    let vowel = |c: Option<char>| matches!(c, Some('a' | 'e' | 'i' | 'o' | 'u' | 'y'));
    let mut out = String::with_capacity(word.len() + 2);
    let mut i = 0;
    while let Some(c) = at(i) {
        let next = at(i + 1);
        let rest: String = chars.get(i..).unwrap_or(&[]).iter().collect();
        let (written, used) = if rest.starts_with("tion") || rest.starts_with("sion") {
            ("syon", 4)
        } else if rest == "ity" {
            ("ite", 3)
        } else if rest == "ical" && i > 0 {
            // Turkish borrows the adjective without -al (biological →
            // biyolojik, political → politik).
            ("ik", 4)
        } else if rest == "ism" && i > 0 {
            ("izm", 3)
        } else {
            match (c, next) {
                ('p', Some('h')) => ("f", 2),
                ('t', Some('h')) => ("t", 2),
                ('c', Some('h' | 'k')) => ("k", 2),
                ('s', Some('h')) => ("ş", 2),
                ('q', Some('u')) => ("kv", 2),
                ('o', Some('u')) | ('o', Some('o')) => ("u", 2),
                ('e', Some('a')) => ("e", 2),
                // An s between vowels is voiced (isolation → izolasyon,
                // season → sezon).
                ('s', n) if i > 0 && vowel(at(i - 1)) && vowel(n) => ("z", 1),
                ('e', Some('e')) => ("i", 2),
                ('x', _) => ("ks", 1),
                // A doubled c: ks before e, i, y (access → akses),
                // else one k (accredit → akredit).
                ('c', Some('c')) if front(at(i + 2)) => ("ks", 2),
                ('c', Some('c')) => ("k", 2),
                ('c', n) if front(n) => ("s", 1),
                ('c', _) => ("k", 1),
                ('g', n) if front(n) => ("j", 1),
                ('w', _) => ("v", 1),
                ('y', n) if !vowel(n) => ("i", 1),
                // A y keeps i from the vowel after it (biometric →
                // biyometrik, diabetes → diyabet).
                ('i', Some(n @ ('a' | 'e' | 'o' | 'u'))) if i + 2 < chars.len() => {
                    out.push_str("iy");
                    out.push(n);
                    i += 2;
                    continue;
                }
                // A final -e after a consonant is silent (zone, pesticide).
                ('e', None) if i > 0 && !vowel(at(i - 1)) => ("", 1),
                _ => ("", 0),
            }
        };
        if used > 0 {
            out.push_str(written);
            i += used;
            continue;
        }
        // A doubled consonant is written once (photogrammetry).
        if next == Some(c) && !vowel(Some(c)) {
            i += 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    // A final voiced d is written t (hybrid → hibrit, pesticide → pestisit).
    if out.ends_with('d') {
        out.pop();
        out.push('t');
    }
    out
}

/// How surely the prior glossary translates the English word `en` (key or
/// stem) by a Turkish form of at least `min_chars` letters that the folded
/// Turkish word `t_fold` inflects (aşısının for aşı, elektriği for
/// elektrik: 1) or, for a form of four letters or more, derives by a
/// nominal suffix (lisanslı for lisans, licence: [`DERIVED_LINK`]). A
/// verbal derivation is another word: su (water) does not link sulama
/// (irrigation) nor Suriye, and kâr (profit) does not link karar
/// (decision).
fn prior_prefix(priors: &Priors, en: &str, t_fold: &str, min_chars: usize) -> f64 {
    let Some(forms) = priors.by_en.get(en) else {
        return 0.0;
    };
    let mut best: f64 = 0.0;
    for f in forms {
        let n = f.chars().count();
        if n < min_chars {
            continue;
        }
        if inflects(f, t_fold) || super::citation::inflects_elided(f, t_fold) {
            return 1.0;
        }
        if n >= 4 && derives(f, t_fold) {
            best = best.max(DERIVED_LINK);
        }
    }
    best
}

/// Whether the English word's listed translations (by its key or its
/// common key) include one that the folded Turkish word inflects, not
/// only derives.
fn inflects_own(priors: &Priors, e: &Token, t_fold: &str) -> bool {
    [e.key.as_str(), e.common_key()].iter().any(|k| {
        priors.by_en.get(*k).is_some_and(|forms| {
            forms
                .iter()
                .any(|f| inflects(f, t_fold) || super::citation::inflects_elided(f, t_fold))
        })
    })
}

/// Whether the folded Turkish word inflects a one-word Turkish form of the
/// word lists of five letters or more, its last consonant softened or not
/// (fidanlığında for fidanlık).
fn inflects_listed(priors: &Priors, t_fold: &str) -> bool {
    let chars: Vec<char> = t_fold.chars().collect();
    (5..=chars.len()).rev().any(|n| {
        let prefix: String = chars.iter().take(n).collect();
        std::iter::once(prefix.clone())
            .chain(crate::text::suffix::hardened(&prefix))
            .any(|form| {
                priors.tr_words.contains(&form)
                    && (inflects(&form, t_fold) || super::citation::inflects_elided(&form, t_fold))
            })
    })
}

/// Whether a general word list translates the English word by a Turkish
/// word that `t` inflects (tereddüdü for tereddüt, hesitancy): the Snowball
/// stems of a softened form and its headword differ.
fn general_inflects(priors: &Priors, e: &Token, t: &Token) -> bool {
    let t_fold = super::token::fold_key(&t.lower);
    [&e.key, &e.stem].iter().any(|k| {
        priors.general_by_en.get(k.as_str()).is_some_and(|forms| {
            forms
                .iter()
                .any(|f| inflects(f, &t_fold) || super::citation::inflects_elided(f, &t_fold))
        })
    })
}

/// How strongly one part of an English closed compound (water, of
/// wastewater) translates a Turkish word: dictionary pairs, or learned
/// links of the part where it occurs as a word of its own.
fn part_link(part: &str, t: &Token, priors: &Priors, ibm: &Ibm, dice: &WordDice) -> f64 {
    let key = term_key(part, Lang::En);
    let stems = term_stems(part, Lang::En);
    let Some(stem) = stems.first() else {
        return 0.0;
    };
    // Only a word of its own counts (secur of security is no part).
    if !dice.df_en.contains_key(&key) && !priors.en_words.contains(&key) {
        return 0.0;
    }
    if priors.words.contains(&(stem.clone(), t.stem.clone())) {
        return 1.0;
    }
    let t_fold = super::token::fold_key(&t.lower);
    let prefix = prior_prefix(priors, &key, &t_fold, 2).max(prior_prefix(priors, stem, &t_fold, 2));
    if prefix >= 1.0 {
        return 1.0;
    }
    ibm.link(&key, &t.key)
        .max(dice.link(&key, &t.key))
        .max(prefix)
}

/// Links an English word to every word of a Turkish phrase that a word
/// list gives as its translation (polio ↔ çocuk felci, fine ↔ para
/// cezası), where the phrase stands in the sentence: its words adjacent,
/// all but the last bare, the last bare or inflected. One-to-one linking
/// cannot link a word to two; this adds the links when the English word
/// has no certain link yet, or has one only inside the phrase (pottery ↔
/// çömlek within çanak çömlek), and no word of the phrase has one to
/// another English word that cannot pass to another occurrence of that
/// Turkish word. Weaker links of the English word give way.
fn phrase_links(
    w: &mut HashMap<(usize, usize), f64>,
    e_words: &[(usize, &Token)],
    t_items: &[Item],
    priors: &Priors,
) {
    if priors.phrases.is_empty() {
        return;
    }
    let folded = |i: usize| match t_items.get(i) {
        Some(Item::Word(t)) if !t.number => Some(super::token::fold_key(&t.lower)),
        _ => None,
    };
    for &(ei, e) in e_words {
        if e.number {
            continue;
        }
        // A certain link to one word of a listed phrase (pottery ↔ çömlek
        // inside çanak çömlek) grows to the whole phrase; one elsewhere
        // stands.
        let certain: Vec<usize> = w
            .iter()
            .filter(|(&(a, _), &x)| a == ei && x >= CERTAIN)
            .map(|(&(_, b), _)| b)
            .collect();
        let Some(found) = [&e.key, &e.stem]
            .iter()
            .filter_map(|k| priors.phrases.get(k.as_str()))
            .flatten()
            .find_map(|phrase| {
                (0..t_items.len()).find_map(|start| {
                    let n = phrase.len();
                    let fits = phrase.iter().enumerate().all(|(k, word)| {
                        folded(start + k).is_some_and(|t| {
                            if k + 1 == n {
                                // A compound head also takes the plural
                                // before its marker (para cezaları).
                                inflects(word, &t)
                                    || compound_base(word).is_some_and(|b| inflects(b, &t))
                            } else {
                                t == *word
                            }
                        })
                    });
                    if !fits || !certain.iter().all(|j| (start..start + n).contains(j)) {
                        return None;
                    }
                    // A certain link of another English word to a word of
                    // the phrase passes to another occurrence of that
                    // Turkish word with no certain link (specific ↔ the
                    // belirli of belirli süreli, beside belirli bir iş):
                    // competitive linking broke that tie by word order.
                    let key = |j: usize| match t_items.get(j) {
                        Some(Item::Word(t)) => Some(t.key.as_str()),
                        _ => None,
                    };
                    let mut moves: Vec<((usize, usize), usize)> = Vec::new();
                    for (&(a, b), &x) in w.iter() {
                        if a == ei || x < CERTAIN || !(start..start + n).contains(&b) {
                            continue;
                        }
                        let free = (0..t_items.len()).find(|&j| {
                            !(start..start + n).contains(&j)
                                && key(j).is_some()
                                && key(j) == key(b)
                                && !moves.iter().any(|m| m.1 == j)
                                && !w.iter().any(|(&(_, c), &y)| c == j && y >= CERTAIN)
                        })?;
                        moves.push(((a, b), free));
                    }
                    Some((start..start + n, moves))
                })
            })
        else {
            continue;
        };
        let (found, moves) = found;
        for (old, j) in moves {
            if let Some(x) = w.remove(&old) {
                w.insert((old.0, j), x);
            }
        }
        w.retain(|&(a, _), _| a != ei);
        for j in found {
            w.insert((ei, j), 1.0);
        }
    }
}

/// The mirror of [`phrase_links`]: a Turkish word that a prior glossary or
/// word list gives as the translation of two or three English words
/// (Karadeniz ↔ Black Sea, santral ↔ power plant) links to all of them where they stand together in the
/// sentence, when it has no certain link yet and none of them has one to
/// another Turkish word.
fn en_phrase_links(
    w: &mut HashMap<(usize, usize), f64>,
    e_items: &[Item],
    t_words: &[(usize, &Token)],
    priors: &Priors,
) {
    if priors.en_phrases.is_empty() {
        return;
    }
    let key = |i: usize| match e_items.get(i) {
        Some(Item::Word(t)) if !t.number => Some(t.key.as_str()),
        _ => None,
    };
    for &(tj, t) in t_words {
        if t.number {
            continue;
        }
        // A Turkish word linked for certain keeps that link, unless the
        // link is to the phrase's own word (trafficking ↔ kaçakçılık, of
        // illicit trafficking ↔ kaçakçılık): the phrase then extends it.
        let certain: Vec<usize> = w
            .iter()
            .filter(|(&(_, b), &x)| b == tj && x >= CERTAIN)
            .map(|(&(a, _), _)| a)
            .collect();
        let t_fold = super::token::fold_key(&t.lower);
        let found = priors
            .en_phrases
            .iter()
            .filter(|(_, tr)| inflects(tr, &t_fold))
            .find_map(|(phrase, _)| {
                (0..e_items.len()).find_map(|start| {
                    let fits = phrase
                        .iter()
                        .enumerate()
                        .all(|(k, p)| key(start + k) == Some(p.as_str()));
                    let range = start..start + phrase.len();
                    let extends = certain.iter().all(|a| range.contains(a));
                    let taken = range.clone().any(|i| {
                        w.iter()
                            .any(|(&(a, b), &x)| a == i && b != tj && x >= CERTAIN)
                    });
                    // A modifier linked to the Turkish word right before
                    // keeps that link (solar power plant ↔ güneş enerjisi
                    // santrali, power ↔ enerji learnt): the Turkish word
                    // takes the rest of the phrase.
                    let head = (start + phrase.len()).checked_sub(1);
                    let words: Vec<usize> = range
                        .filter(|&i| {
                            Some(i) == head
                                || !w.iter().any(|(&(a, b), &x)| {
                                    a == i && b + 1 == tj && x >= LINK_EVIDENCE
                                })
                        })
                        .collect();
                    (fits && extends && !taken).then_some(words)
                })
            });
        if let Some(words) = found {
            w.retain(|&(a, b), _| b != tj && !words.contains(&a));
            for i in words {
                w.insert((i, tj), 1.0);
            }
        }
    }
}

/// Two adjacent words of one side that the corpus shows translated by one
/// word of the other (stink bug ↔ kokarca, always together in English,
/// each seen in every unit with kokarcaya, kokarcanın): competitive
/// linking gives the word to one of the two, and the other takes a weaker
/// partner by chance (bug ↔ mücadele, the fight against the pest in two of
/// its three units). A word whose statistical link to the word its
/// neighbour took is stronger than its own link joins that link instead.
/// So does, at half strength or more, a modifier with no link of its own
/// (under [`LINK_EVIDENCE`]) that always stands before its head in the
/// corpus (net of net metering ↔ mahsuplaşma), when the head's link is
/// statistical. Dictionary links stay as they are.
fn collocation_links(
    w: &mut HashMap<(usize, usize), f64>,
    strength: &HashMap<(usize, usize), f64>,
    e_words: &[(usize, &Token)],
    t_words: &[(usize, &Token)],
    fixed: &(HashMap<String, String>, HashMap<String, String>),
) {
    const JOIN: f64 = 0.9;
    let adjacent = |words: &[(usize, &Token)], i: usize| -> Vec<usize> {
        words
            .iter()
            .position(|x| x.0 == i)
            .map(|p| {
                [p.checked_sub(1), Some(p + 1)]
                    .into_iter()
                    .flatten()
                    .filter_map(|q| words.get(q).map(|x| x.0))
                    .filter(|&j| j + 1 == i || i + 1 == j)
                    .collect()
            })
            .unwrap_or_default()
    };
    for english in [true, false] {
        let mine = if english { e_words } else { t_words };
        // A link (English, Turkish) as (this side's word, the other's).
        let split = |k: (usize, usize)| if english { k } else { (k.1, k.0) };
        let join = |a: usize, b: usize| if english { (a, b) } else { (b, a) };
        // A word's strongest link so far.
        let own_link = |w: &HashMap<(usize, usize), f64>, i: usize| {
            w.iter()
                .filter(|(&k, _)| split(k).0 == i)
                .map(|(_, &x)| x)
                .fold(0.0, f64::max)
        };
        // Each word's best join: (word, other word, strength).
        let mut joins: Vec<(usize, usize, f64)> = Vec::new();
        for &(i, _) in mine {
            let own = own_link(w, i);
            if own >= CERTAIN {
                continue;
            }
            let mut best: Option<(usize, f64)> = None;
            for n in adjacent(mine, i) {
                for (&k, &y) in w.iter() {
                    let (m, j) = split(k);
                    let x = strength.get(&join(i, j)).copied().unwrap_or(0.0);
                    let better = best.map_or(true, |(bj, bx)| x > bx || (x == bx && j < bj));
                    if m == n && (JOIN..CERTAIN).contains(&x) && x > own && x >= y && better {
                        best = Some((j, x));
                    }
                }
            }
            if let Some((j, x)) = best {
                joins.push((i, j, x));
            }
        }
        for (i, j, x) in joins {
            w.retain(|&k, _| split(k).0 != i);
            w.insert(join(i, j), x);
        }
        // A modifier that always stands before its head in the corpus
        // (net of net metering) shares the head's statistical link, which
        // its own association, spread over its other uses (net zero),
        // understates: the corpus cannot tell the two words apart, and the
        // other language may say both in one word (mahsuplaşma). Only a
        // word before: one after is the head's head or a postposition
        // (kilovatsaat başına, per kilowatt-hour). A word with a link of
        // its own keeps it: alım of alım garantisi links tariff, beside
        // garantisi ↔ feed-in.
        let fixed = if english { &fixed.0 } else { &fixed.1 };
        let mut joins: Vec<(usize, usize, f64)> = Vec::new();
        for &(i, t) in mine {
            let own = own_link(w, i);
            let Some(&(n, head)) = mine.iter().find(|x| x.0 == i + 1) else {
                continue;
            };
            if fixed.get(&head.key) != Some(&t.key) {
                continue;
            }
            // The head's strongest partner, the first on a tie (the map's
            // order is no order).
            let mut best: Option<(usize, f64)> = None;
            for (&k, &y) in w.iter() {
                let (m, j) = split(k);
                let x = strength.get(&join(i, j)).copied().unwrap_or(0.0).min(y);
                let better = best.map_or(true, |(bj, bx)| x > bx || (x == bx && j < bj));
                if m == n && y < CERTAIN && x >= 0.5 && own < LINK_EVIDENCE && better {
                    best = Some((j, x));
                }
            }
            if let Some((j, x)) = best {
                joins.push((i, j, x));
            }
        }
        for (i, j, x) in joins {
            w.retain(|&k, _| split(k).0 != i);
            w.insert(join(i, j), x);
        }
    }
}

/// The mirror of [`compound_links`] for a Turkish closed compound: two
/// adjacent English words both link to one Turkish word written as their
/// two translations run together, the second one inflected (natural gas ↔
/// doğalgazın, through natural ↔ doğal and gas ↔ gaz; carbon dioxide ↔
/// karbondioksit, two loans: see [`loan_spelling`]), when neither English
/// word has a certain link to another word, or such a link can pass to
/// another occurrence of that word with no certain link. Weaker links of
/// the three words give way.
fn closed_compound_links(
    w: &mut HashMap<(usize, usize), f64>,
    e_words: &[(usize, &Token)],
    t_words: &[(usize, &Token)],
    priors: &Priors,
) {
    let forms = |e: &Token| -> Vec<String> {
        let mut f: Vec<String> = priors.by_en.get(&e.key).cloned().unwrap_or_default();
        f.push(super::token::fold_key(&loan_spelling(&e.lower)));
        f.retain(|x| x.chars().count() >= 3 && !x.contains(' '));
        f
    };
    for pair in e_words.windows(2) {
        let [(i1, e1), (i2, e2)] = pair else {
            continue;
        };
        let (i1, i2) = (*i1, *i2);
        if i2 != i1 + 1 || e1.number || e2.number || e1.stop || e2.stop {
            continue;
        }
        let (modifiers, heads) = (forms(e1), forms(e2));
        // A certain link of one of the two words to another Turkish word
        // passes to another occurrence of that English word with no
        // certain link (carbon of carbon dioxide linked to the karbon of
        // karbon yutağı, the carbon of carbon sink left to chance):
        // competitive linking broke that tie by the order of the words.
        let twin = |w: &HashMap<(usize, usize), f64>, i: usize, e: &Token, tj: usize| {
            let blocking: Vec<(usize, usize)> = w
                .iter()
                .filter(|(&(a, b), &x)| a == i && b != tj && x >= CERTAIN)
                .map(|(&k, _)| k)
                .collect();
            if blocking.is_empty() {
                return Some(None);
            }
            let free = e_words.iter().find(|(j, t)| {
                *j != i1
                    && *j != i2
                    && t.key == e.key
                    && !w.iter().any(|(&(a, _), &x)| a == *j && x >= CERTAIN)
            });
            match (blocking.as_slice(), free) {
                ([k], Some(&(j, _))) => Some(Some((*k, j))),
                _ => None,
            }
        };
        let found = t_words.iter().find_map(|(tj, t)| {
            let t_fold = super::token::fold_key(&t.lower);
            let spelled = !t.number
                && modifiers.iter().any(|m| {
                    t_fold.strip_prefix(m.as_str()).is_some_and(|rest| {
                        rest.chars().count() >= 3 && heads.iter().any(|h| inflects(h, rest))
                    })
                });
            if !spelled {
                return None;
            }
            let moves = [twin(w, i1, e1, *tj)?, twin(w, i2, e2, *tj)?];
            Some((*tj, moves))
        });
        if let Some((tj, moves)) = found {
            for (old, j) in moves.into_iter().flatten() {
                if let Some(x) = w.remove(&old) {
                    w.retain(|&(a, b), _| a != j && b != old.1);
                    w.insert((j, old.1), x);
                }
            }
            w.retain(|&(a, b), x| *x >= CERTAIN || !(a == i1 || a == i2 || b == tj));
            w.insert((i1, tj), 1.0);
            w.insert((i2, tj), 1.0);
        }
    }
}

/// The ways to cut an English word into two parts of three letters or more
/// (wastewater → waste + water; waste-water at its hyphen).
fn compound_parts(word: &str) -> Vec<(&str, &str)> {
    let mut hyphen = word.split(['-', '\u{2010}', '\u{2011}']);
    if let (Some(a), Some(b), None) = (hyphen.next(), hyphen.next(), hyphen.next()) {
        return if a.chars().count() >= 3 && b.chars().count() >= 3 {
            vec![(a, b)]
        } else {
            Vec::new()
        };
    }
    if !word.chars().all(|c| c.is_ascii_lowercase()) {
        return Vec::new();
    }
    (3..word.len().saturating_sub(2))
        .filter_map(|i| Some((word.get(..i)?, word.get(i..)?)))
        .collect()
}

/// A closed compound the dictionaries lack, written as two Turkish words:
/// one part spelled as the first or second word (a loan), the other part
/// translating the other word through the dictionaries
/// (papillomavirus ↔ papilloma virüsü, through virus ↔ virüs), or the two
/// Turkish words a noun compound one of which a part translates for
/// certain, the other part an English word of its own (watchtower ↔
/// gözetleme kulesi, through tower ↔ kule). The English
/// word links to both at [`PART_LINK`] when it has no link that is
/// evidence and neither Turkish word is linked to another word as
/// evidence: the split is the evidence.
fn spelled_compound_links(
    w: &HashMap<(usize, usize), f64>,
    e_words: &[(usize, &Token)],
    t_items: &[Item],
    priors: &Priors,
    ibm: &Ibm,
    dice: &WordDice,
) -> Vec<((usize, usize), f64)> {
    let word = |j: usize| match t_items.get(j) {
        Some(Item::Word(t)) if !t.stop && !t.number && t.caps != Caps::All => Some(t),
        _ => None,
    };
    let free_t = |j: usize, ei: usize| {
        !w.iter()
            .any(|(&(i, k), &x)| k == j && i != ei && x >= LINK_EVIDENCE)
    };
    let mut out = Vec::new();
    for &(ei, e) in e_words {
        if e.number || e.caps == Caps::All || e.letters < 8 {
            continue;
        }
        if w.iter().any(|(&(i, _), &x)| i == ei && x >= LINK_EVIDENCE) {
            continue;
        }
        let parts = compound_parts(&e.lower);
        if parts.is_empty() {
            continue;
        }
        // Each part as written and in its loan spelling, folded, once per
        // word rather than once per Turkish word.
        let forms = |part: &str| -> Vec<String> {
            [part.to_string(), loan_spelling(part)]
                .iter()
                .map(|f| super::token::fold_key(f))
                .filter(|f| f.chars().count() >= 4)
                .collect()
        };
        let split: Vec<(&str, &str, Vec<String>, Vec<String>)> = parts
            .iter()
            .map(|&(m, h)| (m, h, forms(m), forms(h)))
            .collect();
        let spelled = |forms: &[String], t: &Token| {
            let t_fold = super::token::fold_key(&t.lower);
            forms.iter().any(|f| inflects(f, &t_fold))
        };
        let found = (0..t_items.len().saturating_sub(1)).find(|&j| {
            let (Some(a), Some(b)) = (word(j), word(j + 1)) else {
                return false;
            };
            // Or a noun compound (its head with the compound marker) one
            // of whose words a part translates for certain, the other part
            // an English word of its own: it names what the other Turkish
            // word names (watchtower ↔ gözetleme kulesi, through tower ↔
            // kule; firefighter ↔ yangın işçisi, through fire ↔ yangın).
            let compound = super::candidates::possessive(&b.lower);
            let own_word = |part: &str| {
                let key = term_key(part, Lang::En);
                priors.en_words.contains(&key) || dice.df_en.contains_key(&key)
            };
            free_t(j, ei)
                && free_t(j + 1, ei)
                && split.iter().any(|(modifier, head, m_forms, h_forms)| {
                    let m_link = part_link(modifier, a, priors, ibm, dice);
                    let h_link = part_link(head, b, priors, ibm, dice);
                    (spelled(m_forms, a) && h_link >= CERTAIN)
                        || (spelled(h_forms, b) && m_link >= CERTAIN)
                        || (compound
                            && own_word(modifier)
                            && own_word(head)
                            && (h_link >= CERTAIN || m_link >= CERTAIN))
                })
        });
        if let Some(j) = found {
            out.push(((ei, j), PART_LINK));
            out.push(((ei, j + 1), PART_LINK));
        }
    }
    out
}

/// Closed compounds (Melamed's one-to-one linking extended to one-to-two):
/// an English word linked to one Turkish word also takes the unlinked
/// Turkish word next to it when the word cuts into two parts that line up
/// with the two Turkish words in order (modifier before head, as in both
/// languages: wastewater ↔ atık su) and the part left for the unlinked
/// word translates it (water ↔ su). Returns the links to add, at the strength of the
/// link they extend.
#[allow(clippy::too_many_arguments)]
fn compound_links(
    w: &HashMap<(usize, usize), f64>,
    e_items: &[Item],
    t_items: &[Item],
    priors: &Priors,
    ibm: &Ibm,
    dice: &WordDice,
) -> Vec<((usize, usize), f64)> {
    let word = |items: &[Item], i: usize| -> Option<Token> {
        match items.get(i) {
            Some(Item::Word(t)) if !t.stop && (!t.number || t.is_ordinal()) => Some(t.clone()),
            _ => None,
        }
    };
    let mut out = Vec::new();
    let mut links: Vec<(&(usize, usize), &f64)> = w.iter().collect();
    links.sort_by_key(|(k, _)| **k);
    for (&(ei, ti), &x) in links {
        let (Some(e), Some(_)) = (word(e_items, ei), word(t_items, ti)) else {
            continue;
        };
        if e.caps == Caps::All || (e.caps == Caps::Initial && !e.initial) {
            continue;
        }
        let parts: Vec<(&str, &str)> = compound_parts(&e.lower)
            .into_iter()
            .filter(|(a, b)| {
                let stem = |p: &str| term_stems(p, Lang::En).into_iter().next();
                stem(a).as_ref() != Some(&e.stem) && stem(b).as_ref() != Some(&e.stem)
            })
            .collect();
        // The English word's loan written before its Turkish translation
        // as the modifier of a compound (site ↔ sit alanı, through site ↔
        // alan): Turkish names the thing by the borrowed word and a
        // generic head.
        let loan = loan_key(&e);
        let loan_before = ti
            .checked_sub(1)
            .and_then(|o| word(t_items, o).map(|n| (o, n)))
            .filter(|(o, n)| {
                loan.chars().count() >= 3
                    && super::token::fold_key(&n.lower) == loan
                    && n.caps == Caps::Lower
                    && !w.iter().any(|(&(_, j), &y)| j == *o && y >= LINK_EVIDENCE)
            });
        if let Some((o, _)) = loan_before {
            if !out.iter().any(|((_, q), _)| *q == o) {
                out.push(((ei, o), x));
            }
            continue;
        }
        if parts.is_empty() {
            continue;
        }
        // The other Turkish word: after the linked one (which is then the
        // modifier) or before it (the linked one is then the head).
        for (other, linked_is_modifier) in [(ti + 1, true), (ti.wrapping_sub(1), false)] {
            // A Turkish word already linked counts as taken only when its
            // link is evidence (Model 1 links every leftover word to
            // something, however weakly).
            let strength = w
                .iter()
                .filter(|((_, j), _)| *j == other)
                .map(|(_, &y)| y)
                .fold(0.0, f64::max);
            if strength >= LINK_EVIDENCE || out.iter().any(|((_, o), _)| *o == other) {
                continue;
            }
            let Some(n) = word(t_items, other) else {
                continue;
            };
            if n.caps == Caps::All || (n.caps == Caps::Initial && !n.initial) {
                continue;
            }
            let hyphenated = e.lower.contains(['-', '\u{2010}', '\u{2011}']);
            let fits = parts.iter().any(|(modifier, head)| {
                let for_other = if linked_is_modifier { head } else { modifier };
                (hyphenated && borrowed_part(for_other, &n))
                    || part_link(for_other, &n, priors, ibm, dice) >= LINK_EVIDENCE
            });
            if fits {
                out.push(((ei, other), x));
                break;
            }
        }
    }
    out
}

/// The link that elimination gives inside a candidate pair of two or more
/// words a side whose words all link but one on each side, and those two
/// link to nothing else in the sentence (building permit ↔ yapı ruhsatı
/// with building ↔ yapı known): the two leftover words translate each
/// other — the unknown head or modifier of a term whose other words the
/// dictionary knows. The two words must hold the same place in their
/// terms, as both languages put modifiers before the head (English "X of
/// Y" read as "Y X"). Returns the two item indices.
fn eliminated_link(
    w: &HashMap<(usize, usize), f64>,
    e_items: &[Item],
    e_in: &[(usize, &Token)],
    t_in: &[(usize, &Token)],
    priors: &Priors,
    adjectival: &HashSet<String>,
) -> Option<Eliminated> {
    if e_in.len() < 2 || t_in.len() < 2 {
        return None;
    }
    // Both terms read as noun compounds (see below).
    let compound_pair = e_in.len() == t_in.len()
        && noun_compound_en(e_items, e_in, priors)
        && noun_compound_tr(t_in, adjectival);
    // A weak link between the two leftovers, which link nothing else, does
    // not stop elimination from pairing them: a cognate spelt a little
    // differently (necropolis ↔ Nekropolü), or a statistical link inside
    // two noun compounds (tea grower ↔ çay üreticisi). Elsewhere a weak
    // statistical link is mostly chance (Iraq call ↔ Irak sınıraşan).
    fn token<'a>(xs: &[(usize, &'a Token)], i: usize) -> Option<&'a Token> {
        xs.iter().find(|x| x.0 == i).map(|x| x.1)
    }
    let weak_pair = |i: usize, j: usize| {
        w.get(&(i, j)).is_some_and(|&x| x < ELIMINATED_LINK)
            && (compound_pair
                || token(e_in, i)
                    .zip(token(t_in, j))
                    .is_some_and(|(e, t)| cognate(e, t) > 0.0))
            && w.iter()
                .filter(|(&(a, b), &x)| (a == i || b == j) && x >= LINK_EVIDENCE)
                .count()
                == 1
    };
    let linked = |i: usize, j: usize| {
        w.get(&(i, j)).is_some_and(|&x| x >= LINK_EVIDENCE) && !weak_pair(i, j)
    };
    let mut e_left = e_in
        .iter()
        .filter(|(i, _)| !t_in.iter().any(|(j, _)| linked(*i, *j)));
    let mut t_left = t_in
        .iter()
        .filter(|(j, _)| !e_in.iter().any(|(i, _)| linked(*i, *j)));
    let (Some(&(a, ta)), None) = (e_left.next(), e_left.next()) else {
        return None;
    };
    let (Some(&(b, tb)), second, None) = (t_left.next(), t_left.next(), t_left.next()) else {
        return None;
    };
    if let Some(&(c, tc)) = second {
        return compound_leftover(w, e_items, e_in, t_in, (a, ta), [(b, tb), (c, tc)], priors);
    }
    // Free in the whole sentence: a word linked elsewhere is no leftover.
    // The Turkish word unknown to the dictionaries: a known one whose
    // translations do not include the English word is another word (a verb
    // after the term). A known English word may still translate it, in a
    // sense its listed translations leave out (crop, listed as ürün and
    // mahsul, ↔ rekoltesi). Numbers pair only with themselves.
    let free_e = !w
        .iter()
        .any(|(&(i, j), &x)| i == a && x >= LINK_EVIDENCE && !weak_pair(i, j));
    let free_t = !w
        .iter()
        .any(|(&(i, j), &x)| j == b && x >= LINK_EVIDENCE && !weak_pair(i, j));
    // A known Turkish word may still be the leftover in a two-word noun
    // compound on each side, its head marked as one (drought stage ↔
    // kuraklık evresi, evre listed for phase): the marker shows a noun
    // compound, not a verb after the term.
    // The leftover must be the head or the word before it: the compound
    // test reads no further back.
    let near_head = t_in.iter().rev().take(2).any(|x| x.0 == b);
    let heads = head_leftovers(e_in, t_in, (a, ta), b, priors);
    // So may a known Turkish word before the last, facing an English word
    // the word lists lack (acute flaccid paralysis ↔ akut gevşek felç,
    // shear wall ↔ perde duvar): a verb after the term would come last,
    // and the lists cannot have left out a translation of a word they do
    // not know. Not a participle, comparative or superlative (rising,
    // charred, larger, nearest), which qualify a phrase and name nothing.
    let last_t = t_in.last().is_some_and(|x| x.0 == b);
    let unknown_e = !priors.en_words.contains(&ta.key)
        && !priors.phrases.contains_key(&ta.key)
        && !["ing", "ed", "est"].iter().any(|x| ta.lower.ends_with(x))
        && !graded(&ta.lower, "er", priors);
    // So may the heads of two terms when the English one is a gerund
    // (stubble burning ↔ anız yakma, aerial firefighting ↔ havadan
    // müdahale) and every other word of the two translates surely: an
    // English -ing word after a translated modifier names the action, as
    // the Turkish head does; a verb after the term would leave a word
    // without a certain link.
    let gerund_head = last_t
        && e_in.last().is_some_and(|x| x.0 == a)
        && ta.caps == Caps::Lower
        && ta
            .lower
            .strip_suffix("ing")
            .is_some_and(|s| s.chars().count() >= 3)
        && others_certain(w, e_in, t_in, a, &[b]);
    let known_t = priors.tr_stems.contains(&tb.stem)
        && !(compound_pair && near_head || heads || gerund_head)
        && (last_t || !unknown_e);
    // A Turkish modifier is bare, a perfect or future participle
    // (kesinleşmiş vaka) or an adjective: a case ending (baharda, in
    // spring), a converb (yenileyerek) or a present participle that a
    // verb of the English clause translates (restores protection ↔ azalan
    // koruma) puts the word outside the term.
    const PARTICIPLES: [&str; 14] = [
        "mış", "miş", "muş", "müş", "dık", "dik", "duk", "dük", "tık", "tik", "tuk", "tük", "acak",
        "ecek",
    ];
    let inflected_modifier = t_in.last().is_some_and(|x| x.0 != b)
        && tb.caps == Caps::Lower
        && tb.key != super::token::fold_key(&tb.lower)
        && !PARTICIPLES.iter().any(|p| tb.lower.ends_with(p))
        && !turkish_adjective(&tb.lower, adjectival);
    if !free_e || !free_t || known_t || inflected_modifier || ta.number || tb.number {
        return None;
    }
    let from_end_t = t_in.iter().rev().position(|x| x.0 == b);
    (english_from_end(e_items, e_in, a) == from_end_t).then_some(Eliminated { e: a, t: (b, None) })
}

/// Whether every word of two terms but the leftovers (English `e_left`,
/// Turkish `t_left`) links with certainty to a word of the other term.
fn others_certain(
    w: &HashMap<(usize, usize), f64>,
    e_in: &[(usize, &Token)],
    t_in: &[(usize, &Token)],
    e_left: usize,
    t_left: &[usize],
) -> bool {
    let certain = |i: usize, j: usize| w.get(&(i, j)).is_some_and(|&x| x >= CERTAIN);
    e_in.iter()
        .filter(|x| x.0 != e_left)
        .all(|x| t_in.iter().any(|y| certain(x.0, y.0)))
        && t_in
            .iter()
            .filter(|y| !t_left.contains(&y.0))
            .all(|y| e_in.iter().any(|x| certain(x.0, y.0)))
}

/// A link found by elimination inside a candidate pair: the English word
/// `e` and one Turkish word, or two that make one noun compound.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Eliminated {
    e: usize,
    t: (usize, Option<usize>),
}

impl Eliminated {
    fn links(&self, i: usize, j: usize) -> bool {
        i == self.e && (j == self.t.0 || Some(j) == self.t.1)
    }
}

/// The place of English word `a` from the head of its term, reading the
/// words in Turkish order: after "of" first (location data of drivers
/// reads drivers location data).
fn english_from_end(e_items: &[Item], e_in: &[(usize, &Token)], a: usize) -> Option<usize> {
    let of_at = e_in.windows(2).position(|p| {
        e_items.get(p[0].0 + 1..p[1].0).is_some_and(|between| {
            between
                .iter()
                .any(|i| matches!(i, Item::Word(t) if t.lower == "of"))
        })
    });
    let order: Vec<usize> = match of_at {
        Some(k) => e_in
            .iter()
            .skip(k + 1)
            .chain(e_in.iter().take(k + 1))
            .map(|x| x.0)
            .collect(),
        None => e_in.iter().map(|x| x.0).collect(),
    };
    order.iter().rev().position(|&i| i == a)
}

/// One English word left over against two Turkish words that make a noun
/// compound (cervical ↔ rahim ağzı in cervical cancer ↔ rahim ağzı
/// kanseri, break ↔ emniyet şeridi in fire break ↔ yangın emniyet
/// şeridi): English often names in one word what Turkish names in two.
/// Only when the English word is in no word list (the lists cannot have
/// left out a translation of a word they do not know) and is no
/// participle, comparative, superlative or verb in -ise, -ize or -ify,
/// every other word of the two terms links with certainty, and the three
/// words stand in one place from the head, free in the whole sentence.
fn compound_leftover(
    w: &HashMap<(usize, usize), f64>,
    e_items: &[Item],
    e_in: &[(usize, &Token)],
    t_in: &[(usize, &Token)],
    (a, ta): (usize, &Token),
    [(b, tb), (c, tc)]: [(usize, &Token); 2],
    priors: &Priors,
) -> Option<Eliminated> {
    let free = |k: usize, english: bool| {
        !w.iter()
            .any(|(&(i, j), &x)| x >= LINK_EVIDENCE && if english { i == k } else { j == k })
    };
    let unknown_e = ta.caps == Caps::Lower
        && !ta.number
        && !priors.en_words.contains(&ta.key)
        && !priors.phrases.contains_key(&ta.key)
        && !["ing", "ed", "est", "ise", "ize", "ify"]
            .iter()
            .any(|x| ta.lower.ends_with(x))
        && !graded(&ta.lower, "er", priors);
    // Before the term's last word, the compound's head has its marker and
    // no case ending (tek başına, alone, is an adverb).
    let last = t_in.last().is_some_and(|x| x.0 == c);
    let bare_marker = last
        || tc
            .lower
            .chars()
            .last()
            .is_some_and(|x| matches!(x, 'ı' | 'i' | 'u' | 'ü'));
    let ok = unknown_e
        && bare_marker
        && !tb.number
        && !tc.number
        && turkish_compound(&[(b, tb), (c, tc)])
        && free(a, true)
        && free(b, false)
        && free(c, false)
        && others_certain(w, e_in, t_in, a, &[b, c]);
    let from_end_t = t_in.iter().rev().position(|x| x.0 == c);
    (ok && english_from_end(e_items, e_in, a) == from_end_t).then_some(Eliminated {
        e: a,
        t: (b, Some(c)),
    })
}

/// Whether the two leftovers of elimination are the heads of two-word
/// terms, the Turkish one a noun compound (a bare noun, then a head with
/// the compound marker), and the English head a dictionary word: a noun
/// compound's head after a modifier that translates is the English head's
/// translation, in a sense the word lists leave out (law firm ↔ hukuk
/// bürosu, firm listed as şirket, büro as office). A Turkish verb after
/// the term has no compound marker.
fn head_leftovers(
    e_in: &[(usize, &Token)],
    t_in: &[(usize, &Token)],
    (a, ta): (usize, &Token),
    b: usize,
    priors: &Priors,
) -> bool {
    let [(e0, modifier), (e1, _)] = e_in else {
        return false;
    };
    *e1 == a
        && *e1 == e0 + 1
        && t_in.last().is_some_and(|x| x.0 == b)
        && modifier.key == modifier.lower
        && ta.caps == Caps::Lower
        && priors.en_words.contains(&ta.key)
        && !["ed", "ing"].iter().any(|x| ta.lower.ends_with(x))
        && turkish_compound(t_in)
}

/// Whether two adjacent Turkish words are a bare noun and a head with the
/// compound marker, before any case ending (bürosunun, tespitiyle).
fn turkish_compound(t_in: &[(usize, &Token)]) -> bool {
    use super::candidates::possessive;
    let [(t0, modifier), (t1, head)] = t_in else {
        return false;
    };
    let instrumental = ["yla", "yle"]
        .iter()
        .any(|c| head.lower.strip_suffix(c).is_some_and(possessive));
    *t1 == t0 + 1
        && modifier.key == super::token::fold_key(&modifier.lower)
        && head.key != super::token::fold_key(&head.lower)
        && (possessive(&head.lower) || instrumental)
}

/// Whether an English word is the comparative (`ending` "er") or the
/// superlative ("est") of an adjective the word lists have (larger,
/// biggest, finer).
fn graded(w: &str, ending: &str, priors: &Priors) -> bool {
    w.strip_suffix(ending).is_some_and(|base| {
        let b = base.as_bytes();
        let undoubled = match b {
            [.., x, y] if x == y => base.get(..base.len() - 1).unwrap_or(base),
            _ => base,
        };
        let y_form = base.strip_suffix('i').map(|s| format!("{s}y"));
        [base.to_owned(), format!("{base}e"), undoubled.to_owned()]
            .iter()
            .chain(y_form.as_ref())
            .any(|x| x.len() >= 3 && priors.en_words.contains(x))
    })
}

/// Whether adjacent English words read as a noun compound: singular
/// modifiers (buildings tilt is a clause), no verb, no superlative (lowest
/// price) and no past participle (Karapınar swallowed).
fn noun_compound_en(items: &[Item], words: &[(usize, &Token)], priors: &Priors) -> bool {
    let superlative = |w: &str| graded(w, "est", priors);
    let plain = |t: &Token| {
        !t.number
            && !super::candidates::past_participle(&t.lower)
            && !superlative(&t.lower)
            && !super::token::is_verb(&t.lower, Lang::En)
    };
    let adjacent = words.windows(2).all(|p| {
        items
            .get(p[0].0 + 1..p[1].0)
            .is_some_and(|between| !between.iter().any(|i| matches!(i, Item::Word(_))))
    });
    let Some(((_, head), modifiers)) = words.split_last() else {
        return false;
    };
    // A noun before the first word makes the words the end of a longer
    // compound (user association in water user association).
    let starts = words.first().is_some_and(|(a, _)| {
        a.checked_sub(1)
            .and_then(|i| items.get(i))
            .map_or(true, |item| match item {
                Item::Word(before) => {
                    before.stop
                        || before.number
                        || super::candidates::free_modifier_en(&before.lower)
                }
                Item::Break(_) => true,
            })
    });
    words.len() >= 2
        && adjacent
        && starts
        && plain(head)
        && modifiers.iter().all(|(_, t)| {
            // Singular: the key is the word itself, hyphens aside
            // (rock-cut tombs).
            plain(t) && t.key == t.lower.replace(['-', '\u{2010}', '\u{2011}'], "")
        })
}

/// Whether adjacent Turkish words read as a noun compound (belirtisiz isim
/// tamlaması): a head with the compound marker (kuraklık evresi) after a
/// bare noun — not an adjective, not inflected (kaynakların payı is a
/// genitive phrase, ağzı kanseri the end of a longer chain).
fn noun_compound_tr(words: &[(usize, &Token)], adjectival: &HashSet<String>) -> bool {
    let [.., (a, modifier), (b, head)] = words else {
        return false;
    };
    words.windows(2).all(|p| p[1].0 == p[0].0 + 1)
        && *b == a + 1
        && words.iter().all(|(_, t)| !t.number)
        && !turkish_adjective(&modifier.lower, adjectival)
        && modifier.key == super::token::fold_key(&modifier.lower)
        && head.key != super::token::fold_key(&head.lower)
        && super::candidates::possessive(&head.lower)
}

/// The verbs a lowercase English word in -ed may be the past participle
/// of (treated → treat, planned → plan, used → use, carried → carry),
/// or none.
fn participle_bases(w: &str) -> Vec<String> {
    let Some(stem) = w.strip_suffix("ed") else {
        return Vec::new();
    };
    let mut bases = vec![stem.to_owned(), format!("{stem}e")];
    if let Some((i, c)) = stem.char_indices().last() {
        if stem[..i].ends_with(c) {
            bases.push(stem[..i].to_owned());
        }
    }
    if let Some(s) = stem.strip_suffix('i') {
        bases.push(format!("{s}y"));
    }
    bases.retain(|b| b.chars().count() >= 3);
    bases
}

/// The forms of be and have that make English passives and perfects.
const AUXILIARIES: [&str; 10] = [
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
];

/// Whether a lowercase English word is the past participle or the -able
/// adjective of a verb the word lists have (installed, planned, carried,
/// usable, reliable): a qualifier, not a term. Nouns that merely end so (seed, cable)
/// have no listed verb before the ending.
fn verb_adjective(w: &str, known: &impl Fn(&str) -> bool) -> bool {
    if w.ends_with("ed") {
        return participle_bases(w).iter().any(|b| known(b));
    }
    let listed = |stem: &str| stem.chars().count() >= 3 && known(stem);
    ["able", "ible"].iter().any(|x| {
        w.strip_suffix(x).is_some_and(|stem| {
            listed(stem)
                || listed(&format!("{stem}e"))
                || stem
                    .strip_suffix('i')
                    .is_some_and(|s| listed(&format!("{s}y")))
        })
    })
}

/// Whether a lowercase English word is an adverb in -ly of a word the word
/// lists have (separately, legally, easily, reliably), and is not listed
/// itself. Nouns that merely end so (family, supply, assembly) have no
/// listed word before the ending.
fn adverb(w: &str, known: &impl Fn(&str) -> bool) -> bool {
    let listed = |stem: &str| stem.chars().count() >= 3 && known(stem);
    !known(w)
        && w.strip_suffix("ly").is_some_and(|stem| {
            listed(stem)
                || stem
                    .strip_suffix('i')
                    .is_some_and(|s| listed(&format!("{s}y")))
                || listed(&format!("{stem}le"))
        })
}

/// Whether a lowercase English word is the superlative of an adjective the
/// word lists have (nearest, largest, easiest, biggest), and is not listed
/// itself: it ranks one thing in one text and names none. Nouns that merely
/// end so (forest, interest, harvest) have no listed word before the
/// ending.
fn superlative(w: &str, known: &impl Fn(&str) -> bool) -> bool {
    let listed = |stem: &str| stem.chars().count() >= 3 && known(stem);
    !known(w)
        && w.strip_suffix("est").is_some_and(|stem| {
            listed(stem)
                || listed(&format!("{stem}e"))
                || stem
                    .strip_suffix('i')
                    .is_some_and(|s| listed(&format!("{s}y")))
                || stem.chars().rev().nth(1).is_some_and(|c| {
                    stem.ends_with(c) && listed(stem.get(..stem.len() - c.len_utf8()).unwrap_or(""))
                })
        })
}

/// The passive suffixes a folded verb stem may take (folded, ı is i):
/// -n after a vowel, -In after l, -Il elsewhere.
fn passive_suffixes(verb: &str) -> &'static [&'static str] {
    if verb.chars().last().is_some_and(|c| "aeioöuü".contains(c)) {
        &["n"]
    } else if verb.ends_with('l') {
        &["in", "un", "ün"]
    } else {
        &["il", "ul", "ül"]
    }
}

/// Whether the folded Turkish word is the passive participle of the
/// folded verb stem (arıt → arıtılmış, koru → korunan, bilgilendir →
/// bilgilendirilmiş): the passive -Il, -In after l, -n after a vowel, then
/// -mIş or -An (folded, ı is i).
fn passive_participle(verb: &str, word: &str) -> bool {
    let Some(rest) = word.strip_prefix(verb) else {
        return false;
    };
    passive_suffixes(verb).iter().any(|p| {
        rest.strip_prefix(p)
            .is_some_and(|r| ["miş", "muş", "müş", "an", "en"].contains(&r))
    })
}

/// Whether the folded Turkish word inflects the passive of the folded
/// verbal noun `noun` (işleme → işlenmesi, silme → silinmesine, koruma →
/// korunması): the verb stem, the passive (as in [`passive_participle`]),
/// then the noun's own -mA.
fn passive_verbal_noun(noun: &str, word: &str) -> bool {
    let Some((verb, ma)) = noun
        .strip_suffix("ma")
        .map(|v| (v, "ma"))
        .or_else(|| noun.strip_suffix("me").map(|v| (v, "me")))
    else {
        return false;
    };
    if verb.chars().count() < 2 || !word.starts_with(verb) {
        return false;
    }
    passive_suffixes(verb)
        .iter()
        .any(|p| inflects(&format!("{verb}{p}{ma}"), word))
}

/// Whether two one-word terms are read as names only through capitals at
/// sentence starts, and are plurals, the Turkish one with its plural
/// suffix attached (İnvertörler, not Türkiye'ler): see [`common_noun`].
fn initial_plurals(ge: &super::candidates::Group, gt: &super::candidates::Group) -> bool {
    use super::candidates::Group;
    let initial_only = |g: &Group| g.words == 1 && initial_only_name(g);
    let plural_tr = |surface: &str| {
        let w = crate::text::lowercase(surface, Lang::Tr);
        !surface.contains(['\'', '\u{2019}'])
            && ["lar", "ler"].iter().any(|p| {
                w.rfind(p).is_some_and(|i| {
                    let rest = &w[i + p.len()..];
                    [
                        "", "ı", "i", "a", "e", "da", "de", "dan", "den", "ın", "in", "la", "le",
                    ]
                    .contains(&rest)
                        && w[..i].chars().count() >= 3
                })
            })
    };
    initial_only(ge)
        && initial_only(gt)
        && ge.occs.iter().all(|o| o.surface.ends_with('s'))
        && gt.occs.iter().all(|o| plural_tr(&o.surface))
}

/// Whether a group is strong only as a name, and a name only through
/// capitals at sentence starts: no acronym, definition, act, quotation,
/// list item or prior term, and no occurrence inside a sentence.
fn initial_only_name(g: &super::candidates::Group) -> bool {
    g.name
        && g.act.is_none()
        && !g.acronym
        && g.partner.is_none()
        && !g.quoted
        && !g.list_item
        && !g.prior
        && g.occs.iter().all(|o| o.initial && !o.whole)
}

/// Whether a group is written in lower case wherever it occurs: a common
/// term, never a name.
fn lower_only(g: &super::candidates::Group) -> bool {
    !g.name
        && !g.acronym
        && g.occs
            .iter()
            .all(|o| o.surface.chars().next().is_some_and(char::is_lowercase))
}

/// Whether every occurrence of a Turkish group holds a lowercase genitive
/// before its last word (kızamığın yayılması, sınıraşan nehirlerin
/// yönetimi): a genitive construction, not a noun compound.
fn genitive_phrase(g: &super::candidates::Group) -> bool {
    !g.occs.is_empty()
        && g.occs.iter().all(|o| {
            let words: Vec<&str> = o.surface.split_whitespace().collect();
            words.split_last().is_some_and(|(_, before)| {
                before.iter().any(|w| {
                    w.chars().next().is_some_and(char::is_lowercase)
                        && super::candidates::genitive(&crate::text::lowercase(w, Lang::Tr))
                })
            })
        })
}

/// A copy of a group read as a common noun, not a name.
fn common_noun(g: &super::candidates::Group) -> super::candidates::Group {
    let mut g = g.clone();
    g.name = false;
    g.name_occs = 0;
    g
}

/// The score of a candidate pair, `0..=1`, from its parts, the termhood of
/// its terms and how far repetition counts (0 for a pair seen once: one
/// co-occurrence is no evidence of association).
fn pair_score(p: &ScoreParts, termhood: f64, repeat: f64) -> f64 {
    let s = 0.45 * p.lexical
        + 0.15 * termhood
        + 0.1 * p.dice * repeat
        + 0.05 * (p.llr / LLR_SIGNIFICANT).min(1.0) * repeat
        + 0.4 * p.glossary.max(p.acronym)
        + 0.15 * p.name
        + 0.3 * p.markup
        + 0.05 * p.number;
    s.min(1.0)
}

/// An occurrence of a candidate pair in a unit whose word links cover
/// it only in part: each word's best link inside the pair, by position.
struct PartlyCovered {
    pair: (usize, usize),
    unit: usize,
    en: Vec<(usize, f64)>,
    tr: Vec<(usize, f64)>,
}

/// A longer pair that holds a pair of two words or more translating each
/// other well elsewhere (occupational safety ↔ iş güvenliği, from a
/// keyword list) and adds words that translate each other (specialist ↔
/// uzmanı) is covered by that pair where its own links are weak (iş, the
/// word of a hundred terms, links occupational barely): inside the inner
/// pair's terms, each word counts as covered as well as the inner pair
/// is. Only pairs the word links already cover well, met in another unit
/// too, count as inner ones, as the links left them, so no pair lifts
/// another in turn.
fn compose_covered(
    stats: &mut HashMap<(usize, usize), PairStat>,
    partly: &[PartlyCovered],
    units: &[super::Unit],
    en: &Side,
    tr: &Side,
) {
    let established: HashMap<(usize, usize), (f64, Vec<usize>)> = stats
        .iter()
        .filter(|(&(re, rt), st)| {
            // A name (Middle Bronze Age) with a word after it (village)
            // is no longer name, nor a term.
            st.lexical >= COMPOSITIONAL_COVER
                && en.groups.get(re).is_some_and(|g| g.words >= 2 && !g.name)
                && tr.groups.get(rt).is_some_and(|g| g.words >= 2 && !g.name)
        })
        .map(|(&k, st)| (k, (st.lexical, st.units.clone())))
        .collect();
    if established.is_empty() {
        return;
    }
    for p in partly {
        let Some(unit) = units.get(p.unit) else {
            continue;
        };
        let (Some(e_occ), Some(t_occ)) =
            (en.per_sentence.get(unit.en), tr.per_sentence.get(unit.tr))
        else {
            continue;
        };
        let span =
            |xs: &[(usize, f64)]| (xs.first().map_or(0, |x| x.0), xs.last().map_or(0, |x| x.0));
        let (ef, el) = span(&p.en);
        let (tf, tl) = span(&p.tr);
        let (mut cov_e, mut cov_t) = (p.en.clone(), p.tr.clone());
        for &(g, f, l) in e_occ {
            if !(ef <= f && l <= el && (f, l) != (ef, el)) {
                continue;
            }
            for &(h, tf2, tl2) in t_occ {
                if !(tf <= tf2 && tl2 <= tl && (tf2, tl2) != (tf, tl)) {
                    continue;
                }
                // Established in a unit of its own, not only inside this
                // pair (public health, met once, in public health expert).
                let Some(&(x, _)) = established
                    .get(&(en.root(g), tr.root(h)))
                    .filter(|(_, units)| units.iter().any(|&u| u != p.unit))
                else {
                    continue;
                };
                for c in cov_e.iter_mut().filter(|c| (f..=l).contains(&c.0)) {
                    c.1 = c.1.max(x);
                }
                for c in cov_t.iter_mut().filter(|c| (tf2..=tl2).contains(&c.0)) {
                    c.1 = c.1.max(x);
                }
            }
        }
        let mean =
            |xs: &[(usize, f64)]| xs.iter().map(|x| x.1).sum::<f64>() / xs.len().max(1) as f64;
        let (a, b) = (mean(&cov_e), mean(&cov_t));
        if a + b > 0.0 {
            if let Some(st) = stats.get_mut(&p.pair) {
                st.lexical = st.lexical.max(2.0 * a * b / (a + b));
                st.cover = st.cover.max(a.min(b));
            }
        }
    }
}

#[derive(Default)]
struct PairStat {
    lexical: f64,
    /// The best coverage of the worse-covered side, over the units.
    cover: f64,
    units: Vec<usize>,
    markup: bool,
    /// Both terms end before the same acronym in parentheses, which one
    /// of them spells out: one term's, whatever its words (a coordination
    /// too: joint health and safety unit (OSGB)).
    acronym_run: bool,
    /// The same item of parallel lists in some unit (see
    /// [`parallel_lists`]).
    same_item: bool,
    number: bool,
    names: f64,
    /// Supported in some unit by more than co-occurrence (see
    /// [`term_cooccurrence`]).
    linked: bool,
}

/// Candidate pairs (English group, Turkish group, both roots; one of the
/// terms two words or more) whose terms occur together in nearly every
/// distinct unit where either occurs, three units or more: Dice of the
/// units at least [`TERM_DICE`]. Such a pair is counted in a unit whose
/// word links fail to support it (data subject ↔ ilgili kişi, translated
/// as a whole), if some link joins its terms somewhere.
fn term_cooccurrence(corpus: &Corpus, en: &Side, tr: &Side) -> HashSet<(usize, usize)> {
    // A segment repeated word for word (a translation memory's boilerplate)
    // is one observation: every two terms of it would occur together.
    let mut seen: HashSet<(&str, &str)> = HashSet::new();
    let (df_en, df_tr, both) = count_together(corpus.units.iter().filter_map(|unit| {
        let e_occ = en.per_sentence.get(unit.en)?;
        let t_occ = tr.per_sentence.get(unit.tr)?;
        let (es, ts) = (corpus.en.get(unit.en)?, corpus.tr.get(unit.tr)?);
        if !seen.insert((es.text.as_str(), ts.text.as_str())) {
            return None;
        }
        let e: HashSet<usize> = e_occ.iter().map(|&(g, _, _)| en.root(g)).collect();
        let t: HashSet<usize> = t_occ.iter().map(|&(g, _, _)| tr.root(g)).collect();
        Some((e, t))
    }));
    both.into_iter()
        .filter(|&((a, b), k)| {
            let (fe, ft) = (
                df_en.get(&a).copied().unwrap_or(0),
                df_tr.get(&b).copied().unwrap_or(0),
            );
            let words = |side: &Side, g: usize| side.groups.get(g).map_or(0, |x| x.words);
            k >= 3
                && 2.0 * k as f64 >= TERM_DICE * (fe + ft) as f64
                && words(en, a).max(words(tr, b)) >= 2
        })
        .map(|(k, _)| k)
        .collect()
}

/// A function word that grades the adjective after it (en büyük, most
/// severe): the phrase it opens goes on through it.
fn degree_word(lower: &str) -> bool {
    matches!(
        lower,
        "en" | "daha" | "çok" | "pek" | "most" | "more" | "least" | "less" | "very"
    )
}

/// The acronym in parentheses right after the run of words `first..=last`
/// (its letters as written: Agency (İŞKUR) → İŞKUR), when the run is the
/// whole capitalized run before it: the word before `first`, if any, is no
/// capitalized word.
fn parenthesized_acronym<'a>(
    items: &[Item],
    text: &'a str,
    first: usize,
    last: usize,
) -> Option<&'a str> {
    let acronym = match (
        items.get(last + 1),
        items.get(last + 2),
        items.get(last + 3),
    ) {
        (
            Some(Item::Break(super::token::Break::ParenOpen)),
            Some(Item::Word(t)),
            Some(Item::Break(super::token::Break::ParenClose)),
        ) => text.get(t.start..t.end)?,
        _ => return None,
    };
    let letters = acronym.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || acronym.chars().any(char::is_lowercase) {
        return None;
    }
    let capitalized_before = first
        .checked_sub(1)
        .and_then(|p| items.get(p))
        .is_some_and(|i| matches!(i, Item::Word(t) if t.caps != Caps::Lower));
    (!capitalized_before).then_some(acronym)
}

/// The terms the two sentences of a unit define (see
/// [`super::definition`]). When one of them has one word that no word
/// link touches, and the other one such word or none of its words linked,
/// those words link by elimination (curtailment ↔ üretim kısıtlaması:
/// one word translates the whole term).
type Span = (usize, usize);
fn parallel_definitions(
    w: &mut HashMap<(usize, usize), f64>,
    en_items: &[Item],
    tr_items: &[Item],
) -> Option<(Span, Span)> {
    let (e, t) = super::definition::defined(en_items, Lang::En)
        .zip(super::definition::defined(tr_items, Lang::Tr))?;
    let touched = |i: usize, english: bool| {
        w.iter()
            .any(|(&(a, b), &v)| v >= LINK_EVIDENCE && if english { a == i } else { b == i })
    };
    let words = |items: &[Item], (f, l): Span| {
        (f..=l)
            .filter(|&k| matches!(items.get(k), Some(Item::Word(t)) if !t.stop))
            .collect::<Vec<_>>()
    };
    let (all_e, all_t) = (words(en_items, e), words(tr_items, t));
    let free_e: Vec<usize> = all_e
        .iter()
        .copied()
        .filter(|&i| !touched(i, true))
        .collect();
    let free_t: Vec<usize> = all_t
        .iter()
        .copied()
        .filter(|&j| !touched(j, false))
        .collect();
    // One word left on one side, and on the other one word or the whole
    // term, which that word then translates (curtailment ↔ üretim
    // kısıtlaması).
    let one_to_all = |one: &[usize], other: &[usize], all: &[usize]| {
        one.len() == 1 && !other.is_empty() && (other.len() == 1 || other == all)
    };
    if one_to_all(&free_e, &free_t, &all_t) || one_to_all(&free_t, &free_e, &all_e) {
        for &i in &free_e {
            for &j in &free_t {
                w.insert((i, j), ELIMINATED_LINK);
            }
        }
    }
    Some((e, t))
}

/// The lists of one unit (see [`super::enumeration`]): an English and a
/// Turkish list of one length, three items or more. Two items alone may be
/// one term's words (search and rescue) or share a head (wind or solar
/// plant), which leaves their extent a guess.
type Lists = (Vec<super::enumeration::Slot>, Vec<super::enumeration::Slot>);
fn unit_lists(en_items: &[Item], tr_items: &[Item]) -> Option<Lists> {
    super::enumeration::enumeration(en_items, Lang::En)
        .zip(super::enumeration::enumeration(tr_items, Lang::Tr))
        .filter(|(a, b)| a.len() == b.len() && a.len() >= 3)
}

/// Statistical links that cross items of two lists of one length give way
/// to links inside the items when each English word they join has one to
/// its own item's counterpart (anonymisation ↔ anonim, not yok of the
/// item before): competitive linking settles ties between words that
/// always occur together (a list repeated in a title) by their order in
/// the sentence, which the lists' order overrides. A certain link
/// (dictionary, identical, stems) across items leaves the links as they
/// are: the translation reorders the items.
fn untangle_lists(
    w: &mut HashMap<(usize, usize), f64>,
    (a, b): &Lists,
    strength: &HashMap<(usize, usize), f64>,
) {
    let item_of = |slots: &[super::enumeration::Slot], k: usize| {
        slots.iter().position(|&(f, l)| (f..=l).contains(&k))
    };
    let mut crossing: Vec<(usize, usize)> = w
        .iter()
        .filter(|(&(i, j), &v)| {
            v >= LINK_EVIDENCE
                && matches!((item_of(a, i), item_of(b, j)), (Some(x), Some(y)) if x != y)
        })
        .map(|(&k, _)| k)
        .collect();
    if crossing.is_empty()
        || crossing
            .iter()
            .any(|k| w.get(k).is_some_and(|&v| v >= CERTAIN))
    {
        return;
    }
    crossing.sort_unstable();
    let mut kept = w.clone();
    kept.retain(|k, _| !crossing.contains(k));
    for &(i, _) in &crossing {
        let Some(&(tf, tl)) = item_of(a, i).and_then(|x| b.get(x)) else {
            return;
        };
        let best = (tf..=tl)
            .filter_map(|j| strength.get(&(i, j)).map(|&v| ((i, j), v)))
            .filter(|&((i, j), v)| {
                v >= LINK_EVIDENCE && !kept.keys().any(|&(p, q)| p == i || q == j)
            })
            .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)));
        let Some((k, v)) = best else {
            return;
        };
        kept.insert(k, v);
    }
    *w = kept;
}

/// Whether the lists of a unit are parallel: no word link joins an item to
/// another item, so the items correspond in order. Two one-word items that
/// no word link touches, in lists with another item linked, then translate
/// each other by elimination (proportionality ↔ ölçülülük beside purpose
/// limitation ↔ amaçla sınırlılık), and so does a one-word English item
/// with a Turkish item of two or three words, where its extent is sure:
/// the links are added to `w`. Where the English word already links one
/// word of that item and nothing outside it, the item's unlinked words
/// join that link (anonymisation ↔ anonim hale getirme, through anonim);
/// where it links only a word outside the other list, statistically,
/// facing an item no link touches, that link gives way to the list's
/// order (destruction ↔ yok etme, not imha of the verb after the list).
/// `items` are the two sentences' items.
fn parallel_lists(
    w: &mut HashMap<(usize, usize), f64>,
    (a, b): &Lists,
    (e_items, t_items): (&[Item], &[Item]),
) -> bool {
    let item_of = |slots: &[super::enumeration::Slot], k: usize| {
        slots.iter().position(|&(f, l)| (f..=l).contains(&k))
    };
    let mut linked = vec![false; a.len()];
    for (&(i, j), &v) in w.iter() {
        if v < LINK_EVIDENCE {
            continue;
        }
        match (item_of(a, i), item_of(b, j)) {
            (Some(x), Some(y)) if x == y => {
                if let Some(l) = linked.get_mut(x) {
                    *l = true;
                }
            }
            (Some(_), Some(_)) => return false,
            _ => {}
        }
    }
    if linked.iter().any(|&l| l) {
        // An item's extent is sure between commas, and at a list's edge
        // where a function word (or punctuation) bounds it in both
        // languages: opens the first item (include lawfulness, arasında
        // hukuka uygunluk), closes the last (anonymisation., anonim hale
        // getirme yoluyla).
        let opened = |items: &[Item], f: usize| {
            f.checked_sub(1)
                .and_then(|p| items.get(p))
                .is_some_and(|i| matches!(i, Item::Word(t) if t.stop))
        };
        let closed = |items: &[Item], l: usize| match items.get(l + 1) {
            None | Some(Item::Break(_)) => true,
            Some(Item::Word(t)) => t.stop,
        };
        let sure = |k: usize, (ef, el): (usize, usize), (tf, tl): (usize, usize)| {
            (k > 0 && k + 1 < a.len())
                || (k == 0 && opened(e_items, ef) && opened(t_items, tf))
                || (k + 1 == a.len() && closed(e_items, el) && closed(t_items, tl))
        };
        for (k, (&(ef, el), &(tf, tl))) in a.iter().zip(b).enumerate() {
            if ef != el || tl.abs_diff(tf) > 2 || !sure(k, (ef, el), (tf, tl)) {
                continue;
            }
            let facing_untouched = w
                .iter()
                .all(|(&(_, j), &v)| v < LINK_EVIDENCE || !(tf..=tl).contains(&j));
            let outside: Vec<(usize, usize)> = w
                .iter()
                .filter(|(&(i, _), &v)| i == ef && v >= LINK_EVIDENCE)
                .map(|(&k, _)| k)
                .collect();
            let yields = !outside.is_empty()
                && outside
                    .iter()
                    .all(|k| item_of(b, k.1).is_none() && w.get(k).is_some_and(|&v| v < CERTAIN));
            if facing_untouched && yields {
                w.retain(|k, _| !outside.contains(k));
            }
        }
        for (&(ef, el), &(tf, tl)) in a.iter().zip(b) {
            let untouched = w
                .iter()
                .all(|(&(i, j), &v)| v < LINK_EVIDENCE || (i != ef && j != tf));
            if ef == el && tf == tl && untouched {
                w.insert((ef, tf), ELIMINATED_LINK);
            }
        }
        // A one-word item facing an item of two or three words of sure
        // extent links those of them no link touches (lawfulness ↔ hukuka
        // uygunluk), when its own links, if any, stay inside that item and
        // no word of the item links another word (anonymisation ↔ anonim
        // hale getirme, beside anonymisation ↔ anonim).
        for (k, (&(ef, el), &(tf, tl))) in a.iter().zip(b).enumerate() {
            let words = tl.abs_diff(tf) + 1;
            if ef != el || !(2..=3).contains(&words) || !sure(k, (ef, el), (tf, tl)) {
                continue;
            }
            let contained = w
                .iter()
                .all(|(&(i, j), &v)| v < LINK_EVIDENCE || ((i == ef) == (tf..=tl).contains(&j)));
            if !contained {
                continue;
            }
            let free: Vec<usize> = (tf..=tl)
                .filter(|&j| matches!(t_items.get(j), Some(Item::Word(t)) if !t.stop))
                .filter(|&j| w.iter().all(|(&(_, q), &v)| v < LINK_EVIDENCE || q != j))
                .collect();
            for j in free {
                w.insert((ef, j), ELIMINATED_LINK);
            }
        }
    }
    true
}

fn words_in(items: &[Item], first: usize, last: usize) -> Vec<(usize, &Token)> {
    items
        .get(first..=last)
        .unwrap_or(&[])
        .iter()
        .enumerate()
        .filter_map(|(k, i)| match i {
            Item::Word(t) if !t.stop => Some((first + k, t)),
            _ => None,
        })
        .collect()
}

fn llr(k11: f64, k12: f64, k21: f64, k22: f64) -> f64 {
    let xlx = |x: f64| if x > 0.0 { x * x.ln() } else { 0.0 };
    let n = k11 + k12 + k21 + k22;
    let g = 2.0
        * (xlx(k11) + xlx(k12) + xlx(k21) + xlx(k22)
            - xlx(k11 + k12)
            - xlx(k21 + k22)
            - xlx(k11 + k21)
            - xlx(k12 + k22)
            + xlx(n));
    g.max(0.0)
}

pub(crate) fn build(
    corpus: &Corpus,
    prior_glossaries: &[&Glossary],
    lexicons: &[&Glossary],
    min_score: f64,
) -> Glossary {
    // Inflected Turkish words take the key of their bare form when the
    // text has it (planı with plan, nehri with nehir).
    let mut unified = corpus.clone();
    super::token::unify_bare_keys(unified.tr.iter_mut().map(|s| &mut s.items));
    let corpus = &unified;
    let priors = priors_of(prior_glossaries, lexicons);
    let mut en_list = vec![false; corpus.en.len()];
    let mut tr_list = vec![false; corpus.tr.len()];
    for u in corpus.units.iter().filter(|u| u.list_item) {
        if let Some(x) = en_list.get_mut(u.en) {
            *x = true;
        }
        if let Some(x) = tr_list.get_mut(u.tr) {
            *x = true;
        }
    }
    // Single words of the general word lists: common words, never names.
    // An entry whose other side is capitalized translates a name (a word
    // list that writes its headwords in lower case still gives syria ↔
    // Suriye): its words are not common words.
    let common = |lang: Lang| -> (HashSet<String>, HashSet<String>) {
        let mut words = HashSet::new();
        let mut keys = HashSet::new();
        for g in lexicons {
            let d = derived(g);
            let list = if lang == Lang::Tr {
                &d.common_tr
            } else {
                &d.common_en
            };
            for (w, k) in list {
                words.insert(w.clone());
                keys.insert(k.clone());
            }
        }
        (words, keys)
    };
    let (common_en, common_en_keys) = common(Lang::En);
    let (common_tr, common_tr_keys) = common(Lang::Tr);
    let en = collect(
        &corpus.en,
        Lang::En,
        &en_list,
        prior_glossaries,
        &common_en,
        &common_en_keys,
    );
    let tr = collect(
        &corpus.tr,
        Lang::Tr,
        &tr_list,
        prior_glossaries,
        &common_tr,
        &common_tr_keys,
    );
    let (mut en, mut tr) = (en, tr);
    let adjectival: HashSet<String> = lexicons
        .iter()
        .flat_map(|g| derived(g).adjectival_tr.clone())
        .collect();
    tr.noun_only = tr
        .known
        .iter()
        .filter(|w| !adjectival.contains(*w))
        .cloned()
        .collect();
    // Weak acronym links in each language stand when the other language
    // spells the acronym out by its letters (decided on both sides before
    // either changes).
    let drop_en = super::candidates::unconfirmed_partners(&en, Some(&tr));
    let drop_tr = super::candidates::unconfirmed_partners(&tr, Some(&en));
    super::candidates::drop_partners(&mut en, &drop_en);
    super::candidates::drop_partners(&mut tr, &drop_tr);
    let ibm = train_ibm(corpus);
    let dice = word_dice(corpus);
    let fixed = (fixed_modifiers(&corpus.en), fixed_modifiers(&corpus.tr));

    let mut stats: HashMap<(usize, usize), PairStat> = HashMap::new();
    let mut df_en: HashMap<usize, usize> = HashMap::new();
    let mut df_tr: HashMap<usize, usize> = HashMap::new();
    let mut acronyms_in_unit: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    let term_assoc = term_cooccurrence(corpus, &en, &tr);
    let (mut joined_en, mut joined_tr) = (HashSet::new(), HashSet::new());
    let mut partly_covered: Vec<PartlyCovered> = Vec::new();
    for (ui, unit) in corpus.units.iter().enumerate() {
        let (Some(es), Some(ts)) = (corpus.en.get(unit.en), corpus.tr.get(unit.tr)) else {
            continue;
        };
        let (Some(e_occ), Some(t_occ)) =
            (en.per_sentence.get(unit.en), tr.per_sentence.get(unit.tr))
        else {
            continue;
        };
        // Word links of this unit.
        let e_words = words_in(&es.items, 0, es.items.len().saturating_sub(1));
        let t_words = words_in(&ts.items, 0, ts.items.len().saturating_sub(1));
        // Competitive linking at the word level (Melamed 2000): each word
        // links to at most one word of the other side, strongest first, so
        // that a word already explained by the dictionary (investment ↔
        // yatırım) cannot also claim a co-occurring word (fund ↔ fon).
        let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
        let own: HashSet<&str> = e_words.iter().map(|(_, t)| t.key.as_str()).collect();
        for &(ei, et) in &e_words {
            let loan = loan_key(et);
            let parts = hyphen_parts(et, &own);
            for &(ti, tt) in &t_words {
                let mut x = word_link(et, &loan, &es.text, tt, &ts.text, &priors, &ibm, &dice);
                if x < CERTAIN && !parts.is_empty() {
                    x = x.max(hyphen_part_link(&parts, tt, &priors, &ibm, &dice));
                    if hyphen_pair_link(et, tt, &priors) {
                        x = 1.0;
                    }
                }
                if x > 0.0 {
                    candidates.push((x, ei, ti));
                }
            }
        }
        // A word met twice in a sentence (earthquake risk … the Kahramanmaraş
        // earthquakes) links each occurrence equally well: the tie goes to
        // the link whose neighbours translate each other too (Kahramanmaraş
        // earthquakes ↔ Kahramanmaraş depremleri), as the words of one term
        // stay together in both languages.
        let strength: HashMap<(usize, usize), f64> = candidates
            .iter()
            .map(|&(x, ei, ti)| ((ei, ti), x))
            .collect();
        let e_pos: HashMap<usize, usize> = e_words
            .iter()
            .enumerate()
            .map(|(p, &(i, _))| (i, p))
            .collect();
        let t_pos: HashMap<usize, usize> = t_words
            .iter()
            .enumerate()
            .map(|(p, &(i, _))| (i, p))
            .collect();
        // Only occurrences of one word compete so: between different
        // words, the first in the sentence goes first.
        let first_of = |words: &[(usize, &Token)], i: usize| -> usize {
            let key = words.iter().find(|x| x.0 == i).map(|x| x.1.common_key());
            words
                .iter()
                .find(|x| Some(x.1.common_key()) == key)
                .map_or(i, |x| x.0)
        };
        // A tie there goes to the link with more words at the same distance
        // (up to two, or the mirror distance) translating each other for
        // certain (Agricultural Insurance
        // Pool ↔ Tarım Sigortaları Havuzu beside Tarım Sigortaları Kanunu
        // in the same sentence: Insurance ↔ Sigortaları ties, Pool ↔
        // Havuzu decides).
        let aligned = |ei: usize, ti: usize| -> f64 {
            let (Some(&pe), Some(&pt)) = (e_pos.get(&ei), t_pos.get(&ti)) else {
                return 0.0;
            };
            // Only certain links count, and not the words' own other
            // occurrences; the same distance on both sides, or the mirror
            // distance (the order turned round).
            // Next to each other in the sentence: no stop word, number or
            // punctuation between (Crop insurance is provided by the
            // Agricultural … is no run).
            let at = |words: &[(usize, &Token)], p: usize, d: isize| -> Option<usize> {
                let (i, _) = words.get(p)?;
                let (j, _) = words.get(p.checked_add_signed(d)?)?;
                (j.checked_sub(*i)
                    .map(|x| x as isize)
                    .or_else(|| i.checked_sub(*j).map(|x| -(x as isize)))
                    == Some(d))
                .then_some(*j)
            };
            let linked = |d: isize, mirror: bool| -> bool {
                let (Some(a), Some(b)) = (
                    at(&e_words, pe, d),
                    at(&t_words, pt, if mirror { -d } else { d }),
                ) else {
                    return false;
                };
                let own = first_of(&e_words, a) == first_of(&e_words, ei)
                    || first_of(&t_words, b) == first_of(&t_words, ti);
                !own && strength.get(&(a, b)).is_some_and(|x| *x >= CERTAIN)
            };
            // Contiguous runs: a word two away counts only after the word
            // between (a link two words off alone is chance).
            let sum = |mirror: bool| -> f64 {
                [-1isize, 1]
                    .iter()
                    .map(|&d| {
                        if !linked(d, mirror) {
                            0.0
                        } else if linked(2 * d, mirror) {
                            2.0
                        } else {
                            1.0
                        }
                    })
                    .sum()
            };
            sum(false).max(sum(true))
        };
        let neighbours = |ei: usize, ti: usize| -> f64 {
            let (Some(&pe), Some(&pt)) = (e_pos.get(&ei), t_pos.get(&ti)) else {
                return 0.0;
            };
            let near = |words: &[(usize, &Token)], p: usize| -> Vec<usize> {
                [p.wrapping_sub(1), p + 1]
                    .into_iter()
                    .filter_map(|q| words.get(q).map(|x| x.0))
                    .collect()
            };
            let (ne, nt) = (near(&e_words, pe), near(&t_words, pt));
            let certain = ne
                .iter()
                .flat_map(|a| nt.iter().map(move |b| (*a, *b)))
                .filter_map(|k| strength.get(&k).copied())
                .any(|x| x >= CERTAIN);
            if certain {
                1.0
            } else {
                0.0
            }
        };
        // A last tie-break: the link nearer the partner of a next English
        // word (day-ahead market ↔ gün öncesi piyasası, beside Enerji
        // Piyasaları in the same sentence: day-ahead ↔ gün places market
        // at piyasası; severance pay or notice pay ↔ kıdem tazminatı ya da
        // ihbar tazminatı). Distance is counted in words of the sentence,
        // stop words included, up to three; that partner is the next word's
        // strongest, not another occurrence of the word being linked.
        let mut strongest: HashMap<usize, (f64, Vec<usize>)> = HashMap::new();
        for (&(a, b), &x) in &strength {
            let e = strongest.entry(a).or_insert((x, Vec::new()));
            if x > e.0 {
                *e = (x, Vec::new());
            }
            if x == e.0 {
                e.1.push(b);
            }
        }
        let near_partner = |ei: usize, ti: usize| -> f64 {
            let Some(&pe) = e_pos.get(&ei) else {
                return 0.0;
            };
            let mut nearest = usize::MAX;
            for q in [pe.wrapping_sub(1), pe + 1] {
                let Some(&(a, _)) = e_words.get(q).filter(|x| x.0 + 1 == ei || ei + 1 == x.0)
                else {
                    continue;
                };
                let Some((_, partners)) = strongest.get(&a).filter(|x| x.0 >= 0.5) else {
                    continue;
                };
                for &b in partners {
                    if first_of(&t_words, b) != first_of(&t_words, ti) {
                        nearest = nearest.min(b.abs_diff(ti));
                    }
                }
            }
            if nearest <= 3 {
                1.0 / nearest as f64
            } else {
                0.0
            }
        };
        // Strength, first occurrences of the two words, (next-neighbour,
        // run, nearer partner) tie-breaks, the two words.
        type Ranked = (f64, usize, usize, (f64, f64, f64), usize, usize);
        let mut candidates: Vec<Ranked> = candidates
            .into_iter()
            .map(|(x, ei, ti)| {
                let (fe, ft) = (first_of(&e_words, ei), first_of(&t_words, ti));
                (
                    x,
                    fe,
                    ft,
                    (neighbours(ei, ti), aligned(ei, ti), near_partner(ei, ti)),
                    ei,
                    ti,
                )
            })
            .collect();
        candidates.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(a.1.cmp(&b.1))
                .then(a.2.cmp(&b.2))
                .then(b.3 .0.total_cmp(&a.3 .0))
                .then(b.3 .1.total_cmp(&a.3 .1))
                .then(b.3 .2.total_cmp(&a.3 .2))
                .then(a.4.cmp(&b.4))
                .then(a.5.cmp(&b.5))
        });
        let mut w: HashMap<(usize, usize), f64> = HashMap::new();
        let mut linked_e = HashSet::new();
        let mut linked_t = HashSet::new();
        for (x, _, _, _, ei, ti) in candidates {
            if linked_e.contains(&ei) || linked_t.contains(&ti) {
                continue;
            }
            linked_e.insert(ei);
            linked_t.insert(ti);
            w.insert((ei, ti), x);
        }
        for (k, x) in compound_links(&w, &es.items, &ts.items, &priors, &ibm, &dice) {
            linked_t.insert(k.1);
            w.insert(k, x);
        }
        for (k, x) in spelled_compound_links(&w, &e_words, &ts.items, &priors, &ibm, &dice) {
            linked_t.insert(k.1);
            w.insert(k, x);
        }
        collocation_links(&mut w, &strength, &e_words, &t_words, &fixed);
        closed_compound_links(&mut w, &e_words, &t_words, &priors);
        phrase_links(&mut w, &e_words, &ts.items, &priors);
        en_phrase_links(&mut w, &es.items, &t_words, &priors);
        let defs = parallel_definitions(&mut w, &es.items, &ts.items);
        let lists = unit_lists(&es.items, &ts.items);
        let parallel = lists.as_ref().filter(|l| {
            untangle_lists(&mut w, l, &strength);
            parallel_lists(&mut w, l, (&es.items, &ts.items))
        });
        let mut seen_e = HashSet::new();
        let mut seen_t = HashSet::new();
        let mut acr = (Vec::new(), Vec::new());
        for &(g, _, _) in e_occ {
            let r = en.root(g);
            if seen_e.insert(r) {
                *df_en.entry(r).or_insert(0) += 1;
                if en.groups.get(r).is_some_and(|x| x.acronym) {
                    acr.0.push(r);
                }
            }
        }
        for &(g, _, _) in t_occ {
            let r = tr.root(g);
            if seen_t.insert(r) {
                *df_tr.entry(r).or_insert(0) += 1;
                if tr.groups.get(r).is_some_and(|x| x.acronym) {
                    acr.1.push(r);
                }
            }
        }
        acronyms_in_unit.push(acr);
        // Terms that join items of two lists of one length are
        // coordinations, in whatever order the lists are.
        if let Some((a, b)) = &lists {
            joined_en.extend(
                e_occ
                    .iter()
                    .filter(|&&(_, f, l)| super::enumeration::joins_items(a, f, l))
                    .map(|&(g, _, _)| en.root(g)),
            );
            joined_tr.extend(
                t_occ
                    .iter()
                    .filter(|&&(_, f, l)| super::enumeration::joins_items(b, f, l))
                    .map(|&(g, _, _)| tr.root(g)),
            );
        }
        for &(ge, ef, el) in e_occ {
            let e_in = words_in(&es.items, ef, el);
            if e_in.is_empty() {
                continue;
            }
            let re = en.root(ge);
            let e_group = en.groups.get(re);
            let e_quoted = e_group.is_some_and(|g| {
                g.occs
                    .iter()
                    .any(|o| o.sent == unit.en && o.first == ef && o.last == el && o.quoted)
            });
            for &(gt, tf, tl) in t_occ {
                let t_in = words_in(&ts.items, tf, tl);
                if t_in.is_empty() {
                    continue;
                }
                let rt = tr.root(gt);
                let eliminated = eliminated_link(&w, &es.items, &e_in, &t_in, &priors, &adjectival);
                let link = |i: usize, j: usize| -> f64 {
                    if eliminated.is_some_and(|x| x.links(i, j)) {
                        ELIMINATED_LINK
                    } else {
                        w.get(&(i, j)).copied().unwrap_or(0.0)
                    }
                };
                // Each word's best link into the other term, by position.
                let best_e: Vec<(usize, f64)> = e_in
                    .iter()
                    .map(|(i, _)| {
                        let x = t_in.iter().map(|(j, _)| link(*i, *j)).fold(0.0, f64::max);
                        (*i, x)
                    })
                    .collect();
                let best_t: Vec<(usize, f64)> = t_in
                    .iter()
                    .map(|(j, _)| {
                        let x = e_in.iter().map(|(i, _)| link(*i, *j)).fold(0.0, f64::max);
                        (*j, x)
                    })
                    .collect();
                let cov_e: f64 = best_e.iter().map(|x| x.1).sum::<f64>() / e_in.len() as f64;
                let cov_t: f64 = best_t.iter().map(|x| x.1).sum::<f64>() / t_in.len() as f64;
                // Harmonic mean: a term that covers only part of the
                // other is a poor pair.
                let lexical = if cov_e + cov_t > 0.0 {
                    2.0 * cov_e * cov_t / (cov_e + cov_t)
                } else {
                    0.0
                };
                let t_group = tr.groups.get(rt);
                let prior_pair =
                    e_group.is_some_and(|g| g.prior) && t_group.is_some_and(|g| g.prior);
                let acronym_pair = e_group.is_some_and(|g| g.acronym || g.partner.is_some())
                    && t_group.is_some_and(|g| g.acronym || g.partner.is_some());
                let t_quoted = t_group.is_some_and(|g| {
                    g.occs
                        .iter()
                        .any(|o| o.sent == unit.tr && o.first == tf && o.last == tl && o.quoted)
                });
                let whole_items = unit.list_item
                    && e_group.is_some_and(|g| {
                        g.occs
                            .iter()
                            .any(|o| o.sent == unit.en && o.first == ef && o.whole)
                    })
                    && t_group.is_some_and(|g| {
                        g.occs
                            .iter()
                            .any(|o| o.sent == unit.tr && o.first == tf && o.whole)
                    });
                // The two terms are the same item of parallel lists, and
                // no word of either links a word outside the other (an
                // item's run holding more than the item: kişisel veriler
                // silme). An item at a list's edge, whose extent function
                // words only guess, counts with as many words as its
                // counterpart.
                let same_item = parallel.is_some_and(|(a, b)| {
                    let n = a.len();
                    a.iter().zip(b).enumerate().any(|(k, (&x, &y))| {
                        let middle = k > 0 && k + 1 < n;
                        let edge = !middle
                            && el - ef == tl - tf
                            && x.0 <= ef
                            && el <= x.1
                            && y.0 <= tf
                            && tl <= y.1
                            && if k == 0 {
                                el == x.1 && tl == y.1
                            } else {
                                ef == x.0 && tf == y.0
                            };
                        let whole = (middle || x.1.abs_diff(x.0) == y.1.abs_diff(y.0))
                            && x == (ef, el)
                            && y == (tf, tl);
                        (edge || whole)
                            && !w.iter().any(|(&(i, j), &v)| {
                                v >= LINK_EVIDENCE
                                    && ((ef..=el).contains(&i) != (tf..=tl).contains(&j))
                            })
                    })
                });
                let defined = defs == Some(((ef, el), (tf, tl)));
                // Two names each followed by the same acronym in
                // parentheses (the Turkish Employment Agency (İŞKUR) ↔
                // Türkiye İş Kurumu (İŞKUR)): the acronym names one body,
                // whatever its letters spell in either language. So for
                // two runs in lower case when one spells the acronym out
                // (a joint health and safety unit (OSGB) ↔ bir ortak sağlık
                // ve güvenlik biriminden (OSGB)): the acronym marks where
                // the other language's term ends, the word links where it
                // starts.
                // Each run in lower case must start the noun phrase: a
                // function word before it, not a content word (yer ivmesi
                // of büyük yer ivmesi) or a word of degree (en büyük yer
                // ivmesi (PGA): most, daha), which no candidate starts with.
                let starts_phrase = |items: &[Item], first: usize| match first
                    .checked_sub(1)
                    .and_then(|p| items.get(p))
                {
                    Some(Item::Word(t)) => t.stop && !degree_word(&t.lower),
                    _ => true,
                };
                let names = e_group.is_some_and(|g| g.name) && t_group.is_some_and(|g| g.name);
                let spelled = (e_group.is_some_and(|g| g.partner.is_some())
                    || t_group.is_some_and(|g| g.partner.is_some()))
                    && starts_phrase(&es.items, ef)
                    && starts_phrase(&ts.items, tf);
                let same_acronym = (names || spelled)
                    && parenthesized_acronym(&es.items, &es.text, ef, el)
                        .zip(parenthesized_acronym(&ts.items, &ts.text, tf, tl))
                        .is_some_and(|(a, b)| a == b);
                let acronym_run = same_acronym && spelled;
                let markup = (e_quoted && t_quoted) || whole_items || defined || same_acronym;
                let both_names = e_group.is_some_and(|g| g.name) && t_group.is_some_and(|g| g.name);
                // One numbered act in both languages: same kind, same number.
                let same_act = e_group
                    .and_then(|g| g.act.as_ref())
                    .is_some_and(|a| t_group.and_then(|g| g.act.as_ref()) == Some(a));
                // An English word linked to several Turkish words (polio ↔
                // çocuk felci, wastewater ↔ atık su) links them all inside
                // the pair or none: idari para is no translation of
                // administrative fine, whose fine is para cezası. Only a
                // word right beside the pair counts as cut off: a word
                // further away is another occurrence (vaccine ↔ aşısının
                // inside, and through the stem vaccin ↔ aşılama elsewhere).
                // So, the other way round, for a Turkish word linked to
                // several English words (doğalgazın ↔ natural gas).
                let split =
                    |words: &[(usize, &Token)], english: bool, (first, last): (usize, usize)| {
                        words.iter().any(|(i, _)| {
                            let (mut inside, mut outside) = (false, false);
                            for (&(a, b), &x) in w.iter() {
                                let (mine, other) = if english { (a, b) } else { (b, a) };
                                if mine == *i && x >= LINK_EVIDENCE {
                                    if (first..=last).contains(&other) {
                                        inside = true;
                                    } else if other + 1 == first || other == last + 1 {
                                        outside = true;
                                    }
                                }
                            }
                            inside && outside
                        })
                    };
                if split(&e_in, true, (tf, tl)) || split(&t_in, false, (ef, el)) {
                    continue;
                }
                // Support: word links covering half of each term or more;
                // in a unit where they fail, the two terms seen together
                // wherever either is (see `term_cooccurrence`), if another
                // unit supports the pair so.
                let linked = same_act
                    || cov_e.min(cov_t) >= 0.5
                    || prior_pair
                    || acronym_pair
                    || markup
                    || same_item
                    || (both_names && lexical >= 0.3);
                if !linked && !term_assoc.contains(&(re, rt)) {
                    continue;
                }
                let number = e_in
                    .iter()
                    .any(|(_, a)| a.number && t_in.iter().any(|(_, b)| b.number && a.key == b.key));
                // Two names that share their linked words and leave one
                // word unlinked on each side (Göksu River ↔ Göksu Nehri'nden,
                // Lake Mogan ↔ Mogan Gölü): by elimination inside the pair,
                // the two leftover words — the generic heads — correspond.
                let unlinked = |xs: &[(usize, &Token)], ys: &[(usize, &Token)], flip: bool| {
                    xs.iter()
                        .filter(|(i, _)| {
                            ys.iter().all(|(j, _)| {
                                let k = if flip { (*j, *i) } else { (*i, *j) };
                                w.get(&k).copied().unwrap_or(0.0) < LINK_EVIDENCE
                            })
                        })
                        .count()
                };
                let one_left_each = e_in.len() >= 2
                    && t_in.len() >= 2
                    && unlinked(&e_in, &t_in, false) == 1
                    && unlinked(&t_in, &e_in, true) == 1;
                let names = if same_act
                    || (both_names && ((cov_e >= CERTAIN && cov_t >= CERTAIN) || one_left_each))
                {
                    1.0
                } else if both_names && lexical >= 0.3 {
                    0.5
                } else {
                    0.0
                };
                // Kept for [`compose_covered`] only when a shorter
                // candidate lies inside on both sides.
                let holds_shorter =
                    |occ: &[(usize, usize, usize)], (first, last): (usize, usize)| {
                        occ.iter().any(|&(_, f, l)| {
                            first <= f && l <= last && (f, l) != (first, last) && l > f
                        })
                    };
                if lexical < COMPOSITIONAL_COVER
                    && e_in.len() >= 2
                    && t_in.len() >= 2
                    && holds_shorter(e_occ, (ef, el))
                    && holds_shorter(t_occ, (tf, tl))
                {
                    partly_covered.push(PartlyCovered {
                        pair: (re, rt),
                        unit: ui,
                        en: best_e,
                        tr: best_t,
                    });
                }
                let st = stats.entry((re, rt)).or_default();
                st.lexical = st.lexical.max(lexical);
                st.cover = st.cover.max(cov_e.min(cov_t));
                if !st.units.contains(&ui) {
                    st.units.push(ui);
                }
                st.markup |= markup;
                st.acronym_run |= acronym_run;
                st.same_item |= same_item;
                st.number |= number;
                st.names = st.names.max(names);
                st.linked |= linked;
            }
        }
    }
    compose_covered(&mut stats, &partly_covered, &corpus.units, &en, &tr);
    // Co-occurrence extends a pair's support to units where its links
    // fail; it supports no pair whose terms no link joins anywhere (every
    // two terms of a sentence seen only there, three times, occur
    // together so).
    stats.retain(|_, st| st.linked || st.lexical >= LINK_EVIDENCE);
    for g in joined_en {
        if let Some(g) = en.groups.get_mut(g) {
            g.coordination = true;
        }
    }
    for g in joined_tr {
        if let Some(g) = tr.groups.get_mut(g) {
            g.coordination = true;
        }
    }

    let n_units = corpus.units.len() as f64;
    let prior_terms = |re: usize, rt: usize| -> bool {
        let (Some(ge), Some(gt)) = (en.groups.get(re), tr.groups.get(rt)) else {
            return false;
        };
        let e_keys: HashSet<String> = ge
            .forms()
            .iter()
            .map(|(f, _)| term_key(f, Lang::En))
            .collect();
        let t_keys: HashSet<String> = gt
            .forms()
            .iter()
            .map(|(f, _)| term_key(f, Lang::Tr))
            .collect();
        e_keys.iter().any(|ek| {
            t_keys
                .iter()
                .any(|tk| priors.terms.contains(&(ek.clone(), tk.clone())))
        })
    };

    // Score parts without the acronym bonus.
    let mut scored: Vec<((usize, usize), ScoreParts, f64)> = stats
        .iter()
        .map(|(&(re, rt), st)| {
            let fe = df_en.get(&re).copied().unwrap_or(0) as f64;
            let ft = df_tr.get(&rt).copied().unwrap_or(0) as f64;
            let k11 = st.units.len() as f64;
            let dice = if fe + ft > 0.0 {
                2.0 * k11 / (fe + ft)
            } else {
                0.0
            };
            let g2 = llr(k11, fe - k11, ft - k11, (n_units - fe - ft + k11).max(0.0));
            let parts = ScoreParts {
                dice,
                llr: g2,
                lexical: st.lexical,
                name: st.names,
                acronym: 0.0,
                glossary: if prior_terms(re, rt) { 1.0 } else { 0.0 },
                number: if st.number { 1.0 } else { 0.0 },
                markup: if st.markup {
                    1.0
                } else if st.same_item {
                    LIST_ITEM_MARKUP
                } else {
                    0.0
                },
            };
            let termhood = (en.groups.get(re).map_or(0.0, |g| g.termhood())
                + tr.groups.get(rt).map_or(0.0, |g| g.termhood()))
                / 2.0;
            ((re, rt), parts, termhood)
        })
        .collect();

    // Acronym–definition links: pair the acronyms when their definitions
    // pair (and the definitions when their acronyms pair).
    let partner_of = |side: &Side, g: usize| -> Option<usize> {
        side.groups
            .get(g)
            .and_then(|x| x.partner.as_ref())
            .and_then(|k| side.index.get(k))
            .map(|&p| side.root(p))
    };
    let strong_pairs: HashSet<(usize, usize)> = scored
        .iter()
        .filter(|(_, p, _)| p.lexical >= 0.5 || p.glossary > 0.0)
        .map(|(k, _, _)| *k)
        .collect();
    let mut only_acronyms: HashSet<(usize, usize)> = HashSet::new();
    for (e, t) in &acronyms_in_unit {
        // An acronym written alike in both languages (YEKDEM) is its own
        // translation: it leaves the unit's other two alone.
        let alike = |a: usize, b: usize| {
            en.groups
                .get(a)
                .zip(tr.groups.get(b))
                .is_some_and(|(x, y)| x.key == y.key)
        };
        // Nor does an acronym inside another's definition (A.Ş. in Enerji
        // Piyasaları İşletme A.Ş., of EPİAŞ): it is a word of that name.
        let inside = |side: &Side, list: &[usize], g: usize| {
            side.groups.get(g).is_some_and(|x| {
                list.iter().any(|&h| {
                    h != g
                        && side
                            .groups
                            .get(h)
                            .and_then(|y| y.partner.as_deref())
                            .is_some_and(|p| p.split(' ').any(|w| w == x.key))
                })
            })
        };
        let (e, t): (Vec<usize>, Vec<usize>) = (
            e.iter()
                .copied()
                .filter(|&a| !t.iter().any(|&b| alike(a, b)) && !inside(&en, e, a))
                .collect(),
            t.iter()
                .copied()
                .filter(|&b| !e.iter().any(|&a| alike(a, b)) && !inside(&tr, t, b))
                .collect(),
        );
        if let ([a], [b]) = (e.as_slice(), t.as_slice()) {
            let la = en
                .groups
                .get(*a)
                .map(|g| g.citation(Lang::En).0.chars().count());
            let lb = tr
                .groups
                .get(*b)
                .map(|g| g.citation(Lang::Tr).0.chars().count());
            if la == lb {
                only_acronyms.insert((*a, *b));
            }
        }
    }
    for ((re, rt), parts, _) in scored.iter_mut() {
        let pe = partner_of(&en, *re);
        let pt = partner_of(&tr, *rt);
        // Definitions pair through their acronyms when those are the only
        // two in a unit, of one length, and one word of the definitions
        // translates another (General Directorate of Cultural Heritage and
        // Museums ↔ Kültür Varlıkları ve Müzeler Genel Müdürlüğü, through
        // GDCHM ↔ KVMGM). A name's translation may be free beyond that word:
        // Energy Exchange Istanbul ↔ Enerji Piyasaları İşletme A.Ş., through
        // EXIST ↔ EPİAŞ, shares only energy ↔ enerji.
        let linked = match (pe, pt) {
            (Some(a), Some(b)) => {
                strong_pairs.contains(&(a, b))
                    || (only_acronyms.contains(&(a, b))
                        && (parts.lexical > 0.0 || parts.glossary > 0.0))
            }
            _ => false,
        };
        if linked || only_acronyms.contains(&(*re, *rt)) {
            parts.acronym = 1.0;
        }
    }

    // Both languages put a noun's modifiers before it, so the words a term
    // pair adds to a shorter pair lie before it on both sides (drought
    // management plan ↔ kuraklık yönetim planı around management plan ↔
    // yönetim planı). Words added before it in English but after it in
    // Turkish (reduced river flow ↔ nehir akışını azalttı around river
    // flow ↔ nehir akışı) are a clause around the term: a verb, with the
    // Turkish verb last.
    let key_words = |side: &Side, g: usize| -> Vec<String> {
        side.groups
            .get(g)
            .map(|x| x.key.split(' ').map(str::to_owned).collect())
            .unwrap_or_default()
    };
    let right_extension = |(re, rt): (usize, usize)| -> bool {
        let (ew, tw) = (key_words(&en, re), key_words(&tr, rt));
        // English "X of Y" puts the head first: its order differs anyway.
        if ew.iter().any(|w| w == "of") {
            return false;
        }
        let group =
            |side: &Side, words: &[String]| side.index.get(&words.join(" ")).map(|&g| side.root(g));
        (0..tw.len())
            .flat_map(|i| (i + 1..tw.len()).map(move |j| (i, j)))
            .any(|(i, j)| {
                let Some(inner_t) = tw.get(i..j).and_then(|w| group(&tr, w)) else {
                    return false;
                };
                (1..ew.len()).any(|a| {
                    ew.get(a..)
                        .and_then(|w| group(&en, w))
                        .is_some_and(|inner_e| {
                            let covers = |t: usize| {
                                stats
                                    .get(&(inner_e, t))
                                    .is_some_and(|st| st.cover >= EXTENSION_COVER)
                            };
                            // The Turkish words after the inner term may belong
                            // to its translation (fine ↔ para cezası, around
                            // fine ↔ para): then it is cut short, not extended.
                            covers(inner_t)
                                && !tw.get(i..).and_then(|w| group(&tr, w)).is_some_and(covers)
                        })
                })
            })
    };
    // Two term pairs glued by a clause: the English term is one term, a
    // word or two, then another (retrofitting programme | offers |
    // low-interest loan), the Turkish term the two translations with a
    // word or two between them, one of which carries a case ending other
    // than the genitive (güçlendirme programı | maliklere | düşük faizli
    // kredi): the words between are a verb and its object, not part of a
    // term. Inside a Turkish term a word is bare, a participle, an
    // adjective, a genitive or a compound head.
    let glued_clause = |(re, rt): (usize, usize)| -> bool {
        let (ew, tw) = (key_words(&en, re), key_words(&tr, rt));
        let Some(surface) = tr.groups.get(rt).and_then(|g| g.occs.first()) else {
            return false;
        };
        let lower = crate::text::lowercase(&surface.surface, Lang::Tr);
        let tr_words: Vec<&str> = lower.split_whitespace().collect();
        if tr_words.len() != tw.len() || ew.iter().any(|w| w == "of" || w == "and") {
            return false;
        }
        let case_marked = |k: usize| {
            tr_words.get(k).zip(tw.get(k)).is_some_and(|(w, key)| {
                let folded = super::token::fold_key(w);
                folded != *key
                    && compound_base(&folded).is_none()
                    && !["ın", "in", "un", "ün"].iter().any(|g| w.ends_with(g))
                    && !turkish_adjective(w, &adjectival)
                    && !["mış", "miş", "muş", "müş", "acak", "ecek"]
                        .iter()
                        .any(|p| w.ends_with(p))
                    // A verbal noun in -mA is bare: it heads a compound
                    // after its dative object (işgücüne katılma oranı,
                    // labour force participation rate), no verb of a clause.
                    && !w.ends_with("ma")
                    && !w.ends_with("me")
            })
        };
        let group =
            |side: &Side, words: &[String]| side.index.get(&words.join(" ")).map(|&g| side.root(g));
        let covers = |e: Option<usize>, t: Option<usize>| {
            e.zip(t)
                .is_some_and(|k| stats.get(&k).is_some_and(|st| st.cover >= EXTENSION_COVER))
        };
        let splits =
            |n: usize| (1..n).flat_map(move |a| (a + 1..n.min(a + 3)).map(move |b| (a, b)));
        splits(ew.len()).any(|(a, b)| {
            let (e1, e2) = (
                ew.get(..a).and_then(|w| group(&en, w)),
                ew.get(b..).and_then(|w| group(&en, w)),
            );
            splits(tw.len()).any(|(i, j)| {
                (i..j).any(case_marked)
                    && covers(e1, tw.get(..i).and_then(|w| group(&tr, w)))
                    && covers(e2, tw.get(j..).and_then(|w| group(&tr, w)))
            })
        })
    };
    // A loanword pair: one lower-case word a side, spelled alike (through
    // the name key: aflatoxin ↔ aflatoksin, photovoltaic ↔ fotovoltaik)
    // and in no general word list. Turkish borrows the
    // international vocabulary of science and technology, so such a pair
    // is a technical term, though seen once. So is a long English word of
    // the lists whose Turkish loan the lists do not give (conservation ↔
    // konservasyon, beside the listed koruma) and that the Turkish word
    // writes as borrowed ([`loan_spelling`]): the specialist's word beside
    // the everyday one. A short one is everyday (season ↔ sezon).
    let loanword = |(re, rt): (usize, usize)| -> bool {
        let (Some(ge), Some(gt)) = (en.groups.get(re), tr.groups.get(rt)) else {
            return false;
        };
        let plain = |g: &super::candidates::Group| {
            g.words == 1 && !g.name && !g.acronym && g.occs.iter().all(|o| !o.quoted)
        };
        let (Some(eo), Some(to)) = (ge.occs.first(), gt.occs.first()) else {
            return false;
        };
        let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
        plain(ge)
            && plain(gt)
            && letters(&eo.surface) >= 5
            && letters(&to.surface) >= 5
            && !common_tr_keys.contains(&gt.key)
            && ((!common_en_keys.contains(&ge.key) && similar(&eo.surface, &to.surface) >= 0.8)
                || (letters(&ge.key) >= 8
                    && inflects(
                        &super::token::fold_key(&loan_spelling(&ge.key)),
                        &super::token::fold_key(&gt.key),
                    )))
    };
    let ranked: Vec<((usize, usize), ScoreParts, f64, bool)> = scored
        .into_iter()
        .map(|(k, p, termhood)| {
            // Co-occurring once is no evidence of association.
            let k11 = stats.get(&k).map_or(0, |s| s.units.len()) as f64;
            let repeat = ((k11 - 1.0) / 2.0).clamp(0.0, 1.0);
            // A compositional translation: two multiword terms whose every
            // word the other side translates for certain (dictionary,
            // identical or name links), or all but one, left over on each
            // side and linked by elimination (measurement mast ↔ ölçüm
            // direği). The translation shows where the term ends, which
            // C-value alone cannot tell from one occurrence nested in a
            // longer run (vaccination campaign in "vaccination campaign
            // last spring").
            // Two or three words a side: a longer run that translates word
            // for word is mostly a clause (a verb phrase, with no
            // part-of-speech tags to tell), not a term. Or one English
            // word that the other side translates with two (airspace ↔
            // hava sahası, laptop ↔ dizüstü bilgisayar): a unit a
            // translator looks up, unless it is a verb (funded ↔ finanse
            // etti).
            let e_words = en.groups.get(k.0).map_or(0, |g| g.words);
            let t_words = tr.groups.get(k.1).map_or(0, |g| g.words);
            let multiword = ((2..=3).contains(&e_words)
                && ((2..=3).contains(&t_words) || (e_words == 2 && t_words == 1)))
                || (e_words == 1
                    && t_words == 2
                    && en.groups.get(k.0).is_some_and(|g| {
                        // Nor an ordinal compound (first-degree ↔ 1.
                        // derece), which qualifies a term.
                        let ordinal = g.occs.first().is_some_and(|o| {
                            let w = crate::text::lowercase(&o.surface, Lang::En);
                            w.split(['-', '\u{2010}', '\u{2011}'])
                                .next()
                                .is_some_and(|p| super::token::english_ordinal(p).is_some())
                                && w.contains(['-', '\u{2010}', '\u{2011}'])
                        });
                        !g.key.ends_with("ed")
                            && !super::token::is_verb(&g.key, Lang::En)
                            && !ordinal
                    }));
            let lifted = ((multiword && p.lexical >= COMPOSITIONAL_COVER && !right_extension(k))
                || (p.lexical >= 0.9 && loanword(k)))
                && termhood < COMPOSITIONAL_TERMHOOD;
            let termhood = if lifted {
                COMPOSITIONAL_TERMHOOD
            } else {
                termhood
            };
            (k, p, pair_score(&p, termhood, repeat), lifted)
        })
        .collect();
    // Pairs that stand on the compositional floor: the word-for-word
    // translation marks where their terms end, so they pull in no longer
    // pair (below).
    let compositional: HashSet<(usize, usize)> =
        ranked.iter().filter(|x| x.3).map(|x| x.0).collect();
    let mut ranked: Vec<((usize, usize), ScoreParts, f64)> =
        ranked.into_iter().map(|(k, p, s, _)| (k, p, s)).collect();
    ranked.sort_by(|a, b| {
        b.2.total_cmp(&a.2)
            .then(b.1.lexical.total_cmp(&a.1.lexical))
            .then_with(|| {
                let words = |x: &((usize, usize), ScoreParts, f64)| {
                    en.groups.get(x.0 .0).map_or(0, |g| g.words)
                        + tr.groups.get(x.0 .1).map_or(0, |g| g.words)
                };
                words(b).cmp(&words(a))
            })
            .then(a.0.cmp(&b.0))
    });

    // Maximal pairs (phrase-pair consistency, as in the phrase tables of
    // statistical MT): a pair whose terms lie inside the terms of another
    // candidate pair that the word links explain at least as well (treatment
    // plant ↔ arıtma tesisi inside wastewater treatment plant ↔ atık su
    // arıtma tesisi) gives way to that longer pair, which is taken first.
    // Not for a strong term (a name, an acronym, a prior glossary's term):
    // it is a term on its own evidence, and a capitalized run around a name
    // (a title before it) is no better a name.
    let by_pair: HashMap<(usize, usize), (ScoreParts, f64)> =
        ranked.iter().map(|(k, p, s)| (*k, (*p, *s))).collect();
    let cover = |k: &(usize, usize)| stats.get(k).map_or(0.0, |s| s.cover);
    // The pairs of each English term, and the English terms of pairs whose
    // key holds another's as a run of words: a fragment's longer pairs are
    // looked up, not searched for among all pairs (which grew with the
    // square of the text).
    let mut pairs_of_en: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    for &k in by_pair.keys() {
        pairs_of_en.entry(k.0).or_default().push(k);
    }
    let mut en_by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    for &g in pairs_of_en.keys() {
        if let Some(group) = en.groups.get(g) {
            en_by_key.entry(group.key.as_str()).or_default().push(g);
        }
    }
    let mut en_outers: HashMap<usize, Vec<usize>> = HashMap::new();
    for &outer in pairs_of_en.keys() {
        let Some(group) = en.groups.get(outer) else {
            continue;
        };
        let words: Vec<&str> = group.key.split(' ').collect();
        let mut runs = HashSet::new();
        for start in 0..words.len() {
            for end in start + 1..=words.len() {
                runs.insert(words[start..end].join(" "));
            }
        }
        for run in runs {
            for &inner in en_by_key.get(run.as_str()).into_iter().flatten() {
                if inner != outer {
                    en_outers.entry(inner).or_default().push(outer);
                }
            }
        }
    }
    let extension_of = |re: usize, rt: usize| -> Option<(usize, usize)> {
        let (ge, gt) = (en.groups.get(re)?, tr.groups.get(rt)?);
        if ge.strong() || gt.strong() {
            return None;
        }
        // The fragment must live mostly inside the longer term on a side
        // where they differ (C-value's nesting): a term used on its own as
        // often (freight traffic, beside growth of freight traffic) stays.
        let nested = |side: &Side, inner: usize, outer: usize| {
            inner != outer && {
                let (inside, outside) = nesting(side, inner, outer);
                outside < inside
            }
        };
        std::iter::once(re)
            .chain(en_outers.get(&re).into_iter().flatten().copied())
            .flat_map(|oe| pairs_of_en.get(&oe).into_iter().flatten())
            .filter_map(|k| by_pair.get_key_value(k))
            .filter(|(&(oe, ot), _)| {
                (oe, ot) != (re, rt)
                    && (oe == re || contains(&en, oe, re))
                    && (ot == rt || contains(&tr, ot, rt))
                    && cover(&(oe, ot)) >= EXTENSION_COVER
                    && (nested(&en, re, oe) || nested(&tr, rt, ot))
                    && !right_extension((oe, ot))
                    && en
                        .groups
                        .get(oe)
                        .is_some_and(|g| !g.coordination && !g.label)
                    && tr
                        .groups
                        .get(ot)
                        .is_some_and(|g| !g.coordination && !g.label)
            })
            .max_by(|a, b| {
                let words = |k: &(usize, usize)| {
                    en.groups.get(k.0).map_or(0, |g| g.words)
                        + tr.groups.get(k.1).map_or(0, |g| g.words)
                };
                // The best covered, then the longest.
                cover(a.0)
                    .total_cmp(&cover(b.0))
                    .then(words(a.0).cmp(&words(b.0)))
                    .then(a.1 .1.total_cmp(&b.1 .1))
                    .then(b.0.cmp(a.0))
            })
            .map(|(k, _)| *k)
    };
    // A pair on the compositional floor that is a coordination (technical
    // and administrative) or opens with a compound participle (area-based
    // income) is the modifiers of a head when a longer pair, as well
    // explained, adds that head after it in both languages (technical and
    // administrative measure ↔ teknik ve idari tedbir; area-based income
    // support ↔ alan bazlı gelir desteği): such modifiers qualify the head,
    // not each other.
    let modifiers = |short: (usize, usize)| {
        en.groups.get(short.0).is_some_and(|g| {
            g.key.split(' ').any(|w| w == "and" || w == "or")
                || g.occs.first().is_some_and(|o| {
                    o.surface
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.contains('-') && w.ends_with("ed"))
                })
        })
    };
    let head_of = |short: (usize, usize), long: (usize, usize)| -> bool {
        let head_after = |side: &Side, s: usize, l: usize| {
            side.groups
                .get(l)
                .zip(side.groups.get(s))
                .is_some_and(|(l, s)| l.key.starts_with(&format!("{} ", s.key)))
        };
        cover(&long) >= COMPOSITIONAL_COVER
            && head_after(&en, short.0, long.0)
            && head_after(&tr, short.1, long.1)
    };
    // C-value's nesting on one side: a term of two words or more seen
    // twice or more, each time inside one longer candidate that adds a
    // single word before it (kayıt sistemi, always in veri kayıt sistemi),
    // is no term of its own there, whatever its translation covers: the
    // pair with the same other term takes the longer one (filing system ↔
    // veri kayıt sistemi). Each side's map: inner group → that longer one.
    // With `after`, the same nesting with the word added after the term,
    // which counts only on both sides at once (below): one occurrence in
    // three may then stand in a name that goes on otherwise (Collective
    // Labour | Agreements, a plural kept in a name's key).
    let bounding = |side: &Side, after: bool| -> HashMap<usize, usize> {
        let mut outer_of: HashMap<usize, usize> = HashMap::new();
        for (o, g) in side.groups.iter().enumerate() {
            if g.merged_into.is_some() || g.words < 3 || g.coordination || g.label {
                continue;
            }
            let inner_key = if after {
                g.key.rsplit_once(' ').map(|(rest, _)| rest)
            } else {
                g.key.split_once(' ').map(|(_, rest)| rest)
            };
            let Some(inner) = inner_key
                .and_then(|k| side.index.get(k))
                .map(|&i| side.root(i))
            else {
                continue;
            };
            let (inside, outside) = nesting(side, inner, o);
            let one_word = side
                .groups
                .get(inner)
                .is_some_and(|i| i.words + 1 == g.words);
            // A Turkish genitive before the term names its possessor
            // (kadınların işgücüne katılma oranı, the rate of women), as an
            // English of-phrase after it does: no longer term.
            let possessor = !after
                && side.lang == Lang::Tr
                && g.occs.iter().all(|o| {
                    o.surface.split_whitespace().next().is_some_and(|w| {
                        super::candidates::genitive(&crate::text::lowercase(w, Lang::Tr))
                    })
                });
            let outside_allowed = if after { inside / 3 } else { 0 };
            if one_word && inside >= 2 && outside <= outside_allowed && !possessor {
                let best = outer_of.entry(inner).or_insert(o);
                *best = (*best).min(o);
            }
        }
        outer_of
    };
    let (bound_en, bound_tr) = (bounding(&en, false), bounding(&tr, false));
    // The nesting after the term, on both sides at once: a pair seen twice
    // or more, each time inside one longer pair that adds a single word
    // after it in each language (collective labour ↔ toplu iş, always in
    // collective labour agreement ↔ toplu iş sözleşmesi), is that pair cut
    // short. One side alone says little: an English term goes on into a
    // noun it modifies (shear wall design).
    let (after_en, after_tr) = (bounding(&en, true), bounding(&tr, true));
    // Both sides extend together (tea leaf ↔ çay yaprağı, always in fresh
    // tea leaf ↔ yaş çay yaprağı).
    let bound_extension = |(re, rt): (usize, usize)| -> Option<(usize, usize)> {
        if let (Some(&oe), Some(&ot)) = (after_en.get(&re), after_tr.get(&rt)) {
            if by_pair.contains_key(&(oe, ot)) {
                return Some((oe, ot));
            }
        }
        let longer = match (bound_en.get(&re), bound_tr.get(&rt)) {
            (None, None) => return None,
            (e, t) => (e.copied().unwrap_or(re), t.copied().unwrap_or(rt)),
        };
        if !by_pair.contains_key(&longer) {
            return None;
        }
        // Nesting goes on outwards (participation rate, always in force
        // participation rate, always in labour force participation rate).
        let mut at = longer;
        for _ in 0..8 {
            let next = (
                bound_en.get(&at.0).copied().unwrap_or(at.0),
                bound_tr.get(&at.1).copied().unwrap_or(at.1),
            );
            if next == at || !by_pair.contains_key(&next) {
                break;
            }
            at = next;
        }
        Some(at)
    };
    let mut queue: Vec<((usize, usize), ScoreParts, f64)> = Vec::with_capacity(ranked.len());
    let mut queued: HashSet<(usize, usize)> = HashSet::new();
    for (k, p, s) in ranked {
        let floor = compositional.contains(&k);
        let mut ahead: Vec<(usize, usize)> = Vec::new();
        if s >= min_score && (!floor || modifiers(k)) {
            if let Some(x) = extension_of(k.0, k.1).filter(|&x| !floor || head_of(k, x)) {
                ahead.extend(bound_extension(x));
                ahead.push(x);
            }
        }
        if s >= min_score {
            ahead.extend(bound_extension(k));
        }
        for x in ahead {
            if queued.insert(x) {
                // The fragment's evidence comes from inside the longer
                // pair: the longer pair stands on it.
                if let Some(&(xp, xs)) = by_pair.get(&x) {
                    queue.push((x, xp, xs.max(s)));
                }
            }
        }
        if queued.insert(k) {
            queue.push((k, p, s));
        }
    }

    let prior_capitalized: HashSet<(Lang, String)> = prior_glossaries
        .iter()
        .flat_map(|g| g.entries.iter())
        .flat_map(|e| {
            [Lang::En, Lang::Tr].into_iter().flat_map(move |lang| {
                e.forms(lang)
                    .filter(|f| f.chars().next().is_some_and(char::is_uppercase))
                    .map(move |f| (lang, term_key(f, lang)))
            })
        })
        .collect();
    // The lemmas of the last words of Turkish names of two words or more
    // (bakanlık for Kültür ve Turizm Bakanlığı): a listed word capitalized
    // on its own may be the short reference to one of them (below).
    let name_heads: HashSet<String> = tr
        .groups
        .iter()
        .filter(|n| n.name && n.words >= 2)
        .filter_map(|n| n.key.rsplit(' ').next())
        .map(|last| super::lemma::dictionary_lemma(last).unwrap_or_else(|| last.to_owned()))
        .collect();
    let modifiers_only = |g: &super::candidates::Group| -> bool {
        let Some(o) = g.occs.first() else {
            return false;
        };
        let lower = crate::text::lowercase(&o.surface, Lang::En);
        let words: Vec<&str> = lower.split_whitespace().collect();
        const ENDINGS: [&str; 10] = [
            "ic", "ical", "al", "ous", "ive", "ful", "less", "able", "ible", "ed",
        ];
        words
            .last()
            .is_some_and(|w| ENDINGS.iter().any(|x| w.ends_with(x)))
    };
    // A Turkish term ending in the compound marker ends in its head
    // (veri sorumlusu temsilcisi): the English last word is a noun then,
    // whatever its ending (representative).
    let marked_head = |g: &super::candidates::Group| -> bool {
        g.occs.first().is_some_and(|o| {
            o.surface.split_whitespace().count() >= 2
                && o.surface.split_whitespace().last().is_some_and(|w| {
                    compound_base(&super::token::fold_key(&crate::text::lowercase(
                        w,
                        Lang::Tr,
                    )))
                    .is_some()
                })
        })
    };
    let adjective_last = |g: &super::candidates::Group| -> bool {
        g.occs.first().is_some_and(|o| {
            o.surface
                .split_whitespace()
                .last()
                .is_some_and(|w| turkish_adjective(w, &adjectival))
        })
    };
    let left_part = |side: &Side, g: usize| -> bool {
        side.groups.get(g).is_some_and(|grp| {
            grp.occs.iter().all(|o| {
                side.per_sentence.get(o.sent).is_some_and(|occs| {
                    occs.iter()
                        .any(|&(_, first, last)| first <= o.first && last > o.last)
                })
            })
        })
    };
    // The scored pairs of each Turkish term.
    let mut by_turkish: HashMap<usize, Vec<(usize, ScoreParts, f64)>> = HashMap::new();
    for (&(e, t), &(p, s)) in &by_pair {
        by_turkish.entry(t).or_default().push((e, p, s));
    }
    // Whether the English term `inner` is `outer` with the words before it
    // cut off after a joint: a preposition (Nermin Aksoy of | Fırat Vadisi
    // University) or an acronym (EU | Data Protection Directive), not in
    // the middle of a name (Black | Sea coast).
    let cut_after_joint = |outer: usize, inner: usize| -> bool {
        let (Some(o), Some(n)) = (en.groups.get(outer), en.groups.get(inner)) else {
            return false;
        };
        let words: Vec<&str> = o.key.split(' ').collect();
        let inner_words: Vec<&str> = n.key.split(' ').collect();
        let Some(at) = words
            .windows(inner_words.len())
            .position(|w| w == inner_words.as_slice())
        else {
            return false;
        };
        at + inner_words.len() == words.len()
            && at
                .checked_sub(1)
                .and_then(|b| words.get(b))
                .is_some_and(|w| {
                    ["of", "at", "from", "in", "for"].contains(w)
                        || en
                            .index
                            .get(*w)
                            .and_then(|&g| en.groups.get(en.root(g)))
                            .is_some_and(|g| g.acronym)
                })
    };
    // The word lists' English phrases (their keys joined) and the Turkish
    // words they give.
    let mut phrase_forms: HashMap<String, Vec<&str>> = HashMap::new();
    for (phrase, form) in &priors.en_phrases {
        phrase_forms
            .entry(phrase.join(" "))
            .or_default()
            .push(form.as_str());
    }
    // Competitive linking.
    let mut used_e: HashSet<usize> = HashSet::new();
    // English words spent by their listed translation, dropped as vocabulary.
    let mut listed_e: HashSet<usize> = HashSet::new();
    let mut used_t: HashSet<usize> = HashSet::new();
    // Words of a general pair dropped as vocabulary, with the pair's Dice.
    let mut vocab_e: HashMap<usize, f64> = HashMap::new();
    let mut vocab_t: HashMap<usize, f64> = HashMap::new();
    let mut taken: Vec<(usize, usize, usize)> = Vec::new(); // (re, rt, units)
    let mut glossary = Glossary::new();
    // Sentences with a translation, per language.
    let paired_en: HashSet<usize> = corpus.units.iter().map(|u| u.en).collect();
    let paired_tr: HashSet<usize> = corpus.units.iter().map(|u| u.tr).collect();
    for ((re, rt), parts, score) in queue {
        if score < min_score {
            continue;
        }
        // A learned loan (conservation ↔ konservasyon) is the specialist's
        // term beside the word's listed translation (koruma): the listed
        // pair, dropped as vocabulary, leaves the English word free for it.
        let loan = parts.lexical >= 0.9 && loanword((re, rt));
        let free_for_loan =
            loan && listed_e.contains(&re) && !taken.iter().any(|&(oe, _, _)| oe == re);
        if (used_e.contains(&re) && !free_for_loan) || used_t.contains(&rt) {
            continue;
        }
        // A word of general vocabulary keeps to its own translation (see
        // where `vocab_e` is filled, below).
        if (vocab_e.get(&re).is_some_and(|&d| parts.dice < d)
            || vocab_t.get(&rt).is_some_and(|&d| parts.dice < d))
            && !loan
        {
            continue;
        }
        // A fragment of a name pair taken (höyük of Kemerli Höyük) with no
        // occurrence of its own outside the name on one side is dropped
        // below: that side is spent, and the other side stays free for its
        // own translation (höyük ↔ mound, the common noun beside the name).
        let spent = |side: &Side, g: usize, outer: usize| {
            let (inside, outside) = nesting(side, g, outer);
            inside > 0 && outside == 0
        };
        let in_name = taken.iter().find_map(|&(oe, ot, _)| {
            let strong = en.groups.get(oe).is_some_and(|g| g.strong())
                && tr.groups.get(ot).is_some_and(|g| g.strong());
            (strong && oe != re && ot != rt && contains(&en, oe, re) && contains(&tr, ot, rt))
                .then(|| (spent(&en, re, oe), spent(&tr, rt, ot)))
        });
        // So for a fragment met only inside a term that an acronym marks
        // (joint health of joint health and safety unit (OSGB)), on both
        // sides: the acronym shows it is no term of its own there.
        // The pair met only inside the taken pair (oe, ot), on both sides.
        let spent_in =
            |oe: usize, ot: usize| (oe, ot) != (re, rt) && spent(&en, re, oe) && spent(&tr, rt, ot);
        let in_acronym_run = taken.iter().any(|&(oe, ot, _)| {
            stats.get(&(oe, ot)).is_some_and(|s| s.acronym_run)
                && contains(&en, oe, re)
                && contains(&tr, ot, rt)
                && spent_in(oe, ot)
        });
        if in_acronym_run {
            continue;
        }
        // So for the last part of coordinated modifiers (safety committee
        // of occupational health and safety committee ↔ güvenliği kurulu
        // of iş sağlığı ve güvenliği kurulu): met only right after the
        // conjunction inside a term taken, on both sides, it is that
        // term's, cut at the conjunction, when the coordination is a term
        // the text uses more often on its own (occupational health and
        // safety). Not when it is not: Marmara region of Aegean and
        // Marmara regions is a term.
        let after_conjunction = |side: &Side, sents: &[Sentence], g: usize| {
            side.groups.get(g).is_some_and(|g| {
                g.occs.iter().all(|o| {
                    o.first
                        .checked_sub(1)
                        .and_then(|p| sents.get(o.sent)?.items.get(p))
                        .is_some_and(|i| {
                            matches!(i, Item::Word(t) if matches!(t.lower.as_str(), "and" | "ve"))
                        })
                })
            })
        };
        let modifier_term = |side: &Side, outer: usize| {
            side.groups.get(outer).is_some_and(|o| {
                o.key
                    .rsplit_once(' ')
                    .and_then(|(rest, _)| side.index.get(rest))
                    .and_then(|&m| side.groups.get(side.root(m)))
                    .is_some_and(|m| m.occs.len() > o.occs.len())
            })
        };
        let in_coordination = after_conjunction(&en, &corpus.en, re)
            && after_conjunction(&tr, &corpus.tr, rt)
            && taken.iter().any(|&(oe, ot, _)| {
                modifier_term(&en, oe)
                    && modifier_term(&tr, ot)
                    && inside(&en, oe, re)
                    && inside(&tr, ot, rt)
                    && spent_in(oe, ot)
            });
        if in_coordination {
            continue;
        }
        if let Some((spent_e, spent_t)) = in_name {
            if spent_e != spent_t {
                if spent_e {
                    used_e.insert(re);
                } else {
                    used_t.insert(rt);
                }
                continue;
            }
        }
        // English words before a joint that translate nothing in the
        // Turkish term (Nermin Aksoy of Fırat Vadisi University ↔ Fırat
        // Vadisi Üniversitesi): the pair gives way to the pair without
        // them, which the word links cover, when that pair is free to be
        // taken.
        let covered_inside = cover(&(re, rt)) < EXTENSION_COVER
            && by_turkish.get(&rt).is_some_and(|pairs| {
                pairs.iter().any(|&(oe, p, s)| {
                    oe != re
                        && contains(&en, re, oe)
                        && cut_after_joint(re, oe)
                        && s >= min_score
                        && p.lexical >= COMPOSITIONAL_COVER
                        && !used_e.contains(&oe)
                })
            });
        if covered_inside {
            continue;
        }
        // A word list's English phrase for the Turkish term (power plant ↔
        // santral) is the entry, not its last word alone (plant), however
        // often that word stands alone: the pair gives way to the phrase's
        // while that is free to be taken.
        let phrase_of = |oe: usize| {
            let (Some(o), Some(t)) = (en.groups.get(oe), tr.groups.get(rt)) else {
                return false;
            };
            phrase_forms
                .get(o.key.as_str())
                .is_some_and(|forms| forms.iter().any(|f| inflects(f, &t.key)))
        };
        let phrase_waits = by_turkish.get(&rt).is_some_and(|pairs| {
            pairs.iter().any(|&(oe, _, s)| {
                oe != re
                    && s >= min_score
                    && !used_e.contains(&oe)
                    && phrase_of(oe)
                    && contains(&en, oe, re)
            })
        });
        if phrase_waits {
            continue;
        }
        let (Some(ge), Some(gt)) = (en.groups.get(re), tr.groups.get(rt)) else {
            continue;
        };
        // An English run always followed by more of a longer candidate is
        // its modifiers (movable cultural, of movable cultural property):
        // English puts the head last.
        if !ge.strong() && modifiers_only(ge) && !marked_head(gt) && left_part(&en, re) {
            continue;
        }
        // So in Turkish, for a run ending in an adjective (TB2 insansız, of
        // TB2 insansız hava aracı).
        if !gt.strong() && adjective_last(gt) && left_part(&tr, rt) {
            continue;
        }
        // A clause around a term pair (see `right_extension`) is no term,
        // unless the two occur together wherever either does: a clause is
        // not repeated word for word (data subject ↔ ilgili kişi, with
        // subject ↔ ilgili learnt, is a term translated as a whole).
        if !ge.strong()
            && !gt.strong()
            && !term_assoc.contains(&(re, rt))
            && (right_extension((re, rt)) || glued_clause((re, rt)))
        {
            continue;
        }
        // A Turkish genitive construction (kızamığın yayılması, spread of
        // measles; çam ormanlarının kaybı) joins two phrases in a sentence:
        // unlike a noun compound, it names a concept only when the text
        // repeats it. Seen in one unit, it is a phrase, and its parts
        // stay free for their own partners (belediyenin su arzı leaves su
        // arzı, water supply). An English gerund with its object
        // (processing of personal data ↔ kişisel verilerin işlenmesi)
        // names an operation, as regulations do: it stays.
        let gerund_of = ge.occs.iter().any(|o| {
            let mut words = o.surface.split_whitespace();
            words
                .next()
                .is_some_and(|w| w.len() > 6 && w.ends_with("ing"))
                && words.next() == Some("of")
        });
        if !gt.strong()
            && !gerund_of
            && stats.get(&(re, rt)).map_or(0, |s| s.units.len()) < 2
            && genitive_phrase(gt)
        {
            continue;
        }
        let acronym_run = stats.get(&(re, rt)).is_some_and(|s| s.acronym_run);
        if ((ge.coordination || gt.coordination) && !acronym_run) || ge.label || gt.label {
            continue;
        }
        // A common noun before a name in both languages (the restorer
        // Kerem Aksu ↔ Restoratör Kerem Aksu, northern Iraq ↔ kuzey Irak)
        // is the person's role or the place's part: no part of the name,
        // which pairs on its own.
        let role = |g: &super::candidates::Group| role_before_name(g, false);
        let written_role = |g: &super::candidates::Group| role_before_name(g, true);
        if role(ge) && role(gt) && (written_role(ge) || written_role(gt)) {
            continue;
        }
        // A month on its own dates a text; it names no concept of it (a
        // month inside a name stays: Ondokuz Mayıs Üniversitesi).
        if month(ge) || month(gt) {
            continue;
        }
        // A unit of measurement (MW, kWh) is notation, not a term.
        if unit_symbol(ge) || unit_symbol(gt) {
            continue;
        }
        // A single common word seen in fewer than three units is not enough
        // evidence of a term, unless the structure of the text pairs it: an
        // item of parallel lists (proportionality ↔ ölçülülük).
        // Two words that no general word list has, always met together
        // (sinkhole ↔ obruk), are the text's specialist vocabulary: twice
        // is enough.
        let units = stats.get(&(re, rt)).map_or(0, |s| s.units.len());
        let unlisted = !common_en_keys.contains(&ge.key) && !common_tr_keys.contains(&gt.key);
        // Not a participle or an -able adjective (registered, movable),
        // which qualifies a term rather than names one, nor a title (Dr).
        let qualifier = ge.occs.first().is_some_and(|o| {
            let w = crate::text::lowercase(&o.surface, Lang::En);
            ["ed", "able", "ible"].iter().any(|x| w.ends_with(x))
                || super::token::is_title(&w, Lang::En)
        });
        let specialist =
            unlisted && !qualifier && units >= 2 && parts.dice >= 0.99 && parts.lexical >= 0.9;
        // A participle or -able adjective of a listed verb (installed,
        // usable) alone qualifies a term, whatever the Turkish side: the
        // term is the phrase it qualifies (installed capacity ↔ kurulu güç).
        // A capital only at sentence starts (Treated opening a sentence)
        // makes no name of it.
        // Nor does an adverb in -ly of a listed word (Separately opening a
        // sentence): it qualifies a clause and names nothing; nor a
        // superlative (nearest), which ranks things and names none.
        let verb_form = ge.words == 1
            && (!ge.strong() || initial_only_name(ge))
            && ge.occs.first().is_some_and(|o| {
                let w = crate::text::lowercase(&o.surface, Lang::En);
                let known = |w: &str| priors.en_words.contains(w) || priors.phrases.contains_key(w);
                verb_adjective(&w, &known) || adverb(&w, &known) || superlative(&w, &known)
            });
        // A word in -ed after a form of be or have (was inscribed, been
        // inscribed) is a verb's participle, listed or not: a clause's
        // verb, whose partner is a verb phrase's noun (listeye alındı).
        let passive = ge.words == 1
            && !ge.strong()
            && ge.occs.iter().any(|o| {
                o.surface.ends_with("ed")
                    && o.first
                        .checked_sub(1)
                        .and_then(|p| corpus.en.get(o.sent)?.items.get(p))
                        .is_some_and(|i| {
                            matches!(i, Item::Word(t) if AUXILIARIES.contains(&t.lower.as_str()))
                        })
            });
        if verb_form || passive {
            continue;
        }
        // A term written apart somewhere (reinforced concrete, beside
        // reinforced-concrete) is a compound, not a single word.
        let common = |g: &super::candidates::Group| {
            g.words == 1 && !g.strong() && !g.occs.iter().any(|o| o.surface.contains(' '))
        };
        if common(ge)
            && common(gt)
            && parts.glossary == 0.0
            && !(parts.lexical >= 0.9 && loanword((re, rt)))
            && !specialist
            && parts.markup <= 0.0
            && units < 3
        {
            // Words the lists translate by each other are still each
            // other's translation: neither pairs with a lesser partner
            // (tariffs ↔ tarifeler, seen once, leaves tariff no Alım of
            // Alım garantisi, feed-in tariff).
            if parts.lexical >= 0.9 {
                used_e.insert(re);
                used_t.insert(rt);
                listed_e.insert(re);
            }
            continue;
        }
        // General vocabulary: a single common word whose translation is in
        // a general word list is not a term. Nor is it when capitalized
        // only as the short reference to a named body (the Ministry ↔
        // Bakanlık, for the Ministry of Culture and Tourism): a listed
        // word is a name only through its capital.
        // Only when the text has that longer name: a Turkish name ending in
        // the word (Kültür ve Turizm Bakanlığı for Bakanlık). Turkish keys
        // are compared by their lemmas: a capitalized word keeps its
        // letters in its key (Bakanlığın).
        let lemma = |w: &str| super::lemma::dictionary_lemma(w).unwrap_or_else(|| w.to_owned());
        let by_capital = |g: &super::candidates::Group, lang: Lang| {
            let (keys, key) = match lang {
                Lang::Tr => (&common_tr_keys, lemma(&g.key)),
                _ => (&common_en_keys, g.key.clone()),
            };
            g.name
                && keys.contains(&key)
                && !(g.act.is_some()
                    || g.acronym
                    || g.partner.is_some()
                    || g.quoted
                    || g.list_item
                    || g.prior)
        };
        // A nationality adjective (Turkish ↔ Türk, Syrian ↔ Suriyeli), capitalized
        // in both languages, qualifies terms and names none.
        let nationality = ge.words == 1
            && gt.words == 1
            && parts.glossary == 0.0
            && !ge.acronym
            && !gt.acronym
            && priors
                .general_capitalized
                .iter()
                .any(|(ek, tf)| *ek == ge.key && inflects(tf, &gt.key));
        if nationality {
            continue;
        }
        let head_of_name = || name_heads.contains(&lemma(&gt.key));
        let general = ge.words == 1
            && gt.words == 1
            && parts.glossary == 0.0
            && (!ge.strong() || by_capital(ge, Lang::En))
            && (!gt.strong() || by_capital(gt, Lang::Tr))
            && (!(ge.strong() || gt.strong()) || head_of_name())
            && ge.occs.iter().any(|o| {
                corpus
                    .en
                    .get(o.sent)
                    .and_then(|s| s.items.get(o.first))
                    .is_some_and(|i| match i {
                        Item::Word(et) => gt.occs.iter().any(|p| {
                            corpus
                                .tr
                                .get(p.sent)
                                .and_then(|s| s.items.get(p.first))
                                .is_some_and(|j| match j {
                                    Item::Word(tt) => {
                                        priors.general.contains(&(et.stem.clone(), tt.stem.clone()))
                                            || general_inflects(&priors, et, tt)
                                    }
                                    Item::Break(_) => false,
                                })
                        }),
                        Item::Break(_) => false,
                    })
            });
        if general {
            // Still each other's translation: the other word pairs with a
            // longer term only if it meets that term more consistently
            // than this word (labour force ↔ işgücü beside labour ↔
            // işgücü), not with a term whose added words it leaves
            // untranslated (open-ended contract ↔ sözleşme beside contract
            // ↔ sözleşme).
            if parts.lexical >= 0.9 {
                let e = vocab_e.entry(re).or_insert(0.0);
                *e = e.max(parts.dice);
                let t = vocab_t.entry(rt).or_insert(0.0);
                *t = t.max(parts.dice);
            }
            // The short reference is the longer name's: it takes no other
            // partner either.
            if ge.strong() || gt.strong() {
                used_e.insert(re);
                used_t.insert(rt);
            }
            continue;
        }
        let st_units = stats.get(&(re, rt)).map_or(0, |s| s.units.len());
        used_e.insert(re);
        used_t.insert(rt);
        taken.push((re, rt, st_units));
        let plural_acronym = |side: &Side, g: usize| {
            partner_of(side, g)
                .and_then(|p| side.groups.get(p))
                .is_some_and(|p| p.acronym_plural)
        };
        // A capital is kept when the other language writes the term as a
        // name, or a prior glossary writes it capitalized (Syria, seen only
        // at the start of a sentence).
        // So when the other language's term starts with a name written
        // inside a sentence (the Black Sea coast ↔ Karadeniz kıyısı, seen
        // only at sentence starts).
        // A term written all in capitals or title case (a heading, a
        // longer name) says nothing of its first word.
        let opens_with_name = |g: &super::candidates::Group| {
            g.occs.iter().any(|o| {
                let upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
                !o.initial
                    && !o.whole
                    && o.surface.split_whitespace().next().is_some_and(upper)
                    && o.surface
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| !upper(w))
            })
        };
        // A term that opens with a nationality adjective keeps its capital
        // in both languages (Syrian refugee ↔ Suriyeli mülteci).
        let opens_with_nationality = |lang: Lang, g: &super::candidates::Group| {
            g.key.split(' ').next().is_some_and(|first| {
                priors
                    .general_capitalized
                    .iter()
                    .any(|(ek, tf)| match lang {
                        Lang::Tr => inflects(tf, first),
                        _ => ek == first,
                    })
            })
        };
        let keep_en = gt.name_occs > 0
            || opens_with_name(gt)
            || opens_with_nationality(Lang::En, ge)
            || prior_capitalized.contains(&(Lang::En, ge.key.clone()));
        let keep_tr = ge.name_occs > 0
            || opens_with_name(ge)
            || opens_with_nationality(Lang::Tr, gt)
            || prior_capitalized.contains(&(Lang::Tr, gt.key.clone()));
        // One word capitalized only at sentence starts in both languages,
        // plural on both sides, the Turkish plural without an apostrophe
        // (Inverters ↔ İnvertörler): a name takes its suffixes after an
        // apostrophe, so both are common nouns, cited as such. So is a
        // term capitalized only at sentence starts whose partner is in
        // lower case wherever it occurs (Fotogrametri ↔ photogrammetry).
        let (ge, gt, keep_en, keep_tr) = if initial_plurals(ge, gt) {
            (&common_noun(ge), &common_noun(gt), false, false)
        } else if initial_only_name(gt) && lower_only(ge) {
            (ge, &common_noun(gt), keep_en, false)
        } else if initial_only_name(ge) && lower_only(gt) {
            (&common_noun(ge), gt, false, keep_tr)
        } else {
            (ge, gt, keep_en, keep_tr)
        };
        let (en_form, en_variants) = ge.cite(&en, keep_en, plural_acronym(&en, re));
        let (tr_form, tr_variants) = gt.cite(&tr, keep_tr, plural_acronym(&tr, rt));
        // A common term met only in a heading in capitals on one side
        // (JEOPOLİTİK KONUMLANMASI, for geopolitical position): the
        // capitals are the heading's, not the term's.
        let common = |f: &str| f.chars().next().is_some_and(char::is_lowercase);
        let (en_form, en_variants) = if common(&tr_form) && !ge.acronym {
            unshout(&en, ge, en_form, en_variants)
        } else {
            (en_form, en_variants)
        };
        let (tr_form, tr_variants) = if common(&en_form) && !gt.acronym {
            unshout(&tr, gt, tr_form, tr_variants)
        } else {
            (tr_form, tr_variants)
        };
        // Two spellings of one term in different case, as often each: the
        // one the other language writes too is the term's spelling there
        // (COVID-19, not Covid-19, beside the Turkish COVID-19).
        let shared = |group: &super::candidates::Group,
                      (form, mut variants): (String, Vec<Variant>),
                      other: &str|
         -> (String, Vec<Variant>) {
            let count = group
                .forms()
                .into_iter()
                .find(|(f, _)| *f == form)
                .map(|(_, c)| c);
            let tie = variants.iter().position(|v| {
                v.form == other
                    && v.form != form
                    && v.form.to_lowercase() == form.to_lowercase()
                    && Some(v.count) == count
            });
            match (tie, count) {
                (Some(k), Some(count)) => {
                    let v = variants.remove(k);
                    variants.insert(k, Variant { form, count });
                    (v.form, variants)
                }
                _ => (form, variants),
            }
        };
        let (en_form, mut en_variants) = shared(ge, (en_form, en_variants), &tr_form);
        let (tr_form, mut tr_variants) = shared(gt, (tr_form, tr_variants), &en_form);
        // A name's spelling in lower case (labour law beside the Labour
        // Law) is the name only where the other language has the name's
        // translation too: met only in translated sentences without it, it
        // is a common noun phrase of its own (Turkish labour law ↔ Türk iş
        // hukuku), no variant of the name. A sentence with no translation
        // (an English body under a Turkish abstract) says nothing either
        // way.
        if let Some(st) = stats.get(&(re, rt)) {
            let with_partner = |lang: Lang| -> HashSet<usize> {
                st.units
                    .iter()
                    .filter_map(|&u| corpus.units.get(u))
                    .map(|x| if lang == Lang::En { x.en } else { x.tr })
                    .collect()
            };
            let upper = |f: &str| f.chars().next().is_some_and(char::is_uppercase);
            for (group, form, variants, lang) in [
                (ge, &en_form, &mut en_variants, Lang::En),
                (gt, &tr_form, &mut tr_variants, Lang::Tr),
            ] {
                if !upper(form) {
                    continue;
                }
                let sentences = with_partner(lang);
                let paired = if lang == Lang::En {
                    &paired_en
                } else {
                    &paired_tr
                };
                let folded = crate::text::lowercase(form, lang);
                variants.retain(|v| {
                    upper(&v.form)
                        || crate::text::lowercase(&v.form, lang) != folded
                        || group.occs.iter().any(|o| {
                            !upper(&o.surface)
                                && !o.initial
                                && (sentences.contains(&o.sent) || !paired.contains(&o.sent))
                        })
                });
            }
        }
        let mut entry = Entry::new(&en_form, &tr_form);
        entry.variants.en = en_variants;
        entry.variants.tr = tr_variants;
        entry.score = (score * 1000.0).round() / 1000.0;
        entry.score_parts = Some(parts);
        if let Some(st) = stats.get(&(re, rt)) {
            entry.count = st.units.len();
            let mut ev: Vec<_> = st
                .units
                .iter()
                .filter_map(|&u| corpus.units.get(u).map(|x| x.evidence))
                .collect();
            ev.sort();
            ev.dedup();
            entry.evidence = ev;
        }
        let mut links: Vec<Link> = ge.links.iter().chain(&gt.links).cloned().collect();
        for (side, g, lang) in [(&en, re, Lang::En), (&tr, rt, Lang::Tr)] {
            let Some(group) = side.groups.get(g) else {
                continue;
            };
            if let Some(pi) = partner_of(side, g) {
                let Some(p) = side.groups.get(pi) else {
                    continue;
                };
                let (mine, theirs) = (
                    group.cite(side, false, plural_acronym(side, g)).0,
                    p.cite(side, false, plural_acronym(side, pi)).0,
                );
                let (form, target) = if group.acronym {
                    (mine, theirs)
                } else {
                    (theirs, mine)
                };
                links.push(Link {
                    kind: LinkKind::AcronymOf,
                    lang,
                    form,
                    target,
                    confidence: 1.0,
                });
            }
        }
        links.dedup();
        entry.links = links;
        glossary.entries.push(entry);
    }
    // Fragments: a pair whose two terms lie inside the two terms of another
    // pair taken, and that has no occurrence of its own on one side, goes.
    let lexical_of = |re: usize, rt: usize| -> f64 {
        glossary
            .entries
            .iter()
            .zip(&taken)
            .find(|(_, t)| t.0 == re && t.1 == rt)
            .and_then(|(e, _)| e.score_parts)
            .map_or(0.0, |p| p.lexical)
    };
    // Extensions of a better pair by words that do not translate
    // (minister Rauf Aliyev opened ↔ bakan Rauf Aliyev).
    let extension: Vec<bool> = taken
        .iter()
        .enumerate()
        .map(|(rank, &(re, rt, _))| {
            let strong = en.groups.get(re).is_some_and(|g| g.strong())
                && tr.groups.get(rt).is_some_and(|g| g.strong());
            // Words that translate each other (irrigation efficiency ↔
            // sulama verimliliği beside irrigation ↔ sulama) are no such
            // extension: the longer pair is covered by word links at least
            // as well as the shorter one.
            let own = cover(&(re, rt));
            !strong
                && lexical_of(re, rt) < 0.9
                && taken.get(..rank).unwrap_or(&[]).iter().any(|&(oe, ot, _)| {
                    contains(&en, re, oe) && contains(&tr, rt, ot) && own < EXTENSION_COVER
                })
        })
        .collect();
    // Fragments: both terms inside the terms of another pair kept, with no
    // occurrence of their own outside it on one side (Shusha inside Shusha
    // Declaration).
    let free = |side: &Side, g: usize, outer: &[usize]| -> usize {
        side.groups.get(g).map_or(0, |grp| {
            grp.occs
                .iter()
                .filter(|o| {
                    !outer.iter().any(|&c| {
                        side.groups.get(c).is_some_and(|cg| {
                            cg.occs
                                .iter()
                                .any(|p| p.sent == o.sent && p.first <= o.first && o.last <= p.last)
                        })
                    })
                })
                .count()
        })
    };
    // An English "X of Y" or "X and Y" joins two noun phrases (price of
    // irrigation water, location data of drivers, purpose limitation and
    // proportionality): a term that is the whole of X or of Y stands on
    // its own, not as a fragment of the longer pair. Not inside a name,
    // which is one whole (Ministry of Agriculture and Forestry).
    let beside_of = |outer: usize, inner: usize| -> bool {
        let (Some(o), Some(n)) = (en.groups.get(outer), en.groups.get(inner)) else {
            return false;
        };
        if o.name || o.name_occs > 0 {
            return false;
        }
        let words: Vec<&str> = o.key.split(' ').collect();
        let Some(of) = words.iter().position(|w| *w == "of" || *w == "and") else {
            return false;
        };
        let (before, after) = (
            words.get(..of).unwrap_or(&[]),
            words.get(of + 1..).unwrap_or(&[]),
        );
        [before, after].iter().any(|part| part.join(" ") == n.key)
    };
    // A general noun after a term on both sides (polio case ↔ çocuk felci
    // vakası, routine immunization service ↔ rutin bağışıklama hizmeti)
    // counts an instance of the term or offers it: the term is the
    // entry, and the longer pair is none when the term is kept.
    // The groups of an outer pair and an inner one: English outer, English
    // inner, Turkish outer, Turkish inner.
    let outer_inner = |oe: usize, ot: usize, ie: usize, it: usize| {
        Some((
            en.groups.get(oe)?,
            en.groups.get(ie)?,
            tr.groups.get(ot)?,
            tr.groups.get(it)?,
        ))
    };
    let light_head = |oe: usize, ot: usize, re: usize, rt: usize| -> bool {
        const LIGHT: [(&str, &str); 3] = [
            ("case", "vaka"),
            ("service", "hizmet"),
            ("process", "süreç"),
        ];
        let Some((o_en, i_en, o_tr, i_tr)) = outer_inner(oe, ot, re, rt) else {
            return false;
        };
        let after = |outer: &str, inner: &str| {
            outer
                .strip_prefix(inner)
                .and_then(|rest| rest.strip_prefix(' '))
                .map(crate::text::match_fold)
        };
        // English may put the general noun first (case of cervical cancer
        // ↔ rahim ağzı kanseri vakası).
        let of_head = o_en
            .key
            .strip_suffix(i_en.key.as_str())
            .and_then(|rest| rest.strip_suffix(" of "))
            .map(crate::text::match_fold);
        match (
            after(&o_en.key, &i_en.key).or(of_head),
            after(&o_tr.key, &i_tr.key),
        ) {
            (Some(e), Some(t)) => LIGHT.iter().any(|&(le, lt)| le == e && lt == t),
            _ => false,
        }
    };
    // A name pair that another pair's names open with one word each, and
    // those two words translate each other (Minister Rauf Aliyev ↔ Bakan
    // Rauf Aliyev, Economist Leyla Aliyeva ↔ Ekonomist Leyla Aliyeva): the
    // word is the person's title or trade, not part of the name.
    let titled = |oe: usize, ot: usize, ie: usize, it: usize| -> bool {
        let Some((o_en, i_en, o_tr, i_tr)) = outer_inner(oe, ot, ie, it) else {
            return false;
        };
        // The inner names a person: two words or more, none a common word
        // of the word lists (not Homeland, Sea Route).
        let person = |g: &super::candidates::Group, common: &HashSet<String>| {
            g.name && g.words >= 2 && !g.key.split(' ').any(|w| common.contains(w))
        };
        if !(person(i_en, &common_en_keys) && person(i_tr, &common_tr_keys)) {
            return false;
        }
        let before = |outer: &str, inner: &str| {
            outer
                .strip_suffix(inner)
                .and_then(|rest| rest.strip_suffix(' '))
                .filter(|w| !w.is_empty() && !w.contains(' '))
                .map(str::to_owned)
        };
        let (Some(ew), Some(tw)) = (before(&o_en.key, &i_en.key), before(&o_tr.key, &i_tr.key))
        else {
            return false;
        };
        let tw = super::token::fold_key(&crate::text::lowercase(&tw, Lang::Tr));
        // Not a nationality adjective, which opens names (Turkish Straits ↔
        // Türk Boğazları).
        let nationality = priors
            .general_capitalized
            .iter()
            .any(|(ek, tf)| *ek == ew && inflects(tf, &tw));
        let listed = priors
            .general_by_en
            .get(ew.as_str())
            .is_some_and(|forms| forms.iter().any(|f| inflects(f, &tw)));
        // A word the English lists know, borrowed (Ekonomist): not a first
        // name written alike in both languages (Mehmet Çapkin).
        let borrowed = priors.en_words.contains(ew.as_str())
            && ew != tw
            && (inflects(&super::token::fold_key(&loan_spelling(&ew)), &tw)
                || similar(&ew, &tw) >= 0.8);
        !nationality && (listed || borrowed)
    };
    let keep: Vec<bool> =
        taken
            .iter()
            .enumerate()
            .map(|(i, &(re, rt, _))| {
                if extension.get(i).copied().unwrap_or(false) {
                    return false;
                }
                if taken.iter().zip(&extension).any(|(&(ie, it, _), &ext)| {
                    !ext && (ie, it) != (re, rt) && titled(re, rt, ie, it)
                }) {
                    return false;
                }
                // The longer pair of a term and a general noun gives way to
                // the term.
                let instance = taken
                    .iter()
                    .zip(&extension)
                    .any(|(&(ie, it, _), &ext)| !ext && light_head(re, rt, ie, it));
                if instance {
                    return false;
                }
                // Two acronyms a prior glossary pairs are an entry of their own
                // wherever they stand (EU ↔ AB inside EU Birds Directive ↔ AB
                // Kuşlar Direktifi): the glossary says they name a concept.
                let listed_acronyms = en.groups.get(re).is_some_and(|g| g.acronym)
                    && tr.groups.get(rt).is_some_and(|g| g.acronym)
                    && glossary
                        .entries
                        .get(i)
                        .and_then(|e| e.score_parts)
                        .is_some_and(|p| p.glossary >= 1.0);
                if listed_acronyms {
                    return true;
                }
                // Containers: pairs kept that rank higher, or whose terms are
                // both strong (Shusha Declaration for Shusha).
                let containers: Vec<(usize, usize)> = taken
                    .iter()
                    .zip(&extension)
                    .enumerate()
                    .filter(|(j, (&(oe, ot, _), &ext))| {
                        let strong = en.groups.get(oe).is_some_and(|g| g.strong())
                            && tr.groups.get(ot).is_some_and(|g| g.strong());
                        !ext && (*j < i || strong)
                            && inside(&en, oe, re)
                            && inside(&tr, ot, rt)
                            && (strong || !beside_of(oe, re))
                            && !light_head(oe, ot, re, rt)
                    })
                    .map(|(_, pair)| pair)
                    .map(|(&(oe, ot, _), _)| (oe, ot))
                    .collect();
                if containers.is_empty() {
                    return true;
                }
                let outer_e: Vec<usize> = containers.iter().map(|c| c.0).collect();
                let outer_t: Vec<usize> = containers.iter().map(|c| c.1).collect();
                free(&en, re, &outer_e) > 0 && free(&tr, rt, &outer_t) > 0
            })
            .collect();
    let mut k = keep.iter();
    glossary
        .entries
        .retain(|_| k.next().copied().unwrap_or(true));
    link_surnames(&mut glossary);
    glossary
}

/// A one-word name written alike in both languages (Aksu ↔ Aksu) that is
/// the last word of exactly one longer name entry, in both languages
/// (Kerem Aksu ↔ Kerem Aksu), is most likely that person's surname used
/// alone: a possible variant of that entry (confidence 0.5), not a merge,
/// as the word may also name another person or a place (the Aksu river).
fn link_surnames(glossary: &mut Glossary) {
    let title = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
    };
    let mut links: Vec<(usize, Link)> = Vec::new();
    for (i, short) in glossary.entries.iter().enumerate() {
        if short.en != short.tr || short.en.contains(' ') || !title(&short.en) {
            continue;
        }
        let ends = |form: &str| {
            form.rsplit_once(' ').is_some_and(|(head, last)| {
                last == short.en && !head.is_empty() && head.split(' ').all(title)
            })
        };
        let mut longer = glossary
            .entries
            .iter()
            .filter(|e| ends(&e.en) && ends(&e.tr));
        if let (Some(full), None) = (longer.next(), longer.next()) {
            for lang in [Lang::En, Lang::Tr] {
                let target = if lang == Lang::En { &full.en } else { &full.tr };
                links.push((
                    i,
                    Link {
                        kind: LinkKind::PossibleVariantOf,
                        lang,
                        form: short.en.clone(),
                        target: target.clone(),
                        confidence: 0.5,
                    },
                ));
            }
        }
    }
    for (i, link) in links {
        if let Some(e) = glossary.entries.get_mut(i) {
            if !e.links.contains(&link) {
                e.links.push(link);
            }
        }
    }
}

/// A citation form of two words or more written all in capitals, in lower
/// case and put in citation form again (JEOPOLİTİK KONUMLANMASI →
/// jeopolitik konumlanma), the capitals kept as a variant; any other form
/// as it is.
fn unshout(
    side: &Side,
    group: &super::candidates::Group,
    form: String,
    mut variants: Vec<crate::glossary::Variant>,
) -> (String, Vec<crate::glossary::Variant>) {
    let shouted = form.contains(' ')
        && form.chars().any(char::is_alphabetic)
        && !form.chars().any(char::is_lowercase);
    if !shouted {
        return (form, variants);
    }
    let lower = crate::text::lowercase(&form, side.lang);
    let cited = super::citation::cite_with(
        &lower,
        side.lang,
        false,
        &|w: &str| side.words.contains(w),
        &|w: &str| side.known.contains(w),
        &|w: &str| side.noun_only.contains(w),
    );
    if !variants.iter().any(|v| v.form == form) {
        let count = group.occs.iter().filter(|o| o.surface == form).count();
        variants.insert(
            0,
            crate::glossary::Variant {
                form,
                count: count.max(1),
            },
        );
    }
    variants.retain(|v| v.form != cited);
    (cited, variants)
}

/// Whether a Turkish word as written reads as an adjective: a listed one
/// (`adjectival`), or one with an adjective-making ending (-sIz, -sAl,
/// -lI; a loanword's -ik, arkeolojik). A capitalized word is a name
/// (Kandilli); -lIk makes nouns (sınırlılık); a listed noun ending in l
/// with the possessive vowel is no -lI word (santrali, of santral).
pub(super) fn turkish_adjective(word: &str, adjectival: &HashSet<String>) -> bool {
    const ENDINGS: [&str; 10] = [
        "sız", "siz", "suz", "süz", "sal", "sel", "lı", "li", "lu", "lü",
    ];
    let possessive_of_l_noun = || {
        let folded = super::token::fold_key(word);
        super::lemma::dictionary_lemma(word).is_some_and(|lemma| {
            lemma.ends_with('l')
                && folded
                    .strip_prefix(lemma.as_str())
                    .is_some_and(|rest| rest.chars().count() == 1)
        })
    };
    word.chars().next().is_some_and(char::is_lowercase)
        && (adjectival.contains(word)
            || (ENDINGS.iter().any(|x| word.ends_with(x)) && !possessive_of_l_noun())
            || (["ik", "ık"].iter().any(|x| word.ends_with(x))
                && !["lik", "lık"].iter().any(|x| word.ends_with(x))))
}

/// Whether a one-word group is the symbol of a unit of measurement in every
/// occurrence (SI symbols with their usual prefixes, and the energy,
/// data-rate and area units of technical prose), written exactly so. A
/// domain's own unit abbreviation with a definition (TEU, twenty-foot
/// equivalent unit) is a term and not listed.
fn unit_symbol(g: &super::candidates::Group) -> bool {
    g.words == 1
        && !g.occs.is_empty()
        && g.occs
            .iter()
            .all(|o| super::candidates::UNIT_SYMBOLS.contains(&o.surface.as_str()))
}

/// Whether every occurrence of a group is one or more words in lower case
/// (or capitalized only as the sentence's first word) before one or more
/// words in title case, as a role is written before a person's name (the
/// restorer Kerem Aksu, arabulucu Serdar Oral); with `written`, in lower
/// case in some occurrence, not only at sentence starts (Bayraktar TB2
/// opening sentences is one name).
fn role_before_name(g: &super::candidates::Group, written: bool) -> bool {
    let upper = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let lower = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
    let title = |w: &str| upper(w) && w.chars().skip(1).any(char::is_lowercase);
    let role_words = |o: &super::candidates::Occ| -> Option<usize> {
        let words: Vec<&str> = o.surface.split_whitespace().collect();
        let role = words
            .iter()
            .enumerate()
            .take_while(|&(k, w)| lower(w) || (k == 0 && o.initial && upper(w)))
            .count();
        (role >= 1
            && words.len() > role
            && words
                .get(role..)
                .is_some_and(|rest| rest.iter().all(|w| title(w))))
        .then_some(role)
    };
    !g.occs.is_empty()
        && g.occs.iter().all(|o| role_words(o).is_some())
        && (!written
            || g.occs
                .iter()
                .any(|o| o.surface.split_whitespace().next().is_some_and(lower)))
}

/// Whether a one-word group is a month name in every occurrence.
fn month(g: &super::candidates::Group) -> bool {
    g.words == 1
        && !g.occs.is_empty()
        && g.occs.iter().all(|o| {
            let f = crate::text::match_fold(&o.surface);
            crate::text::MONTHS_EN
                .iter()
                .chain(&crate::text::MONTHS_TR)
                .any(|m| crate::text::match_fold(m) == f)
        })
}

/// Whether group `outer`'s key contains group `inner`'s key as a run of
/// words.
fn contains(side: &Side, outer: usize, inner: usize) -> bool {
    let (Some(o), Some(i)) = (side.groups.get(outer), side.groups.get(inner)) else {
        return false;
    };
    if o.words <= i.words {
        return false;
    }
    holds_run(&o.key, &i.key)
}

/// Whether the words of `needle` stand in `hay` as a run of whole words
/// (keys are words joined by one space). It searches the keys themselves,
/// with no word lists built: pairs of terms are compared often.
fn holds_run(hay: &str, needle: &str) -> bool {
    let Some(step) = needle.chars().next().map(char::len_utf8) else {
        return false;
    };
    let bytes = hay.as_bytes();
    let mut from = 0;
    while let Some(found) = hay.get(from..).and_then(|rest| rest.find(needle)) {
        let at = from + found;
        let end = at + needle.len();
        if (at == 0 || bytes[at - 1] == b' ') && (end == hay.len() || bytes[end] == b' ') {
            return true;
        }
        // Matches may overlap (a a inside ba a a): search on from the next
        // character.
        from = at + step;
    }
    false
}

/// [`contains`], or every occurrence of `inner` lies inside one of
/// `outer`'s: a term keyed closed up (fire watchtower, from fire
/// watchtowers and fire watch towers) holds the words of its spaced
/// spelling (fire watch) though its key has no such words. It scans
/// occurrences, so it serves where few pairs are compared.
fn inside(side: &Side, outer: usize, inner: usize) -> bool {
    if contains(side, outer, inner) {
        return true;
    }
    let (Some(o), Some(i)) = (side.groups.get(outer), side.groups.get(inner)) else {
        return false;
    };
    outer != inner
        && !i.occs.is_empty()
        && i.occs.iter().all(|x| {
            o.occs.iter().any(|y| {
                y.sent == x.sent
                    && y.first <= x.first
                    && x.last <= y.last
                    && (y.first, y.last) != (x.first, x.last)
            })
        })
}

/// How many occurrences of group `inner` lie inside an occurrence of group
/// `outer`, and how many do not.
fn nesting(side: &Side, inner: usize, outer: usize) -> (usize, usize) {
    let (Some(i), Some(o)) = (side.groups.get(inner), side.groups.get(outer)) else {
        return (0, 0);
    };
    let inside = i
        .occs
        .iter()
        .filter(|x| {
            o.occs
                .iter()
                .any(|y| y.sent == x.sent && y.first <= x.first && x.last <= y.last)
        })
        .count();
    (inside, i.occs.len() - inside)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_order_overrides_a_statistical_link_across_items() {
        // English items at 0, 2, 4; Turkish items at 0, 2..=3, 5..=7.
        let lists: Lists = (vec![(0, 0), (2, 2), (4, 4)], vec![(0, 0), (2, 3), (5, 7)]);
        let strength = HashMap::from([((4, 2), 0.95), ((4, 5), 0.76), ((0, 0), 0.76)]);
        let mut w = HashMap::from([((4, 2), 0.95), ((0, 0), 0.76)]);
        untangle_lists(&mut w, &lists, &strength);
        assert_eq!(w, HashMap::from([((4, 5), 0.76), ((0, 0), 0.76)]));
        // A dictionary link across items is the translation's own order.
        let mut w = HashMap::from([((4, 2), 1.0), ((0, 0), 0.76)]);
        untangle_lists(&mut w, &lists, &strength);
        assert_eq!(w, HashMap::from([((4, 2), 1.0), ((0, 0), 0.76)]));
        // So is a crossing link with no alternative inside the item.
        let mut w = HashMap::from([((4, 2), 0.95), ((0, 0), 0.76)]);
        untangle_lists(&mut w, &lists, &HashMap::from([((4, 2), 0.95)]));
        assert_eq!(w, HashMap::from([((4, 2), 0.95), ((0, 0), 0.76)]));
    }

    #[test]
    fn a_compositional_pair_seen_once_reaches_the_default_threshold() {
        // Every link certain but one at the compositional cover: the lift
        // to COMPOSITIONAL_TERMHOOD must carry the pair over the builder's
        // default minimum score on its own.
        let parts = ScoreParts {
            lexical: COMPOSITIONAL_COVER,
            ..ScoreParts::default()
        };
        let lifted = pair_score(&parts, COMPOSITIONAL_TERMHOOD, 0.0);
        assert!(lifted >= 0.5, "{lifted}");
        // Without the lift (a single occurrence nested in a longer run has
        // no termhood) it stays below.
        assert!(pair_score(&parts, 0.0, 0.0) < 0.5);
    }

    #[test]
    fn a_listed_translation_links_its_form_with_a_dropped_vowel() {
        let mut g = Glossary::new();
        g.entries.push(Entry::new("permit", "izin"));
        let p = priors_of(&[], &[&g]);
        let iznine = word("iznine", Lang::Tr);
        assert_eq!(prior_prefix(&p, "permit", "iznine", 3), 1.0);
        assert!(general_inflects(&p, &word("permit", Lang::En), &iznine));
        // izin's other forms keep the vowel only where no vowel follows.
        assert_eq!(prior_prefix(&p, "permit", "izinler", 3), 1.0);
    }

    #[test]
    fn loans_are_spelt_as_turkish_writes_them() {
        for (en, tr) in [
            ("photovoltaic", "fotovoltaik"),
            ("stratigraphy", "stratigrafi"),
            ("conservation", "konservasyon"),
            ("pesticide", "pestisit"),
            ("biometric", "biyometrik"),
            ("hybrid", "hibrit"),
            ("photogrammetry", "fotogrametri"),
            ("neolithic", "neolitik"),
            ("capacity", "kapasite"),
            ("commission", "komisyon"),
            ("energy", "enerji"),
            ("zone", "zon"),
            ("season", "sezon"),
            ("isolation", "izolasyon"),
            // Past participles, through French -é.
            ("accredited", "akredite"),
            ("isolated", "izole"),
            ("calibrated", "kalibre"),
            ("access", "akses"),
            ("biological", "biyolojik"),
            ("political", "politik"),
            ("tourism", "turizm"),
        ] {
            assert_eq!(loan_spelling(en), tr);
        }
    }

    #[test]
    fn passive_verbal_nouns_are_read_off_the_active_ones() {
        let f = |w: &str| crate::terms::token::fold_key(w);
        assert!(passive_verbal_noun(&f("işleme"), &f("işlenmesi")));
        assert!(passive_verbal_noun(&f("koruma"), &f("korunmasını")));
        assert!(passive_verbal_noun(&f("silme"), &f("silinmesine")));
        assert!(passive_verbal_noun(&f("tamamlama"), &f("tamamlanması")));
        assert!(passive_verbal_noun(&f("arıtma"), &f("arıtılması")));
        assert!(!passive_verbal_noun(&f("işleme"), &f("işleme")));
        assert!(!passive_verbal_noun(&f("koruma"), &f("korunan")));
        assert!(!passive_verbal_noun(&f("su"), &f("sunması")));
    }

    #[test]
    fn a_listed_verbal_noun_links_its_passive_for_certain() {
        let e = word("processing", Lang::En);
        let link = |t: &str| listed_link(("processing", "işleme"), &e, &word(t, Lang::Tr));
        assert_eq!(link("işlenmesi"), 1.0);
        assert_eq!(link("işlenmesine"), 1.0);
        // işlem (a transaction) is another word.
        assert!(link("işlemleri") < CERTAIN);
    }

    #[test]
    fn hyphenated_words_translated_part_by_part_link_for_certain() {
        let mut g = Glossary::new();
        for (en, tr) in [("water", "su"), ("energy", "enerji"), ("food", "gıda")] {
            g.entries.push(Entry::new(en, tr));
        }
        let p = priors_of(&[], &[&g]);
        let pair = |e: &str, t: &str| hyphen_pair_link(&word(e, Lang::En), &word(t, Lang::Tr), &p);
        assert!(pair("water-energy-food", "su-enerji-gıda"));
        assert!(pair("water-energy", "su-enerjisi"));
        // Parts in another order, another number of parts, an unknown part.
        assert!(!pair("water-energy-food", "gıda-enerji-su"));
        assert!(!pair("water-energy-food", "su-enerji"));
        assert!(!pair("water-energy-food", "su-enerji-tarım"));
        assert!(!pair("water", "su"));
    }

    #[test]
    fn a_spaced_spelling_inside_a_term_keyed_closed_is_contained() {
        // fire watchtowers and fire watch towers are one term, keyed
        // fire watchtower; fire watch, met only inside the second, lies
        // inside that term though its key has no word watch.
        let mut c = Corpus::new();
        for (n, (en, tr)) in [
            (
                "The service runs 40 fire watchtowers.",
                "Servis 40 yangın gözetleme kulesi işletiyor.",
            ),
            (
                "Cameras sit on 12 fire watch towers.",
                "Kameralar 12 yangın gözetleme kulesinde duruyor.",
            ),
        ]
        .into_iter()
        .enumerate()
        {
            c.add_pair(
                en,
                tr,
                super::super::Evidence {
                    src_line: n + 1,
                    tgt_line: n + 1,
                },
            );
        }
        let none = HashSet::new();
        let en = collect(&c.en, Lang::En, &[false, false], &[], &none, &none);
        let root = |key: &str| en.index.get(key).map(|&g| en.root(g));
        let (Some(outer), Some(inner)) = (root("fire watchtower"), root("fire watch")) else {
            panic!("no groups: {:?}", en.index.keys().collect::<Vec<_>>());
        };
        assert_ne!(outer, inner);
        assert!(inside(&en, outer, inner));
        assert!(!inside(&en, inner, outer));
        assert!(!contains(&en, outer, inner));
    }

    #[test]
    fn a_key_holds_another_only_as_whole_words() {
        assert!(holds_run("forest fire hotline", "fire hotline"));
        assert!(holds_run("forest fire hotline", "forest"));
        assert!(!holds_run("firewall", "fire"));
        assert!(!holds_run("fire station", "fire sta"));
        // A match that fails at its edges may hide one that does not.
        assert!(holds_run("ba a a", "a a"));
        assert!(holds_run("şehir içi ulaşım", "içi"));
        assert!(!holds_run("fire", ""));
    }

    #[test]
    fn terms_seen_together_count_distinct_segments_only() {
        let distinct = [
            ("The data subject was told.", "İlgili kişi bilgilendirildi."),
            (
                "Any data subject may object.",
                "Her ilgili kişi itiraz edebilir.",
            ),
            ("The data subject signed.", "İmzayı ilgili kişi attı."),
        ];
        let repeated = [distinct[0], distinct[0], distinct[0]];
        let together = |pairs: &[(&str, &str)]| {
            let mut c = Corpus::new();
            for (i, (en, tr)) in pairs.iter().enumerate() {
                let n = i + 1;
                c.add_pair(
                    en,
                    tr,
                    super::super::Evidence {
                        src_line: n,
                        tgt_line: n,
                    },
                );
            }
            let none = HashSet::new();
            let flags = vec![false; pairs.len()];
            let en = collect(&c.en, Lang::En, &flags, &[], &none, &none);
            let tr = collect(&c.tr, Lang::Tr, &flags, &[], &none, &none);
            let root = |side: &Side, key: &str| side.index.get(key).map(|&g| side.root(g));
            let (Some(e), Some(t)) = (root(&en, "data subject"), root(&tr, "ilgili kişi")) else {
                panic!("no groups");
            };
            term_cooccurrence(&c, &en, &tr).contains(&(e, t))
        };
        assert!(together(&distinct));
        // One segment three times is one observation.
        assert!(!together(&repeated));
    }

    #[test]
    fn adverbs_are_read_off_listed_words() {
        let known = |w: &str| ["separate", "easy", "reliable", "family", "supply"].contains(&w);
        assert!(adverb("separately", &known));
        assert!(adverb("easily", &known));
        assert!(adverb("reliably", &known));
        assert!(!adverb("family", &known));
        assert!(!adverb("supply", &known));
        assert!(!adverb("assembly", &known));
    }

    #[test]
    fn superlatives_are_read_off_listed_adjectives() {
        let known = |w: &str| ["near", "large", "easy", "big", "harvest"].contains(&w);
        assert!(superlative("nearest", &known));
        assert!(superlative("largest", &known));
        assert!(superlative("easiest", &known));
        assert!(superlative("biggest", &known));
        assert!(!superlative("forest", &known));
        assert!(!superlative("interest", &known));
        assert!(!superlative("harvest", &known));
    }

    #[test]
    fn passive_participles_are_read_off_the_verb_stem() {
        let f = |w: &str| super::super::token::fold_key(w);
        assert!(passive_participle(&f("arıt"), &f("arıtılmış")));
        assert!(passive_participle(
            &f("bilgilendir"),
            &f("bilgilendirilmiş")
        ));
        assert!(passive_participle(&f("koru"), &f("korunan")));
        assert!(passive_participle(&f("bil"), &f("bilinen")));
        // Not the active participle, nor another word on the same stem.
        assert!(!passive_participle(&f("arıt"), &f("arıtmış")));
        assert!(!passive_participle(&f("arıt"), &f("arıtma")));
        assert_eq!(participle_bases("treated"), ["treat", "treate"]);
        assert!(participle_bases("planned").contains(&"plan".to_owned()));
        assert!(participle_bases("carried").contains(&"carry".to_owned()));
        assert!(participle_bases("water").is_empty());
    }

    #[test]
    fn participles_and_able_adjectives_of_listed_verbs_are_verb_forms() {
        let listed = ["install", "plan", "carry", "use", "occur", "rely"];
        let known = |w: &str| listed.contains(&w);
        for w in [
            "installed",
            "planned",
            "carried",
            "used",
            "occurred",
            "usable",
            "reliable",
        ] {
            assert!(verb_adjective(w, &known), "{w}");
        }
        // Nouns that end so, and forms of verbs not listed.
        for w in ["seed", "cable", "hundred", "inscribed", "red", "bed"] {
            assert!(!verb_adjective(w, &known), "{w}");
        }
    }

    #[test]
    fn an_agent_noun_and_a_plural_are_borrowed_as_turkish_writes_them() {
        assert_eq!(agent_noun("sektor").as_deref(), Some("sektör"));
        assert_eq!(agent_noun("inverter").as_deref(), Some("invertör"));
        assert_eq!(agent_noun("kompresor").as_deref(), Some("kompresör"));
        assert_eq!(agent_noun("water"), None);
        // The plural is borrowed by its singular.
        let (e, t) = (word("inverters", Lang::En), word("invertörler", Lang::Tr));
        assert_eq!(cognate(&e, &t), 1.0);
        let (e, t) = (word("pesticides", Lang::En), word("pestisit", Lang::Tr));
        assert_eq!(cognate(&e, &t), 1.0);
    }

    #[test]
    fn a_loan_may_write_its_i_before_a_vowel_as_the_glide_alone() {
        for (en, tr) in [
            ("lithium", "lityum"),
            ("sodium", "sodyum"),
            ("stadium", "stadyum"),
        ] {
            assert_eq!(glide_after_consonant(&loan_spelling(en)), tr);
        }
        // Only after a consonant; the full spelling stays the first reading.
        assert_eq!(glide_after_consonant("iyon"), "iyon");
        assert_eq!(loan_spelling("biometric"), "biyometrik");
        let (e, t) = (word("lithium", Lang::En), word("lityumun", Lang::Tr));
        assert_eq!(cognate(&e, &t), 1.0);
    }

    /// The link of two words with one listed pair as the only prior and
    /// an empty corpus (no statistics).
    fn listed_link(pair: (&str, &str), e: &Token, t: &Token) -> f64 {
        listed_links(&[pair], e, t)
    }

    /// The link of `e` and `t` with a word list of `pairs` and no corpus.
    fn listed_links(pairs: &[(&str, &str)], e: &Token, t: &Token) -> f64 {
        let mut g = Glossary::new();
        for &(en, tr) in pairs {
            g.entries.push(Entry::new(en, tr));
        }
        let p = priors_of(&[], &[&g]);
        let empty = Corpus::new();
        let (ibm, dice) = (train_ibm(&empty), word_dice(&empty));
        word_link(e, &loan_key(e), &e.lower, t, &t.lower, &p, &ibm, &dice)
    }

    #[test]
    fn a_capitalized_word_links_as_the_common_word_it_spells() {
        // Inside a sentence a capitalized word keeps its letters in its
        // key, as a name's do; the word lists still read it as the word.
        let name = super::super::token::tokenize("of Tea Enterprises", Lang::En);
        let Some(Item::Word(e)) = name.last() else {
            panic!("{name:?}")
        };
        assert_eq!(e.key, "enterprises");
        assert_eq!(e.common_key(), "enterprise");
        let t = word("işletmeleri", Lang::Tr);
        assert_eq!(listed_link(("enterprise", "işletme"), e, &t), 1.0);
    }

    #[test]
    fn a_derivation_listed_for_another_word_links_a_shade_below() {
        // tehlikeli is hazardous's own translation: to hazard it is a
        // derivation of tehlike, still certain, but below tehlike and its
        // forms, so that hazard class takes tehlike sınıfı in a sentence
        // that also says hazardous.
        let pairs = [("hazard", "tehlike"), ("hazardous", "tehlikeli")];
        let link =
            |en: &str, tr: &str| listed_links(&pairs, &word(en, Lang::En), &word(tr, Lang::Tr));
        assert_eq!(link("hazard", "tehlike"), 1.0);
        assert_eq!(link("hazard", "tehlikesi"), 1.0);
        assert_eq!(link("hazardous", "tehlikeli"), 1.0);
        let derived = link("hazard", "tehlikeli");
        assert!((CERTAIN..1.0).contains(&derived), "{derived}");
    }

    fn word(text: &str, lang: Lang) -> Token {
        match super::super::token::tokenize(text, lang).into_iter().next() {
            Some(Item::Word(t)) => t,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_short_snowball_stem_links_only_a_form_of_it() {
        let link = |t: &Token| listed_link(("month", "ay"), &word("month", Lang::En), t);
        let ayda = word("ayda", Lang::Tr);
        assert!(link(&ayda) > 0.99, "{}", link(&ayda));
        // Read in a text as ayin (a rite) with its vowel dropped, aynı
        // (same) gets the stem ay.
        let mut ayni = word("aynı", Lang::Tr);
        ayni.stem = "ay".to_owned();
        assert!(link(&ayni) < 0.5, "{}", link(&ayni));
    }

    #[test]
    fn a_snowball_stem_links_only_when_it_keeps_half_the_word() {
        let kanunun = word("kanunun", Lang::Tr);
        let link = |e: &str| listed_link(("law", "kanun"), &word(e, Lang::En), &kanunun);
        assert_eq!(link("laws"), 1.0);
        // Snowball cuts lawfulness to law.
        assert_eq!(word("lawfulness", Lang::En).stem, "law");
        assert!(link("lawfulness") < LINK_EVIDENCE, "{}", link("lawfulness"));
    }

    #[test]
    fn a_loan_links_its_english_word_bare_or_inflected() {
        let link = |e: &str, t: &str| cognate(&word(e, Lang::En), &word(t, Lang::Tr));
        assert_eq!(link("stratigraphy", "stratigrafisi"), 1.0);
        assert_eq!(link("Neolithic", "Neolitik"), 1.0);
        assert_eq!(link("conservation", "konservasyonu"), 1.0);
        // Spelt a little differently: a weaker link.
        let x = link("necropolis", "Nekropolü");
        assert!(x > 0.0 && x < 1.0, "{x}");
        // No loan: a word that only begins alike.
        assert_eq!(link("concert", "konservasyon"), 0.0);
        assert_eq!(link("water", "sulama"), 0.0);
    }
}

//! Dictionaries: the shipped glossary (and any pairs the caller adds), and
//! the dictionary learned from the text itself between alignment passes.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::features::strip_diacritics;

/// The shipped general English–Turkish glossary (`glossaries/en-tr.tsv`).
const SHIPPED: &str = include_str!("../../glossaries/en-tr.tsv");

/// The shipped glossary's pairs, parsed once.
pub(crate) static SHIPPED_PAIRS: LazyLock<Vec<(String, String)>> =
    LazyLock::new(|| parse_pairs(SHIPPED).unwrap_or_default());

/// Parses a two-column glossary (`#` comment lines, optional `en\ttr`
/// header). Returns the 1-based line of the first malformed line on error.
pub(crate) fn parse_pairs(text: &str) -> Result<Vec<(String, String)>, usize> {
    let mut pairs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.starts_with('#') || line.trim().is_empty() || line == "en\ttr" {
            continue;
        }
        let mut cols = line.split('\t');
        match (cols.next(), cols.next()) {
            (Some(en), Some(tr)) if !en.trim().is_empty() && !tr.trim().is_empty() => {
                pairs.push((en.trim().to_owned(), tr.trim().to_owned()));
            }
            _ => return Err(n + 1),
        }
    }
    Ok(pairs)
}

/// Folds a term or a sentence word for glossary matching.
#[cfg(test)]
pub(crate) fn glossary_form(word: &str) -> String {
    strip_diacritics(&crate::text::match_fold(word))
}

fn key(word: &str) -> String {
    word.chars().take(3).collect()
}

/// Whether a sentence word is an inflected form of a glossary token: short
/// tokens must match exactly; longer ones as a prefix without their last
/// letter (politika ~ politikası, işbirliği ~ işbirliğini, relations ~ relation).
fn token_matches(term: &str, word: &str) -> bool {
    let len = term.chars().count();
    if len < 5 {
        return term == word;
    }
    let stem_end = term
        .char_indices()
        .nth(len - 1)
        .map_or(term.len(), |(i, _)| i);
    word.starts_with(term.get(..stem_end).unwrap_or(term))
}

/// Glossary terms of both languages, indexed by the first letters of their
/// first word. Each entry (pair) is one concept.
#[derive(Debug, Default)]
pub(crate) struct TermIndex {
    terms: Vec<(Vec<String>, usize)>,
    by_key: HashMap<String, Vec<usize>>,
    entries: usize,
}

impl TermIndex {
    pub(crate) fn new(pairs: &[(String, String)]) -> Self {
        let mut index = TermIndex {
            entries: pairs.len(),
            ..TermIndex::default()
        };
        for (entry, (en, tr)) in pairs.iter().enumerate() {
            for term in [en, tr] {
                let words: Vec<String> = super::features::tokens(term)
                    .into_iter()
                    .filter_map(|t| match t {
                        super::features::Token::Word(w) => Some(strip_diacritics(&w)),
                        super::features::Token::Number(n) => Some(n),
                        super::features::Token::Punct(_) => None,
                    })
                    .collect();
                let Some(first) = words.first() else { continue };
                let k = key(first);
                index.by_key.entry(k).or_default().push(index.terms.len());
                index.terms.push((words, entry));
            }
        }
        index
    }

    /// Number of entries (pairs).
    pub(crate) fn entries(&self) -> usize {
        self.entries
    }

    /// The entries whose English or Turkish term occurs in `words` (folded,
    /// diacritics stripped), once per occurrence.
    pub(crate) fn find(&self, words: &[String], out: &mut Vec<usize>) {
        for (p, word) in words.iter().enumerate() {
            let Some(candidates) = self.by_key.get(&key(word)) else {
                continue;
            };
            for &t in candidates {
                let Some((term, entry)) = self.terms.get(t) else {
                    continue;
                };
                let fits = term
                    .iter()
                    .enumerate()
                    .all(|(k, tok)| words.get(p + k).is_some_and(|w| token_matches(tok, w)));
                if fits {
                    out.push(*entry);
                }
            }
        }
    }
}

/// Beads whose stem pairs exceed this count are not learned from.
const MAX_PAIRS_PER_BEAD: usize = 4096;

/// Learns stem translation pairs from beads believed correct.
///
/// `beads` yields the distinct source and target stems of each bead.
/// A pair is kept when it co-occurs in at least two beads, is positively
/// associated, and its log-likelihood ratio (Dunning's G²) exceeds 10.83
/// (p < 0.001); each source stem keeps its three strongest partners.
pub(crate) fn learn<'a>(beads: impl Iterator<Item = (&'a [u32], &'a [u32])>) -> Vec<(u32, u32)> {
    let mut count_s: HashMap<u32, u32> = HashMap::new();
    let mut count_t: HashMap<u32, u32> = HashMap::new();
    let mut joint: HashMap<u64, u32> = HashMap::new();
    let mut total = 0u32;
    for (s, t) in beads {
        // Very long sentences say little about which word translates which,
        // and their pair counts would dominate memory: skip them.
        if s.len().saturating_mul(t.len()) > MAX_PAIRS_PER_BEAD {
            continue;
        }
        total += 1;
        for &a in s {
            *count_s.entry(a).or_default() += 1;
        }
        for &b in t {
            *count_t.entry(b).or_default() += 1;
        }
        for &a in s {
            for &b in t {
                *joint
                    .entry((u64::from(a) << 32) | u64::from(b))
                    .or_default() += 1;
            }
        }
    }
    let n = f64::from(total);
    let mut best: HashMap<u32, Vec<(f64, u32)>> = HashMap::new();
    for (&pair, &k11) in &joint {
        if k11 < 2 {
            continue;
        }
        let a = u32::try_from(pair >> 32).unwrap_or(u32::MAX);
        let b = u32::try_from(pair & u64::from(u32::MAX)).unwrap_or(u32::MAX);
        let cs = f64::from(count_s.get(&a).copied().unwrap_or(0));
        let ct = f64::from(count_t.get(&b).copied().unwrap_or(0));
        let k11 = f64::from(k11);
        let k12 = cs - k11;
        let k21 = ct - k11;
        let k22 = n - cs - ct + k11;
        if k11 * k22 <= k12 * k21 {
            continue;
        }
        let g2 = g_squared(k11, k12, k21, k22);
        if g2 >= 10.83 {
            best.entry(a).or_default().push((g2, b));
        }
    }
    let mut pairs = Vec::new();
    for (a, mut partners) in best {
        partners.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        pairs.extend(partners.into_iter().take(3).map(|(_, b)| (a, b)));
    }
    pairs.sort_unstable();
    pairs
}

/// Dunning's log-likelihood ratio for a 2×2 contingency table.
fn g_squared(k11: f64, k12: f64, k21: f64, k22: f64) -> f64 {
    let n = k11 + k12 + k21 + k22;
    let term = |k: f64, row: f64, col: f64| {
        if k > 0.0 && row > 0.0 && col > 0.0 {
            k * (k * n / (row * col)).ln()
        } else {
            0.0
        }
    };
    let (r1, r2) = (k11 + k12, k21 + k22);
    let (c1, c2) = (k11 + k21, k12 + k22);
    2.0 * (term(k11, r1, c1) + term(k12, r1, c2) + term(k21, r2, c1) + term(k22, r2, c2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_glossary_parses_without_duplicates_or_stray_whitespace() {
        let pairs = parse_pairs(SHIPPED).expect("the shipped glossary parses");
        assert!(pairs.len() >= 50);
        let mut seen = std::collections::HashSet::new();
        for (en, tr) in &pairs {
            assert!(seen.insert(en.to_lowercase()), "duplicate {en}");
            assert_eq!(en.trim(), en);
            assert_eq!(tr.trim(), tr);
            assert!(!en.contains("  ") && !tr.contains("  "));
        }
        for line in SHIPPED.lines().filter(|l| !l.starts_with('#')) {
            assert_eq!(line.trim_end(), line, "trailing whitespace in {line:?}");
        }
        assert!(SHIPPED.lines().any(|l| l.starts_with("# source:")));
        assert!(SHIPPED.lines().any(|l| l.starts_with("# licence:")));
    }

    #[test]
    fn malformed_line_is_reported() {
        assert_eq!(parse_pairs("# c\nen\ttr\nwar\tsavaş\nbroken\n"), Err(4));
    }

    #[test]
    fn inflected_turkish_terms_are_found() {
        let index = TermIndex::new(&[
            ("cooperation".into(), "işbirliği".into()),
            ("Aegean Sea".into(), "Ege Denizi".into()),
        ]);
        let words: Vec<String> = "askeri işbirliğinin Ege Denizi'nden"
            .split_whitespace()
            .map(|w| glossary_form(w.split('\'').next().unwrap_or(w)))
            .collect();
        let mut found = Vec::new();
        index.find(&words, &mut found);
        assert_eq!(found, vec![0, 1]);
    }

    #[test]
    fn huge_beads_are_not_counted() {
        let big: Vec<u32> = (0..10_000).collect();
        let beads = [(big.clone(), big.clone()), (big.clone(), big)];
        assert!(learn(beads.iter().map(|(s, t)| (s.as_slice(), t.as_slice()))).is_empty());
    }

    #[test]
    fn learns_a_consistent_pair() {
        // stem 7 always appears with stem 70; 1 and 2 are everywhere.
        let beads: Vec<(Vec<u32>, Vec<u32>)> = (0..20)
            .map(|k| {
                if k % 2 == 0 {
                    (vec![1, 7], vec![2, 70])
                } else {
                    (vec![1, 8], vec![2, 80])
                }
            })
            .collect();
        let pairs = learn(beads.iter().map(|(s, t)| (s.as_slice(), t.as_slice())));
        assert!(pairs.contains(&(7, 70)));
        assert!(pairs.contains(&(8, 80)));
        assert!(!pairs.contains(&(7, 80)));
        assert!(!pairs.iter().any(|&(a, _)| a == 1));
    }
}

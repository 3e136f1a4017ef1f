//! Reading a document pair once: lengths, concepts and stems per sentence,
//! then the weighted units each alignment pass searches over.

use std::collections::HashMap;

use super::features::{stem, strip_diacritics, token_concepts, tokens, Class, Interner, Token};
use super::lexicon::TermIndex;
use super::model::Unit;

/// At most this many concepts are kept per sentence (the heaviest), so that
/// a 1 MB "sentence" cannot make every bead around it expensive.
const MAX_CONCEPTS: usize = 1024;

/// One sentence as the model sees it.
#[derive(Debug)]
pub(crate) struct Sentence {
    pub(crate) chars: f64,
    /// Concepts with repetitions, unsorted.
    pub(crate) concepts: Vec<u32>,
    /// Distinct stems (side-specific ids), for dictionary learning.
    pub(crate) stems: Vec<u32>,
}

/// Both sides of a document pair, read once.
#[derive(Debug)]
pub(crate) struct Prepared {
    pub(crate) interner: Interner,
    pub(crate) src: Vec<Sentence>,
    pub(crate) tgt: Vec<Sentence>,
}

/// Reads every sentence: tokens, concepts (with glossary entries) and stems.
pub(crate) fn prepare(src: &[&str], tgt: &[&str], glossary: &TermIndex) -> Prepared {
    let mut interner = Interner::default();
    // Glossary entries get the first concept ids (entry k → id k).
    for _ in 0..glossary.entries() {
        interner.fresh(Class::Glossary);
    }
    let read_side = |side: &[&str], interner: &mut Interner| {
        let mut stems: HashMap<String, u32> = HashMap::new();
        let mut words = Vec::new();
        let mut found = Vec::new();
        side.iter()
            .map(|text| {
                let toks = tokens(text);
                let mut concepts = Vec::new();
                let mut sentence_stems = Vec::new();
                words.clear();
                for t in &toks {
                    token_concepts(t, interner, &mut concepts);
                    match t {
                        Token::Word(w) => {
                            words.push(strip_diacritics(w));
                            if w.chars().count() >= 3 {
                                let next = u32::try_from(stems.len()).unwrap_or(u32::MAX);
                                let id = *stems.entry(stem(w)).or_insert(next);
                                sentence_stems.push(id);
                            }
                        }
                        Token::Number(n) => words.push(n.clone()),
                        Token::Punct(_) => {}
                    }
                }
                found.clear();
                glossary.find(&words, &mut found);
                concepts.extend(found.iter().filter_map(|&e| u32::try_from(e).ok()));
                sentence_stems.sort_unstable();
                sentence_stems.dedup();
                Sentence {
                    chars: text.trim().chars().count() as f64,
                    concepts,
                    stems: sentence_stems,
                }
            })
            .collect::<Vec<_>>()
    };
    let src = read_side(src, &mut interner);
    let tgt = read_side(tgt, &mut interner);
    Prepared { interner, src, tgt }
}

/// Units for one pass: concepts weighted by inverse document frequency over
/// both sides, plus one concept per learned stem pair. Concepts that occur
/// on one side only can never match and are dropped.
pub(crate) struct Weighted {
    pub(crate) src: Vec<Unit>,
    pub(crate) tgt: Vec<Unit>,
    pub(crate) weights: Vec<f32>,
    pub(crate) classes: Vec<Class>,
}

pub(crate) fn weigh(prep: &Prepared, learned: &[(u32, u32)]) -> Weighted {
    let mut classes = prep.interner.classes().to_vec();
    let base = classes.len();
    let mut by_src: HashMap<u32, Vec<u32>> = HashMap::new();
    let mut by_tgt: HashMap<u32, Vec<u32>> = HashMap::new();
    for (k, &(a, b)) in learned.iter().enumerate() {
        let id = u32::try_from(base + k).unwrap_or(u32::MAX);
        classes.push(Class::Learned);
        by_src.entry(a).or_default().push(id);
        by_tgt.entry(b).or_default().push(id);
    }
    let with_learned = |s: &Sentence, map: &HashMap<u32, Vec<u32>>| -> Vec<u32> {
        let mut c = s.concepts.clone();
        for st in &s.stems {
            if let Some(ids) = map.get(st) {
                c.extend_from_slice(ids);
            }
        }
        c
    };
    let src_concepts: Vec<Vec<u32>> = prep.src.iter().map(|s| with_learned(s, &by_src)).collect();
    let tgt_concepts: Vec<Vec<u32>> = prep.tgt.iter().map(|s| with_learned(s, &by_tgt)).collect();

    // Document frequencies per side.
    let mut df_src = vec![0u32; classes.len()];
    let mut df_tgt = vec![0u32; classes.len()];
    let mut seen = vec![u32::MAX; classes.len()];
    let mut count = |lists: &[Vec<u32>], df: &mut [u32], offset: usize| {
        for (k, list) in lists.iter().enumerate() {
            let mark = u32::try_from(k + offset).unwrap_or(u32::MAX);
            for &c in list {
                if let (Some(s), Some(d)) = (seen.get_mut(c as usize), df.get_mut(c as usize)) {
                    if *s != mark {
                        *s = mark;
                        *d += 1;
                    }
                }
            }
        }
    };
    count(&src_concepts, &mut df_src, 0);
    count(&tgt_concepts, &mut df_tgt, src_concepts.len());
    let total = (src_concepts.len() + tgt_concepts.len()) as f64;
    let weights: Vec<f32> = classes
        .iter()
        .zip(df_src.iter().zip(&df_tgt))
        .map(|(class, (&ds, &dt))| {
            if ds == 0 || dt == 0 {
                return 0.0;
            }
            let idf = ((total + 2.0) / f64::from(ds + dt)).ln().clamp(0.0, 8.0);
            (idf * f64::from(class.factor())) as f32
        })
        .collect();
    let to_units = |lists: Vec<Vec<u32>>, sentences: &[Sentence]| -> Vec<Unit> {
        lists
            .into_iter()
            .zip(sentences)
            .map(|(mut list, s)| {
                list.retain(|&c| weights.get(c as usize).is_some_and(|&w| w > 0.0));
                if list.len() > MAX_CONCEPTS {
                    list.sort_unstable_by(|&x, &y| {
                        let (wx, wy) = (weights.get(x as usize), weights.get(y as usize));
                        wy.partial_cmp(&wx)
                            .unwrap_or(std::cmp::Ordering::Equal)
                            .then(x.cmp(&y))
                    });
                    list.truncate(MAX_CONCEPTS);
                }
                Unit::new(s.chars, list, &weights, &classes)
            })
            .collect()
    };
    let src = to_units(src_concepts, &prep.src);
    let tgt = to_units(tgt_concepts, &prep.tgt);
    Weighted {
        src,
        tgt,
        weights,
        classes,
    }
}

//! Evaluates sentence alignment: strict and lax precision, recall and F1
//! (the Sennrich & Volk definitions as implemented by Vecalign's `score.py`)
//! for bitext and for the Gale–Church baseline, on
//!
//! * the Text+Berg (Bleualign) German–French test set,
//! * the ParIce English–Icelandic test set,
//!   both read at run time from `../shared/data/alignment` (see its NOTICE),
//! * English–Turkish documents built from `samples/align/parallel.en-tr.tsv`
//!   (a parallel text written for bitext) by merging, deleting and inserting
//!   sentences, with the gold alignment known by construction.
//!
//! Run from the repository root:
//!
//! ```text
//! cargo run --release --example align_eval [-- DATA_DIR]
//! ```

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use bitext::align::{Aligner, Method};
use bitext::Lang;

type Bead = (Vec<usize>, Vec<usize>);

struct Doc {
    src: Vec<String>,
    tgt: Vec<String>,
    gold: Vec<Bead>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/data/alignment"));
    let sets: Vec<(&str, Lang, Lang, Vec<Doc>)> = vec![
        (
            "Text+Berg de–fr (7 docs)",
            "de".parse()?,
            "fr".parse()?,
            textberg(&data.join("textberg"))?,
        ),
        (
            "ParIce en–is (10 docs)",
            Lang::En,
            "is".parse()?,
            parice(&data.join("parice"))?,
        ),
        (
            "own en–tr (6 docs)",
            Lang::En,
            Lang::Tr,
            own(&root.join("samples/align/parallel.en-tr.tsv"))?,
        ),
    ];
    let methods = [
        "Gale–Church (own)",
        "bitext, no realign",
        "bitext",
        "bitext --max-bead 3",
    ];
    println!(
        "| data set | aligner | strict P | strict R | strict F1 | lax P | lax R | lax F1 | time |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for (name, src_lang, tgt_lang, docs) in &sets {
        for label in methods {
            let aligner = rebuild(label, *src_lang, *tgt_lang)?;
            let start = Instant::now();
            let tests: Vec<Vec<Bead>> = docs
                .iter()
                .map(|d| {
                    aligner
                        .align(&d.src, &d.tgt)
                        .beads()
                        .iter()
                        .map(|b| (b.src().collect(), b.tgt().collect()))
                        .collect()
                })
                .collect();
            let elapsed = start.elapsed();
            let golds: Vec<Vec<Bead>> = docs.iter().map(|d| d.gold.clone()).collect();
            if std::env::var("DEBUG_SHAPES").is_ok() {
                eprintln!("{name} {label}");
                debug_shapes(&tests, &golds);
            }
            let s = score(&golds, &tests);
            println!(
                "| {name} | {label} | {:.4} | {:.4} | **{:.4}** | {:.4} | {:.4} | {:.4} | {:.2} s |",
                s[0],
                s[1],
                s[2],
                s[3],
                s[4],
                s[5],
                elapsed.as_secs_f64()
            );
        }
    }
    Ok(())
}

fn rebuild(label: &str, src: Lang, tgt: Lang) -> Result<Aligner, Box<dyn std::error::Error>> {
    let mut b = Aligner::builder();
    b.langs(src, tgt);
    match label {
        "Gale–Church (own)" => b.method(Method::GaleChurch),
        "bitext, no realign" => b.realign(false),
        "bitext --max-bead 3" => b.max_bead(3),
        _ => &mut b,
    };
    Ok(b.build()?)
}

/// `[1, 2]:[3]` lines.
fn read_gold(path: &Path) -> Result<Vec<Bead>, Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let ids = |s: &str| -> Vec<usize> {
        s.trim()
            .trim_start_matches('[')
            .trim_end_matches(']')
            .split(',')
            .filter_map(|x| x.trim().parse().ok())
            .collect()
    };
    Ok(text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_once(':').map(|(a, b)| (ids(a), ids(b))))
        .collect())
}

fn lines(path: &Path) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text.lines().map(str::to_owned).collect())
}

fn textberg(dir: &Path) -> Result<Vec<Doc>, Box<dyn std::error::Error>> {
    (0..7)
        .map(|k| {
            Ok(Doc {
                src: lines(&dir.join(format!("test{k}.de")))?,
                tgt: lines(&dir.join(format!("test{k}.fr")))?,
                gold: read_gold(&dir.join(format!("test{k}.defr")))?,
            })
        })
        .collect()
}

fn parice(dir: &Path) -> Result<Vec<Doc>, Box<dyn std::error::Error>> {
    let strip = |v: Vec<String>| -> Vec<String> {
        v.into_iter()
            .map(|l| l.split_once('\t').map_or(l.clone(), |(_, s)| s.to_owned()))
            .collect()
    };
    [
        "es_1", "n_1", "n_2", "n_3", "s_1", "s_2", "s_3", "t_1", "t_2", "u_1",
    ]
    .iter()
    .map(|name| {
        Ok(Doc {
            src: strip(lines(&dir.join("eng").join(format!("{name}.txt")))?),
            tgt: strip(lines(&dir.join("isl").join(format!("{name}.txt")))?),
            gold: read_gold(&dir.join("gold").join(format!("{name}.txt")))?,
        })
    })
    .collect()
}

/// The parallel text as is, plus five edited copies (seeds 1–5): each pair
/// may have its Turkish side merged with the next (2–1), its English side
/// merged with the next (1–2), one side deleted (1–0, 0–1), or a stray
/// sentence from elsewhere in the text inserted on the Turkish side (0–1).
fn own(path: &Path) -> Result<Vec<Doc>, Box<dyn std::error::Error>> {
    let pairs: Vec<(String, String)> = lines(path)?
        .into_iter()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            l.split_once('\t')
                .map(|(a, b)| (a.to_owned(), b.to_owned()))
        })
        .collect();
    let mut docs = Vec::new();
    for seed in 0..6u64 {
        let mut rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let mut next = move || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng % 100
        };
        let mut doc = Doc {
            src: Vec::new(),
            tgt: Vec::new(),
            gold: Vec::new(),
        };
        let mut k = 0;
        while k < pairs.len() {
            let r = if seed == 0 { 99 } else { next() };
            let (en, tr) = &pairs[k];
            let (si, ti) = (doc.src.len(), doc.tgt.len());
            let has_next = k + 1 < pairs.len();
            if r < 10 && has_next {
                // Two English sentences, one Turkish sentence.
                let (en2, tr2) = &pairs[k + 1];
                doc.src.push(en.clone());
                doc.src.push(en2.clone());
                doc.tgt.push(format!("{tr} {tr2}"));
                doc.gold.push((vec![si, si + 1], vec![ti]));
                k += 2;
            } else if r < 20 && has_next {
                let (en2, tr2) = &pairs[k + 1];
                doc.src.push(format!("{en} {en2}"));
                doc.tgt.push(tr.clone());
                doc.tgt.push(tr2.clone());
                doc.gold.push((vec![si], vec![ti, ti + 1]));
                k += 2;
            } else if r < 25 {
                doc.src.push(en.clone());
                doc.gold.push((vec![si], vec![]));
                k += 1;
            } else if r < 30 {
                doc.tgt.push(tr.clone());
                doc.gold.push((vec![], vec![ti]));
                k += 1;
            } else if r < 35 {
                let stray = &pairs[(k + 20) % pairs.len()].1;
                doc.tgt.push(stray.clone());
                doc.gold.push((vec![], vec![ti]));
                // The pair itself follows as 1–1.
                doc.src.push(en.clone());
                doc.tgt.push(tr.clone());
                doc.gold.push((vec![si], vec![ti + 1]));
                k += 1;
            } else {
                doc.src.push(en.clone());
                doc.tgt.push(tr.clone());
                doc.gold.push((vec![si], vec![ti]));
                k += 1;
            }
        }
        docs.push(doc);
    }
    Ok(docs)
}

/// Vecalign's `score_multiple`: returns strict P, R, F1, lax P, R, F1.
fn score(golds: &[Vec<Bead>], tests: &[Vec<Bead>]) -> [f64; 6] {
    let mut p = [0u64; 4];
    let mut r = [0u64; 4];
    for (gold, test) in golds.iter().zip(tests) {
        add(&mut p, precision_counts(gold, test));
        let no_del = |v: &[Bead]| -> Vec<Bead> {
            v.iter()
                .filter(|(s, t)| !s.is_empty() && !t.is_empty())
                .cloned()
                .collect()
        };
        add(&mut r, precision_counts(&no_del(test), &no_del(gold)));
    }
    let ratio = |a: u64, b: u64| {
        if a + b == 0 {
            0.0
        } else {
            a as f64 / (a + b) as f64
        }
    };
    let f1 = |x: f64, y: f64| {
        if x + y == 0.0 {
            0.0
        } else {
            2.0 * x * y / (x + y)
        }
    };
    let (ps, pl) = (ratio(p[0], p[1]), ratio(p[2], p[3]));
    let (rs, rl) = (ratio(r[0], r[1]), ratio(r[2], r[3]));
    [ps, rs, f1(ps, rs), pl, rl, f1(pl, rl)]
}

fn add(acc: &mut [u64; 4], x: [u64; 4]) {
    for (a, b) in acc.iter_mut().zip(x) {
        *a += b;
    }
}

/// tp strict, fp strict, tp lax, fp lax of `test` against `gold`.
fn precision_counts(gold: &[Bead], test: &[Bead]) -> [u64; 4] {
    let nonempty = |v: &[Bead]| -> HashSet<Bead> {
        v.iter()
            .filter(|(s, t)| !s.is_empty() || !t.is_empty())
            .cloned()
            .collect()
    };
    let gold = nonempty(gold);
    let test = nonempty(test);
    let mut src_to_gold_tgt: std::collections::HashMap<usize, HashSet<usize>> = Default::default();
    for (s, t) in &gold {
        for &a in s {
            src_to_gold_tgt
                .entry(a)
                .or_default()
                .extend(t.iter().copied());
        }
    }
    let mut c = [0u64; 4];
    for bead in &test {
        if gold.contains(bead) {
            c[0] += 1;
            c[2] += 1;
        } else {
            c[1] += 1;
            let targets: HashSet<usize> = bead
                .0
                .iter()
                .filter_map(|a| src_to_gold_tgt.get(a))
                .flatten()
                .copied()
                .collect();
            if bead.1.iter().any(|t| targets.contains(t)) {
                c[2] += 1;
            } else {
                c[3] += 1;
            }
        }
    }
    c
}

#[allow(dead_code)]
fn debug_shapes(tests: &[Vec<Bead>], golds: &[Vec<Bead>]) {
    let mut t = std::collections::BTreeMap::new();
    let mut g = std::collections::BTreeMap::new();
    for d in tests {
        for (s, x) in d {
            *t.entry((s.len(), x.len())).or_insert(0) += 1;
        }
    }
    for d in golds {
        for (s, x) in d {
            *g.entry((s.len(), x.len())).or_insert(0) += 1;
        }
    }
    eprintln!("test {t:?}\ngold {g:?}");
}

//! Aligns a generated document pair of N × N sentences (default 100,000)
//! and reports the time, the strict accuracy against the known gold, and
//! the process's peak resident memory (VmHWM from /proc/self/status).
//!
//! ```text
//! cargo run --release --example align_memory [-- N]
//! ```
//!
//! The text is synthetic: a source vocabulary of invented words and a
//! target vocabulary with a fixed word-for-word mapping (different spellings
//! and lengths), Zipf-distributed word choice, numbers and names shared by
//! both sides. About 4% of the pairs are edited: a target sentence merged
//! with the next (2–1), a source sentence merged (1–2), or one side
//! deleted.

use std::collections::HashSet;
use std::time::Instant;

use bitext::align::Aligner;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn word(rng: &mut Rng, letters: &[u8], len: usize) -> String {
    (0..len)
        .map(|_| char::from(letters[rng.below(letters.len() as u64) as usize]))
        .collect()
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let vocab = 20_000;
    let src_words: Vec<String> = (0..vocab)
        .map(|_| {
            let len = 2 + rng.below(9) as usize;
            word(&mut rng, b"abcdefghiklmnoprstuwy", len)
        })
        .collect();
    let tgt_words: Vec<String> = (0..vocab)
        .map(|_| {
            let len = 2 + rng.below(10) as usize;
            word(&mut rng, b"abcdefghijklmnoprstuvyz", len)
        })
        .collect();
    let names: Vec<String> = (0..2000)
        .map(|_| {
            let mut w = word(&mut rng, b"aeioulmnrstkz", 6);
            w.replace_range(0..1, "K");
            w
        })
        .collect();
    // Zipf-like choice: square a uniform draw.
    let pick = |rng: &mut Rng| -> usize {
        let u = rng.below(1 << 20) as f64 / f64::from(1u32 << 20);
        ((u * u * u) * vocab as f64) as usize % vocab
    };
    let mut src = Vec::with_capacity(n);
    let mut tgt = Vec::with_capacity(n);
    let mut gold: HashSet<(Vec<usize>, Vec<usize>)> = HashSet::new();
    let mut pairs = Vec::with_capacity(n);
    for _ in 0..n {
        let len = 4 + rng.below(22) as usize;
        let mut s = Vec::with_capacity(len + 2);
        let mut t = Vec::with_capacity(len + 2);
        for _ in 0..len {
            let w = pick(&mut rng);
            s.push(src_words[w].clone());
            t.push(tgt_words[w].clone());
        }
        if rng.below(3) == 0 {
            let name = names[rng.below(names.len() as u64) as usize].clone();
            s.push(name.clone());
            t.insert(0, name);
        }
        if rng.below(4) == 0 {
            let num = rng.below(3000).to_string();
            s.push(num.clone());
            t.push(num);
        }
        pairs.push((s.join(" ") + ".", t.join(" ") + "."));
    }
    let mut k = 0;
    while k < pairs.len() {
        let (i, j) = (src.len(), tgt.len());
        let r = rng.below(100);
        let (s, t) = &pairs[k];
        if r < 1 && k + 1 < pairs.len() {
            src.push(s.clone());
            src.push(pairs[k + 1].0.clone());
            tgt.push(format!("{t} {}", pairs[k + 1].1));
            gold.insert((vec![i, i + 1], vec![j]));
            k += 2;
        } else if r < 2 && k + 1 < pairs.len() {
            src.push(format!("{s} {}", pairs[k + 1].0));
            tgt.push(t.clone());
            tgt.push(pairs[k + 1].1.clone());
            gold.insert((vec![i], vec![j, j + 1]));
            k += 2;
        } else if r < 3 {
            src.push(s.clone());
            gold.insert((vec![i], vec![]));
            k += 1;
        } else if r < 4 {
            tgt.push(t.clone());
            gold.insert((vec![], vec![j]));
            k += 1;
        } else {
            src.push(s.clone());
            tgt.push(t.clone());
            gold.insert((vec![i], vec![j]));
            k += 1;
        }
    }
    drop(pairs);
    let before = peak_rss_kib();
    let start = Instant::now();
    let alignment = Aligner::default().align(&src, &tgt);
    let elapsed = start.elapsed();
    let after = peak_rss_kib();
    let correct = alignment
        .beads()
        .iter()
        .filter(|b| gold.contains(&(b.src().collect(), b.tgt().collect())))
        .count();
    println!("sentences: {} source, {} target", src.len(), tgt.len());
    println!(
        "beads: {} ({} exactly as in the gold, {:.4})",
        alignment.beads().len(),
        correct,
        correct as f64 / gold.len() as f64
    );
    println!("quality: {:.4}", alignment.quality());
    println!("time: {:.2} s", elapsed.as_secs_f64());
    match (before, after) {
        (Some(b), Some(a)) => println!(
            "peak RSS: {:.1} MiB before aligning (input text), {:.1} MiB after",
            b as f64 / 1024.0,
            a as f64 / 1024.0
        ),
        _ => println!("peak RSS: not available (no /proc/self/status)"),
    }
}

/// VmHWM (peak resident set size) in KiB, on Linux.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

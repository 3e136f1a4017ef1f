//! Speed of sentence alignment on a generated English–Turkish-like document
//! pair, at two sizes (to show linear growth), against the Gale–Church
//! baseline run in the same process on the same input.

use std::hint::black_box;

use bitext::align::{Aligner, Method};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// `n` sentence pairs built from a fixed word-for-word mapping between two
/// invented vocabularies, with numbers and names shared by both sides, and
/// every 25th target sentence merged with the next (a 2–1 bead).
fn document(n: usize) -> (Vec<String>, Vec<String>) {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let syllables = [
        "ka", "lem", "tor", "si", "nu", "bar", "el", "qo", "ri", "dan",
    ];
    let mut src = Vec::with_capacity(n);
    let mut tgt = Vec::with_capacity(n);
    for k in 0..n {
        let len = 5 + (next() % 18) as usize;
        let mut s = Vec::new();
        let mut t = Vec::new();
        for _ in 0..len {
            let w = (next() % 3000) as usize;
            let a = syllables[w % 10];
            let b = syllables[(w / 10) % 10];
            let c = syllables[(w / 100) % 10];
            s.push(format!("{a}{b}{c}"));
            t.push(format!("{c}{a}{b}i"));
        }
        if k % 4 == 0 {
            let number = (next() % 2000).to_string();
            s.push(number.clone());
            t.push(number);
        }
        let (s, t) = (s.join(" ") + ".", t.join(" ") + ".");
        if k % 25 == 24 {
            if let Some(last) = tgt.last_mut() {
                *last = format!("{last} {t}");
                src.push(s);
                continue;
            }
        }
        src.push(s);
        tgt.push(t);
    }
    (src, tgt)
}

fn bench_align(c: &mut Criterion) {
    let gale_church = Aligner::builder()
        .method(Method::GaleChurch)
        .build()
        .expect("valid settings");
    let bitext = Aligner::default();
    let mut group = c.benchmark_group("align");
    group.sample_size(10);
    for n in [1_000usize, 4_000] {
        let (src, tgt) = document(n);
        group.throughput(Throughput::Elements((src.len() + tgt.len()) as u64));
        group.bench_with_input(BenchmarkId::new("baseline_gale_church", n), &n, |b, _| {
            b.iter(|| black_box(gale_church.align(black_box(&src), black_box(&tgt))))
        });
        group.bench_with_input(BenchmarkId::new("bitext", n), &n, |b, _| {
            b.iter(|| black_box(bitext.align(black_box(&src), black_box(&tgt))))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_align);
criterion_main!(benches);

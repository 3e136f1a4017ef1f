//! Glossary building: the full bilingual build against its first stage
//! (monolingual candidate extraction of the English side) as the baseline,
//! on our own example (`examples/data/glossary/corridor.en-tr.tsv`),
//! repeated to make a larger memory.

use criterion::{criterion_group, criterion_main, Criterion};

use bitext::terms::{candidates, Corpus, GlossaryBuilder};
use bitext::Lang;

const PAIRS: &str = include_str!("../examples/data/glossary/corridor.en-tr.tsv");

fn bench(c: &mut Criterion) {
    let corpus = Corpus::from_tsv(PAIRS).expect("example parses");
    let mut big = Corpus::new();
    for _ in 0..10 {
        big.append(corpus.clone());
    }
    let english: String = PAIRS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .collect::<Vec<_>>()
        .join(" ");
    let builder = GlossaryBuilder::new();
    let mut group = c.benchmark_group("glossary");
    group.sample_size(10);
    group.bench_function("baseline: candidates, English side (41 sentences)", |b| {
        b.iter(|| candidates(&english, Lang::En).len())
    });
    group.bench_function("build, 41 pairs", |b| {
        b.iter(|| builder.build(&corpus).entries.len())
    });
    group.bench_function("build, 410 pairs", |b| {
        b.iter(|| builder.build(&big).entries.len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

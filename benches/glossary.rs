//! Glossary building: the full bilingual build against its first stage
//! (monolingual candidate extraction of the English side) as the baseline,
//! on our own example (`examples/data/glossary/corridor.en-tr.tsv`),
//! repeated to make a larger memory, and on the ten examples read during
//! development, one after the other (distinct text).

use criterion::{criterion_group, criterion_main, Criterion};

use bitext::terms::{candidates, Corpus, GlossaryBuilder};
use bitext::Lang;

const PAIRS: &str = include_str!("../examples/data/glossary/corridor.en-tr.tsv");

/// Distinct text: the examples read during development, one after the
/// other (repeated text hides costs that grow with the number of distinct
/// candidate pairs).
const READ_EXAMPLES: [&str; 10] = [
    include_str!("../examples/data/glossary/corridor.en-tr.tsv"),
    include_str!("../examples/data/glossary/water.en-tr.tsv"),
    include_str!("../examples/data/glossary/vaccination.en-tr.tsv"),
    include_str!("../examples/data/glossary/earthquake.en-tr.tsv"),
    include_str!("../examples/data/glossary/energy.en-tr.tsv"),
    include_str!("../examples/data/glossary/agriculture.en-tr.tsv"),
    include_str!("../examples/data/glossary/privacy.en-tr.tsv"),
    include_str!("../examples/data/glossary/heritage.en-tr.tsv"),
    include_str!("../examples/data/glossary/wildfire.en-tr.tsv"),
    include_str!("../examples/data/glossary/labour.en-tr.tsv"),
];

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
    let mut distinct = Corpus::new();
    for text in READ_EXAMPLES {
        distinct.append(Corpus::from_tsv(text).expect("example parses"));
    }
    let distinct_label = format!("build, ten examples ({} distinct units)", distinct.units());
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
    group.bench_function(distinct_label.as_str(), |b| {
        b.iter(|| builder.build(&distinct).entries.len())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

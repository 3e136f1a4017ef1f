//! Throughput of `bitext check` (all seven checks, the evaluation glossary
//! of 27 entries) over the evaluation translation repeated to 380 sentence
//! pairs, against a baseline in the same process: the exact, case-folded
//! substring term check that string-matching QA tools run (which is fast
//! and floods Turkish with false alarms; see docs/bench-check.md).
//!
//! Run: `cargo bench --bench check -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;
use std::path::Path;

use bitext::check::{Checker, Config, Pair, TermBase};
use bitext::glossary::read_tsv;
use bitext::text::match_fold;
use bitext::Lang;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn read(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/check")
            .join(name),
    )
    .expect("examples/check files")
}

fn bench(c: &mut Criterion) {
    let glossary = read_tsv(&read("glossary.tsv")).expect("glossary");
    let (en, tr) = (read("clean.en.txt"), read("clean.tr.txt"));
    let en = en.repeat(10);
    let tr = tr.repeat(10);
    let pairs = Pair::from_lines(&en, &tr).expect("pairs");
    let checker = Checker::new(
        TermBase::from_glossary(&glossary, Lang::En, Lang::Tr),
        Config::default(),
    );
    let entries: Vec<(String, Vec<String>)> = glossary
        .entries
        .iter()
        .map(|e| {
            (
                match_fold(&e.en),
                e.forms(Lang::Tr).map(match_fold).collect(),
            )
        })
        .collect();
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Elements(pairs.len() as u64));
    group.bench_function("baseline: substring term check", |b| {
        b.iter(|| {
            let mut alarms = 0usize;
            for p in &pairs {
                let (s, t) = (match_fold(&p.src), match_fold(&p.tgt));
                for (src, tgts) in &entries {
                    if s.contains(src.as_str()) && !tgts.iter().any(|x| t.contains(x.as_str())) {
                        alarms += 1;
                    }
                }
            }
            black_box(alarms)
        })
    });
    group.bench_function("bitext check (all checks)", |b| {
        b.iter(|| black_box(checker.check(black_box(&pairs)).len()))
    });
    group.bench_function("bitext check (terms only)", |b| {
        let mut config = Config::default();
        config.only(&[bitext::check::CheckId::TermMissing]);
        let terms = Checker::new(
            TermBase::from_glossary(&glossary, Lang::En, Lang::Tr),
            config,
        );
        b.iter(|| black_box(terms.check(black_box(&pairs)).len()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

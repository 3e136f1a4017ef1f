//! Throughput of the name key, in names per second, against a baseline run
//! in the same process: plain Unicode lowercasing of each name (one pass and
//! one allocation per name, what any key has to do at least).
//!
//! Run: `cargo bench --bench translit -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

include!("data/name_lists.rs");

fn bench_keys(c: &mut Criterion) {
    let cases = [
        ("ascii", names(&[(ASCII, 1)], 10_000)),
        ("turkic", names(&[(TURKIC, 1)], 10_000)),
        ("cyrillic", names(&[(CYRILLIC, 1)], 10_000)),
        // Half ASCII, a third Turkish/Azerbaijani, the rest Cyrillic.
        (
            "mixed",
            names(&[(ASCII, 6), (TURKIC, 4), (CYRILLIC, 2)], 10_000),
        ),
    ];
    for (label, list) in &cases {
        let mut group = c.benchmark_group(format!("name_key/{label}"));
        group.throughput(Throughput::Elements(list.len() as u64));
        group.sample_size(20);
        group.bench_function("baseline_to_lowercase", |b| {
            b.iter(|| {
                for name in list {
                    black_box(black_box(name.as_str()).to_lowercase());
                }
            })
        });
        group.bench_function("name_key", |b| {
            b.iter(|| {
                for name in list {
                    black_box(bitext::translit::name_key(black_box(name)));
                }
            })
        });
        group.bench_function("name_key_into", |b| {
            let mut key = String::new();
            b.iter(|| {
                for name in list {
                    bitext::translit::name_key_into(black_box(name), &mut key);
                    black_box(&key);
                }
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench_keys);
criterion_main!(benches);

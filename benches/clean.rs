//! Throughput of `clean` on a generated multi-megabyte mixed document,
//! against a baseline run in the same process: NFC alone over the same text
//! (one pass that any cleaner has to make).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use unicode_normalization::UnicodeNormalization;

/// A mixed English/Turkish document with the damage `clean` repairs: wrapped
/// lines, hyphenation, page numbers, running headers, footnotes in a sentence,
/// curly apostrophes, mojibake and CRLF line endings.
fn document(target_bytes: usize) -> String {
    let pages = [
        "Journal of Regional Studies 4(2)\r\n\r\nThe corridor project links the Caspian basin with the\r\nports of the Black Sea and has changed how freight\r\nmoves between the two regions over the last decade.\r\nIts military-technical side is often over-\r\nlooked by economic studies of the route.\r\n\r\n",
        "Bu çalışma, Türkiye’nin bölgesel politikasını ve Orta Koridor’un\r\nekonomik etkisini inceliyor. ÅžanlÄ±urfa ve Çavuþoðlu\r\ngibi bozuk yazımlar da metinde yer alıyor ve askeri-teknik iş-\r\nbirliğinin sonuçları tartışılıyor; sonuç olarak yazar sayfa\r\n\r\n* Yazar, Örnek Üniversitesi, Uluslararası İlişkiler Bölümü.\r\n\r\nsonunda kesilen cümleyi burada tamamlıyor.\r\n\r\n",
        "- 12 -\r\n\r\nA\u{a0}short paragraph with a non-breaking space and “quotes”.\r\n\r\n",
    ];
    let mut doc = String::with_capacity(target_bytes + 1024);
    let mut i = 0;
    while doc.len() < target_bytes {
        doc.push_str(pages[i % pages.len()]);
        i += 1;
    }
    doc
}

fn bench_clean(c: &mut Criterion) {
    let doc = document(4 << 20);
    let mut group = c.benchmark_group("clean");
    group.throughput(Throughput::Bytes(doc.len() as u64));
    group.sample_size(10);
    group.bench_function("baseline_nfc_only", |b| {
        b.iter(|| black_box(doc.nfc().collect::<String>()))
    });
    group.bench_function("bitext_clean", |b| {
        b.iter(|| black_box(bitext::text::clean(black_box(&doc))))
    });
    group.finish();
}

criterion_group!(benches, bench_clean);
criterion_main!(benches);

//! Throughput of `bitext::lang::detect` on sentences, single words and a
//! mixed document, against whatlang restricted to tr/en/az (the baseline)
//! in the same process. The sentences were written for this benchmark.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// Sentences written for bitext (not taken from any corpus), in Turkish,
/// English and Azerbaijani, with the usual academic and news vocabulary.
const SENTENCES: &[&str] = &[
    "Bu çalışma, bölgedeki ulaşım projelerinin ekonomik etkilerini ayrıntılı olarak inceliyor.",
    "Araştırmanın sonuçları, yerel yönetimlerin karar süreçlerinde önemli değişiklikler olduğunu gösteriyor.",
    "Geçen yıl açılan limanın kapasitesi, beklenenden çok daha hızlı bir şekilde doldu.",
    "Öğrenciler ders programındaki değişikliklerden memnun olmadıklarını açıkça dile getirdiler.",
    "Belediye, şehir merkezindeki tarihi binaların korunması için yeni bir plan hazırladı.",
    "Kuraklık nedeniyle çiftçiler bu sezon ürünlerini erken toplamak zorunda kaldı.",
    "This study examines the economic effects of the transport projects in the region in detail.",
    "The results suggest that local governments have changed the way they make decisions.",
    "The capacity of the port that opened last year filled up much faster than expected.",
    "Students openly said that they were not satisfied with the changes to the timetable.",
    "The council has prepared a new plan to protect the historic buildings in the city centre.",
    "Because of the drought, farmers had to bring in their crops early this season.",
    "Bu tədqiqat regiondakı nəqliyyat layihələrinin iqtisadi təsirlərini ətraflı şəkildə araşdırır.",
    "Nəticələr göstərir ki, yerli idarəetmə orqanları qərar qəbul etmə qaydasını dəyişib.",
    "Keçən il açılan limanın tutumu gözləniləndən daha tez doldu.",
    "Tələbələr dərs cədvəlindəki dəyişikliklərdən razı qalmadıqlarını açıq şəkildə bildirdilər.",
    "Bələdiyyə şəhər mərkəzindəki tarixi binaların qorunması üçün yeni plan hazırlayıb.",
    "Quraqlıq səbəbindən fermerlər bu mövsüm məhsullarını tez yığmalı oldular.",
];

const WORDS: &[&str] = &[
    "limanın",
    "kapasitesi",
    "belediye",
    "çiftçiler",
    "economic",
    "buildings",
    "farmers",
    "timetable",
    "tədqiqat",
    "nəqliyyat",
    "bələdiyyə",
    "quraqlıq",
    "değişiklik",
    "season",
    "mövsüm",
    "plan",
];

fn bench(c: &mut Criterion) {
    let whatlang = whatlang::Detector::with_allowlist(vec![
        whatlang::Lang::Tur,
        whatlang::Lang::Eng,
        whatlang::Lang::Aze,
    ]);
    // Warm up lazily built tables and models outside the timed loops.
    for s in SENTENCES.iter().chain(WORDS) {
        black_box(bitext::lang::detect(s));
    }
    for (name, items) in [("sentences", SENTENCES), ("single_words", WORDS)] {
        let bytes: usize = items.iter().map(|s| s.len()).sum();
        let mut group = c.benchmark_group(format!("detect_{name}"));
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("baseline_whatlang_tr_en_az", |b| {
            b.iter(|| {
                for s in items {
                    black_box(whatlang.detect(black_box(s)));
                }
            })
        });
        group.bench_function("bitext_detect", |b| {
            b.iter(|| {
                for s in items {
                    black_box(bitext::lang::detect(black_box(s)));
                }
            })
        });
        group.finish();
    }
    // A mixed document: English and Turkish paragraphs, reference-like lines.
    let mut doc = String::new();
    while doc.len() < 200_000 {
        for chunk in SENTENCES.chunks(3) {
            doc.push_str(&chunk.join(" "));
            doc.push_str("\n\n");
        }
    }
    let mut group = c.benchmark_group("spans_document");
    group.throughput(Throughput::Bytes(doc.len() as u64));
    group.sample_size(10);
    group.bench_function("baseline_whatlang_per_paragraph", |b| {
        b.iter(|| {
            for p in doc.split("\n\n") {
                black_box(whatlang.detect(black_box(p)));
            }
        })
    });
    group.bench_function("bitext_spans", |b| {
        b.iter(|| black_box(bitext::lang::spans(black_box(&doc))))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Throughput of `bitext::segment` on a generated multi-megabyte academic
//! document (Turkish and English paragraphs written for this bench, full of
//! abbreviations, citations, ordinals, decimals and URLs), against two
//! baselines run in the same process on the same text:
//!
//! - a naive split after `.?!…` followed by whitespace (the least any
//!   punctuation-based segmenter has to do), and
//! - UAX #29 sentence boundaries from `unicode-segmentation`.
//!
//! Expect bitext to run at a fraction of the naive split's speed and well
//! above UAX #29; the floor is 20 MB/s on one core.

use std::hint::black_box;

use bitext::segment::Segmenter;
use bitext::Lang;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;

fn document(target_bytes: usize, lang: Lang) -> String {
    let paragraphs: &[&str] = if lang == Lang::Tr {
        &[
            "Öz: Bu çalışma, 20. yüzyılda bölgesel güvenliğin dönüşümünü inceliyor (Yılmaz vd., 2020, s. 41). Prof. Dr. L. O. Kaya'ya göre 3. madde belirleyicidir; örn. 27.09.2020 tarihli bildiri bunu gösterir. Oran yüzde 1.5 arttı mı? Evet, arttı... Ayrıntılar için bkz. https://www.ornek.gov.tr/rapor.pdf ve yazar@ornek.edu.tr adresi.\n\n",
            "6.1. Askeri Güçlerin Dönüşümü\n\nII. Dünya Savaşı sonrasında kurulan düzen, petrol, doğalgaz vb. kaynaklar üzerinden şekillendi. \"Bu düzen sürer mi?\" diye sordu Doç. Dr. Ayşe Demir. Yanıt kısaydı: hayır. Anlaşma (10, m.2) açıkça yazılmıştı. Sonuç olarak taraflar uzlaştı.\n\n",
        ]
    } else {
        &[
            "Abstract: This study examines regional security in the 20th century (Smith et al., 2020, p. 41). According to Prof. J. R. Miller, the U.S. Department of State changed its view, e.g. in Vol. 3, No. 2, pp. 45-67. The rate rose by 1.5 percent. Did it last? Not really... See https://example.org/report.pdf or write to info@example.org for details.\n\n",
            "6.1. Transformation of Military Forces\n\nAfter World War II the order was shaped by oil, gas, etc. \"Will this order last?\" asked Dr. Jane Doe. The answer was short: no. The agreement (10, m.2) was explicit. In the end, the parties agreed.\n\n",
        ]
    };
    let mut doc = String::with_capacity(target_bytes + 1024);
    let mut i = 0;
    while doc.len() < target_bytes {
        doc.push_str(paragraphs[i % paragraphs.len()]);
        i += 1;
    }
    doc
}

/// Sentence ends of the naive baseline: after a run of `.?!…` followed by whitespace.
fn naive(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut ends = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let is_term = matches!(bytes[i], b'.' | b'?' | b'!')
            || (bytes[i] == 0xE2
                && bytes.get(i + 1) == Some(&0x80)
                && bytes.get(i + 2) == Some(&0xA6));
        if is_term {
            let mut j = i + if bytes[i] == 0xE2 { 3 } else { 1 };
            while j < bytes.len() && matches!(bytes[j], b'.' | b'?' | b'!') {
                j += 1;
            }
            if j < bytes.len() && bytes[j].is_ascii_whitespace() {
                ends.push(j);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    ends.push(text.len());
    ends
}

fn bench_segment(c: &mut Criterion) {
    for lang in [Lang::Tr, Lang::En] {
        let doc = document(4 << 20, lang);
        let segmenter = Segmenter::new(lang);
        let mut group = c.benchmark_group(format!("segment-{lang}"));
        group.throughput(Throughput::Bytes(doc.len() as u64));
        group.sample_size(10);
        group.bench_function("baseline_naive_split", |b| {
            b.iter(|| black_box(naive(black_box(&doc))))
        });
        group.bench_function("baseline_uax29_unicode_segmentation", |b| {
            b.iter(|| black_box(doc.split_sentence_bound_indices().count()))
        });
        let mut out = Vec::new();
        group.bench_function("bitext_segment", |b| {
            b.iter(|| {
                out.clear();
                segmenter.segment_into(black_box(&doc), &mut out);
                black_box(out.len())
            })
        });
        group.finish();
    }
}

criterion_group!(benches, bench_segment);
criterion_main!(benches);

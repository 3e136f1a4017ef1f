//! Unit and property tests of the aligner as a whole.

use proptest::prelude::*;

use super::*;

/// Every sentence of both sides appears in exactly one bead, in order.
fn assert_covers(alignment: &Alignment, n: usize, m: usize) {
    let (mut i, mut j) = (0, 0);
    for bead in alignment.beads() {
        assert_eq!(bead.src().start, i, "{:?}", alignment.beads());
        assert_eq!(bead.tgt().start, j, "{:?}", alignment.beads());
        assert!(!(bead.src().is_empty() && bead.tgt().is_empty()));
        assert!((0.0..=1.0).contains(&bead.score()));
        i = bead.src().end;
        j = bead.tgt().end;
    }
    assert_eq!((i, j), (n, m));
    assert!((0.0..=1.0).contains(&alignment.quality()));
}

#[test]
fn empty_sides() {
    let none: [&str; 0] = [];
    let a = align(&none, &none);
    assert!(a.beads().is_empty());
    assert_eq!(a.quality(), 1.0);
    let a = align(&["a", "b"], &none);
    assert_covers(&a, 2, 0);
    assert_eq!(a.beads().len(), 2);
    let a = align(&none, &["a"]);
    assert_covers(&a, 0, 1);
}

#[test]
fn merge_is_found_by_anchors() {
    let en = [
        "The agreement was signed in 2010 in Ankara.",
        "It covers defense and trade.",
        "Both sides met again in 2021.",
    ];
    let tr = [
        "Anlaşma 2010 yılında Ankara'da imzalandı ve savunma ile ticareti kapsıyor.",
        "İki taraf 2021'de yeniden bir araya geldi.",
    ];
    let a = Aligner::builder()
        .langs(Lang::En, Lang::Tr)
        .build()
        .unwrap()
        .align(&en, &tr);
    let shapes: Vec<_> = a.beads().iter().map(|b| (b.src(), b.tgt())).collect();
    assert_eq!(shapes, vec![(0..2, 0..1), (2..3, 1..2)]);
}

#[test]
fn gale_church_method_aligns_by_length() {
    let aligner = Aligner::builder()
        .method(Method::GaleChurch)
        .build()
        .unwrap();
    let a = aligner.align(&["aaaa aaaa aaaa", "bb"], &["cccc cccc cccc", "dd"]);
    let shapes: Vec<_> = a.beads().iter().map(|b| (b.src(), b.tgt())).collect();
    assert_eq!(shapes, vec![(0..1, 0..1), (1..2, 1..2)]);
}

#[test]
fn one_side_a_hundred_times_longer() {
    let short: Vec<String> = (0..5)
        .map(|k| format!("Sentence number {k} about the topic {k}."))
        .collect();
    let long: Vec<String> = (0..500)
        .map(|k| format!("Cümle {k} konu {k} hakkında."))
        .collect();
    let a = align(&short, &long);
    assert_covers(&a, 5, 500);
    assert!(a.beads().iter().filter(|b| b.is_omission()).count() >= 490);
}

#[test]
fn a_huge_sentence_does_not_break_anything() {
    let huge = "kelime ".repeat(150_000);
    let a = align(&["Short one.", huge.as_str()], &["Kısa.", "Öteki."]);
    assert_covers(&a, 2, 2);
}

#[test]
fn coarse_to_fine_matches_the_full_search_on_a_long_document() {
    // 3,000 × 3,000 sentences: beyond the full-rectangle limit.
    let src: Vec<String> = (0..3000)
        .map(|k| format!("Item {k} concerns {} things.", "many ".repeat(k % 7)))
        .collect();
    let tgt: Vec<String> = (0..3000)
        .map(|k| format!("Öğe {k} {} şeyle ilgilidir.", "çok ".repeat(k % 7)))
        .collect();
    let a = align(&src, &tgt);
    assert_covers(&a, 3000, 3000);
    let one_to_one = a
        .beads()
        .iter()
        .filter(|b| b.src().len() == 1 && b.tgt().len() == 1 && b.src().start == b.tgt().start)
        .count();
    assert!(one_to_one >= 2990, "{one_to_one}");
}

#[test]
fn dictionary_tsv_errors_name_the_line() {
    let err = Aligner::builder()
        .dictionary_tsv("en\ttr\nwar\tsavaş\nbad line\n")
        .map(|_| ())
        .unwrap_err();
    assert_eq!(err, AlignError::Dictionary { line: 3 });
    assert!(err.to_string().contains("line 3"));
}

#[test]
fn bead_serializes_to_the_jsonl_shape() {
    let a = align(&["Hello there (1)."], &["Merhaba (1)."]);
    let json = serde_json::to_string(&a.beads()[0]).unwrap();
    assert!(
        json.starts_with(r#"{"src":[0],"tgt":[0],"score":"#),
        "{json}"
    );
}

#[test]
fn aligner_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Aligner>();
    check::<Alignment>();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_sentence_in_exactly_one_bead_in_order(
        src in prop::collection::vec("[a-zA-Z0-9 .,()İıŞş]{0,40}", 0..25),
        tgt in prop::collection::vec("[a-zA-Z0-9 .,()İıŞş]{0,40}", 0..25),
        max in 1usize..4,
    ) {
        let aligner = Aligner::builder().max_bead(max).build().unwrap();
        let a = aligner.align(&src, &tgt);
        assert_covers(&a, src.len(), tgt.len());
        for b in a.beads() {
            prop_assert!(b.src().len() <= max && b.tgt().len() <= max);
        }
    }

    #[test]
    fn no_panic_on_arbitrary_strings(src in prop::collection::vec(any::<String>(), 0..8), tgt in prop::collection::vec(any::<String>(), 0..8)) {
        let a = align(&src, &tgt);
        assert_covers(&a, src.len(), tgt.len());
    }

    #[test]
    fn texts_and_documents_never_panic(src in any::<String>(), tgt in any::<String>()) {
        let aligner = Aligner::default();
        let a = aligner.align_texts(&src, &tgt, Lang::Und, Lang::Und);
        assert_covers(&a.alignment, a.src_sentences.len(), a.tgt_sentences.len());
        if let Ok(doc) = aligner.align_document(&format!("{src}\n\n{tgt}"), None) {
            let d = &doc.aligned;
            assert_covers(&d.alignment, d.src_sentences.len(), d.tgt_sentences.len());
        }
    }
}

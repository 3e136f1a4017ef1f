//! Unit tests of the checks on small hand-written pairs.

use super::*;

fn checker() -> Checker {
    let mut t = TermBase::new(Lang::En, Lang::Tr);
    t.add(&["Türkiye", "Turkey"], &["Türkiye"], false);
    t.add(&["balance of power"], &["güç dengesi"], false);
    t.add(&["strategic partnership"], &["stratejik ortaklık"], false);
    t.add(&["security"], &["güvenlik"], false);
    t.add(&["security"], &["emniyet"], false);
    t.add(&["influence"], &["etki"], false);
    t.add(&["impact"], &["etki"], false);
    t.add(&["Middle Corridor"], &["Orta Kuşak"], true);
    t.add(&["Middle Corridor"], &["Orta Koridor"], false);
    t.add(&["HAKİM"], &["HAKİM"], false);
    Checker::new(t, Config::default())
}

fn ids(findings: &[Finding]) -> Vec<(&'static str, Vec<usize>)> {
    findings
        .iter()
        .map(|f| (f.check.id(), f.src_lines.clone()))
        .collect()
}

#[test]
fn inflected_terms_are_not_missing() {
    let pairs = [
        Pair::new(0, "Türkiye's role grew.", "Türkiye'nin rolü büyüdü."),
        Pair::new(
            1,
            "The war changed the balance of power.",
            "Savaş güç dengesini değiştirdi.",
        ),
        Pair::new(
            2,
            "It turned into a strategic partnership.",
            "İlişki stratejik ortaklığa dönüştü.",
        ),
        Pair::new(
            3,
            "Security matters to Turkey.",
            "Güvenlik Türkiye için önemlidir.",
        ),
    ];
    let f = checker().check(&pairs);
    // "Turkey" next to "Türkiye" on the source side is a variant mix.
    assert_eq!(ids(&f), [("variant-inconsistent", vec![3])], "{f:#?}");
}

#[test]
fn each_defect_one_finding() {
    let pairs = [
        Pair::new(
            0,
            "Security in the Middle Corridor improved.",
            "Orta Koridor'da güvenlik arttı.",
        ),
        Pair::new(
            1,
            "Security in the region improved in 2020.",
            "Bölgede güvenlik 2021'de arttı.",
        ),
        Pair::new(2, "The Middle Corridor is long.", "Orta Kuşak uzundur."),
        Pair::new(3, "Security was the main topic.", "Emniyet ana konuydu."),
        Pair::new(4, "Security was discussed.", "Güvenlik tartışıldı."),
        Pair::new(
            5,
            "The influence of HAKİM was large.",
            "HAKİM sisteminin etkisi büyüktü.",
        ),
        Pair::new(6, "Its influence grew.", "Etkisi arttı."),
        Pair::new(7, "Its impact grew.", "Etkisi arttı."),
        Pair::new(
            8,
            "The HAKİM system was tested.",
            "HAKIM sistemi test edildi.",
        ),
        Pair::new(9, "The balance of power changed.", "Dengeler değişti."),
        Pair::new(10, "This sentence has no translation.", ""),
        Pair::new(
            11,
            "This sentence was not translated at all.",
            "This sentence was not translated at all.",
        ),
    ];
    let f = checker().check(&pairs);
    assert_eq!(
        ids(&f),
        [
            ("number-mismatch", vec![1]),
            ("forbidden", vec![2]),
            ("term-inconsistent", vec![3]),
            ("term-inconsistent", vec![7]),
            ("variant-inconsistent", vec![8]),
            ("term-missing", vec![9]),
            ("missing", vec![10]),
            ("untranslated", vec![11]),
        ],
        "{f:#?}"
    );
    let forbidden = &f[1];
    assert_eq!(forbidden.found.as_deref(), Some("Orta Kuşak"));
    assert_eq!(forbidden.expected.as_deref(), Some("Orta Koridor"));
    assert_eq!(f[4].found.as_deref(), Some("HAKIM"));
    assert_eq!(f[4].expected.as_deref(), Some("HAKİM"));
    assert!(f[2].message.contains("güvenlik"), "{}", f[2].message);
}

#[test]
fn disabled_checks_report_nothing() {
    let mut config = Config::default();
    config.skip(&[CheckId::Missing]);
    let c = Checker::new(TermBase::new(Lang::En, Lang::Tr), config);
    assert!(c
        .check(&[Pair::new(0, "One sentence here.", "")])
        .is_empty());
}

#[test]
fn unknown_check_is_an_error() {
    let e = "term-mising".parse::<CheckId>().unwrap_err();
    assert!(e.to_string().contains("unknown check \"term-mising\""));
}

mod properties {
    use super::super::matcher::tokenize;
    use super::super::numbers::quantities;
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn no_panic_on_arbitrary_text(src in "\\PC{0,80}", tgt in "\\PC{0,80}", a in "\\PC{0,12}", b in "\\PC{0,12}") {
            let mut t = TermBase::new(Lang::En, Lang::Tr);
            t.add(&[a.as_str()], &[b.as_str()], false);
            t.add(&[b.as_str()], &[a.as_str()], true);
            let checker = Checker::new(t, Config::default());
            let pairs = [Pair::new(0, &src, &tgt), Pair::new(1, &tgt, &src)];
            let findings = checker.check(&pairs);
            for f in &findings {
                for r in f.src_marks.iter() {
                    prop_assert!(f.src.get(r.clone()).is_some());
                }
                for r in f.tgt_marks.iter() {
                    prop_assert!(f.tgt.get(r.clone()).is_some());
                }
            }
            let _ = render_text(&findings);
        }

        #[test]
        fn turkish_like_text_does_not_panic(src in "[a-zA-ZçğıöşüÇĞİÖŞÜ' 0-9.,%]{0,60}", tgt in "[a-zA-ZçğıöşüÇĞİÖŞÜ' 0-9.,%]{0,60}") {
            let mut t = TermBase::new(Lang::Tr, Lang::En);
            t.add(&["güç dengesi", "ortaklık"], &["balance of power"], false);
            let checker = Checker::new(t, Config::default());
            let _ = checker.check(&[Pair::new(0, &src, &tgt)]);
        }

        #[test]
        fn tokens_are_ordered_words_at_char_boundaries(text in "\\PC{0,100}") {
            let tokens = tokenize(&text);
            let mut end = 0;
            for t in &tokens {
                prop_assert!(t.range.start >= end && t.range.start < t.range.end);
                prop_assert!(text.get(t.range.clone()).is_some());
                prop_assert!(t.head_len <= t.range.len());
                end = t.range.end;
            }
        }

        #[test]
        fn quantities_point_into_the_text(text in "[0-9.,/ %a-zA-Z]{0,60}") {
            for q in quantities(&text, Lang::Tr).iter().chain(quantities(&text, Lang::En).iter()) {
                prop_assert!(text.get(q.span.clone()).is_some());
                prop_assert!(!q.readings.is_empty());
            }
        }
    }
}

#[test]
fn names_outside_the_glossary_keep_one_spelling() {
    let c = Checker::new(TermBase::new(Lang::En, Lang::Tr), Config::default());
    let pairs = [
        Pair::new(
            0,
            "The talks with Çavuşoğlu went well.",
            "Çavuşoğlu ile görüşmeler iyi geçti.",
        ),
        Pair::new(
            1,
            "Later Çavuşoğlu left for Baku.",
            "Daha sonra Çavuşoğlu Bakü'ye gitti.",
        ),
        Pair::new(
            2,
            "Then Cavusoglu met the press.",
            "Sonra Çavuşoğlu basınla görüştü.",
        ),
        Pair::new(
            3,
            "The GEOPOLITICAL view and the Geopolitical one.",
            "Jeopolitik bakış.",
        ),
    ];
    let f = c.check(&pairs);
    assert_eq!(ids(&f), [("variant-inconsistent", vec![2])], "{f:#?}");
    assert_eq!(f[0].found.as_deref(), Some("Cavusoglu"));
    assert_eq!(f[0].expected.as_deref(), Some("Çavuşoğlu"));
}

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
    findings.iter().map(|f| (f.check.id(), f.src_lines.clone())).collect()
}

#[test]
fn inflected_terms_are_not_missing() {
    let pairs = [
        Pair::new(0, "Türkiye's role grew.", "Türkiye'nin rolü büyüdü."),
        Pair::new(1, "The war changed the balance of power.", "Savaş güç dengesini değiştirdi."),
        Pair::new(2, "It turned into a strategic partnership.", "İlişki stratejik ortaklığa dönüştü."),
        Pair::new(3, "Security matters to Turkey.", "Güvenlik Türkiye için önemlidir."),
    ];
    let f = checker().check(&pairs);
    // "Turkey" next to "Türkiye" on the source side is a variant mix.
    assert_eq!(ids(&f), [("variant-inconsistent", vec![3])], "{f:#?}");
}

#[test]
fn each_defect_one_finding() {
    let pairs = [
        Pair::new(0, "Security in the Middle Corridor improved.", "Orta Koridor'da güvenlik arttı."),
        Pair::new(1, "Security in the region improved in 2020.", "Bölgede güvenlik 2021'de arttı."),
        Pair::new(2, "The Middle Corridor is long.", "Orta Kuşak uzundur."),
        Pair::new(3, "Security was the main topic.", "Emniyet ana konuydu."),
        Pair::new(4, "Security was discussed.", "Güvenlik tartışıldı."),
        Pair::new(5, "The influence of HAKİM was large.", "HAKİM sisteminin etkisi büyüktü."),
        Pair::new(6, "Its influence grew.", "Etkisi arttı."),
        Pair::new(7, "Its impact grew.", "Etkisi arttı."),
        Pair::new(8, "The HAKİM system was tested.", "HAKIM sistemi test edildi."),
        Pair::new(9, "The balance of power changed.", "Dengeler değişti."),
        Pair::new(10, "This sentence has no translation.", ""),
        Pair::new(11, "This sentence was not translated at all.", "This sentence was not translated at all."),
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
    assert!(c.check(&[Pair::new(0, "One sentence here.", "")]).is_empty());
}

#[test]
fn unknown_check_is_an_error() {
    let e = "term-mising".parse::<CheckId>().unwrap_err();
    assert!(e.to_string().contains("unknown check \"term-mising\""));
}

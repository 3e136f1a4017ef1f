use proptest::prelude::*;

use super::*;

fn entry_strategy() -> impl Strategy<Value = Entry> {
    let term = "[A-Za-zÇçĞğİıÖöŞşÜü'’ -]{1,12}".prop_map(|s| {
        let t = s.trim().to_owned();
        if t.is_empty() {
            "x".to_owned()
        } else {
            t
        }
    });
    let variant = (
        "[A-Za-zÇçĞğİıÖöŞşÜü' -]{1,10}".prop_map(|s| s.trim().to_owned()),
        0usize..5,
    );
    (
        term.clone(),
        term,
        proptest::collection::vec(variant.clone(), 0..3),
        proptest::collection::vec(variant, 0..3),
        0usize..9,
        0u32..=1000,
        any::<bool>(),
    )
        .prop_map(|(en, tr, ven, vtr, count, score, forbidden)| {
            let mut e = Entry::new(&en, &tr);
            for (f, c) in ven {
                e.add_variant(Lang::En, &f, c);
            }
            for (f, c) in vtr {
                e.add_variant(Lang::Tr, &f, c);
            }
            e.count = count;
            e.score = f64::from(score) / 1000.0;
            e.forbidden = forbidden;
            e
        })
}

fn glossary_strategy() -> impl Strategy<Value = Glossary> {
    proptest::collection::vec(entry_strategy(), 0..6).prop_map(|entries| Glossary { entries })
}

proptest! {
    /// `--merge` contract: no old entry, term or variant is ever lost, and
    /// an old entry's terms, score, note, domain and status never change.
    #[test]
    fn merge_never_loses_an_old_entry_or_variant(old in glossary_strategy(), new in glossary_strategy()) {
        let mut merged = old.clone();
        let incoming = new.clone();
        merged.merge(new);
        prop_assert!(merged.entries.len() >= old.entries.len());
        for (before, after) in old.entries.iter().zip(&merged.entries) {
            prop_assert_eq!(&before.en, &after.en);
            prop_assert_eq!(&before.tr, &after.tr);
            prop_assert_eq!(before.score, after.score);
            prop_assert_eq!(before.forbidden, after.forbidden);
            prop_assert_eq!(&before.note, &after.note);
            for lang in [Lang::En, Lang::Tr] {
                for v in before.variants.of(lang) {
                    prop_assert!(after.variants.of(lang).iter().any(|w| w.form == v.form && w.count >= v.count));
                }
            }
        }
        // Every incoming spelling is somewhere in the result.
        for e in &incoming.entries {
            for lang in [Lang::En, Lang::Tr] {
                for form in e.forms(lang) {
                    prop_assert!(merged.entries.iter().any(|m| m.forms(lang).any(|f| f == form)));
                }
            }
        }
    }

    #[test]
    fn tsv_round_trip(g in glossary_strategy()) {
        let back = read_tsv(&write_tsv(&g)).unwrap();
        prop_assert_eq!(back.entries.len(), g.entries.len());
        for (a, b) in g.entries.iter().zip(&back.entries) {
            prop_assert_eq!(&a.en, &b.en);
            prop_assert_eq!(&a.tr, &b.tr);
            prop_assert_eq!(&a.variants, &b.variants);
            prop_assert_eq!(a.forbidden, b.forbidden);
        }
    }

    #[test]
    fn json_and_tbx_round_trip(g in glossary_strategy()) {
        prop_assert_eq!(&read_json(&write_json(&g)).unwrap(), &g);
        let back = read_tbx(&write_tbx(&g));
        if g.entries.is_empty() {
            prop_assert!(back.unwrap().entries.is_empty());
        } else {
            prop_assert_eq!(&back.unwrap(), &g);
        }
    }

    #[test]
    fn readers_never_panic(s in "\\PC*") {
        let _ = read_tsv(&s);
        let _ = read_json(&s);
        let _ = read_tbx(&s);
    }
}

#[test]
fn tsv_error_names_the_line_of_a_row_with_too_many_columns() {
    let err = read_tsv("en\ttr\nA\tB\nC\tD\t1\t0.5\tx\ty\n").unwrap_err();
    assert_eq!(
        err,
        Error::Tsv {
            line: 3,
            message:
                "expected at most 2 tab-separated columns (as the header on line 1 names), found 6"
                    .into()
        }
    );
    let err = read_tsv("A\tB\t1\t0.5\t\tnote\tdomain\tforbidden\textra\n").unwrap_err();
    assert!(err.to_string().starts_with("line 1: expected at most 8"));
}

#[test]
fn tsv_header_may_reorder_columns_and_status_marks_forbidden() {
    let g = read_tsv("tr\ten\tstatus\ninsansız uçak\tUAV\tforbidden\n").unwrap();
    assert_eq!(g.entries[0].en, "UAV");
    assert!(g.entries[0].forbidden);
    let err = read_tsv("en\ttr\tcolour\n").unwrap_err();
    assert!(err.to_string().contains("unknown column \"colour\""));
    assert!(read_tsv("x\ty\t-3\n")
        .unwrap_err()
        .to_string()
        .contains("count \"-3\""));
}

#[test]
fn tbx_v2_martif_is_read() {
    let xml = r#"<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="e1">
 <langSet xml:lang="en-US"><tig><term>Caspian Sea</term></tig></langSet>
 <langSet xml:lang="tr"><tig><term>Hazar Denizi</term></tig><tig><term>Hazar</term></tig></langSet>
</termEntry></body></text></martif>"#;
    let g = read_tbx(xml).unwrap();
    assert_eq!(g.entries.len(), 1);
    assert_eq!(g.entries[0].tr, "Hazar Denizi");
    assert_eq!(g.entries[0].variants.tr[0].form, "Hazar");
}

#[test]
fn tbx_deprecated_term_beside_a_preferred_one_is_a_forbidden_entry() {
    let xml = r#"<tbx type="TBX-Basic" xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="1">
<langSec xml:lang="en"><termSec><term>UAV</term></termSec></langSec>
<langSec xml:lang="tr"><termSec><term>İHA</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
<termSec><term>insansız uçak</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
</conceptEntry></body></text></tbx>"#;
    let g = read_tbx(xml).unwrap();
    assert_eq!(g.entries.len(), 2);
    assert!(!g.entries[0].forbidden);
    assert_eq!(
        (g.entries[1].en.as_str(), g.entries[1].tr.as_str()),
        ("UAV", "insansız uçak")
    );
    assert!(g.entries[1].forbidden);
}

#[test]
fn tbx_errors_name_line_and_reason() {
    let err = read_tbx("<tbx><text><body><conceptEntry>&ent;</conceptEntry></body></text></tbx>")
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown entity &ent;"), "{err}");
    let err = read_tbx("<tbx>\n<text>\n<body></text></tbx>").unwrap_err();
    assert!(matches!(err, Error::Tbx { line: 3, .. }), "{err}");
    let err = read_tbx("<tbx><text><body><conceptEntry><langSec xml:lang=\"de\"><termSec><term>x</term></termSec></langSec></conceptEntry></body></text></tbx>")
        .unwrap_err()
        .to_string();
    assert!(err.contains("none of the 1 concepts"), "{err}");
}

#[test]
fn json_variants_accept_plain_strings_and_links_keep_their_language() {
    let g = read_json(
        r#"{"entries":[{"en":"HAKİM","tr":"HAKİM","variants":{"en":["HAKIM",{"form":"Hakim","count":2}]},
        "links":[{"kind":"possible_variant_of","lang":"tr","form":"Hakimiyet","target":"HAKİM","confidence":0.4}]}]}"#,
    )
    .unwrap();
    let e = &g.entries[0];
    assert_eq!(
        e.variants.en[1],
        Variant {
            form: "Hakim".into(),
            count: 2
        }
    );
    assert_eq!(e.links[0].lang, Lang::Tr);
    assert_eq!(e.links[0].kind, LinkKind::PossibleVariantOf);
    let back = read_json(&write_json(&g)).unwrap();
    assert_eq!(back, g);
}

#[test]
fn shipped_glossaries_parse_without_duplicates_or_stray_whitespace() {
    for (text, name) in [
        (SEED, "seed.en-tr.tsv"),
        (GENERAL, "en-tr.tsv"),
        (WORDS, "words.en-tr.tsv"),
    ] {
        let g = read_tsv(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(g.entries.len() > 40, "{name}");
        let mut seen = std::collections::HashSet::new();
        for e in &g.entries {
            for lang in [Lang::En, Lang::Tr] {
                for f in e.forms(lang) {
                    assert_eq!(f.trim(), f, "{name}: stray whitespace in {f:?}");
                }
            }
            assert!(
                seen.insert((e.en.clone(), e.tr.clone())),
                "{name}: duplicate {} / {}",
                e.en,
                e.tr
            );
        }
        for line in text.lines() {
            assert_eq!(
                line.trim_end(),
                line,
                "{name}: trailing whitespace in {line:?}"
            );
        }
    }
    assert_eq!(shipped().len(), 3);
    let seed = &shipped()[0];
    for (en, tr) in [
        ("Turkey", "Türkiye"),
        ("South Caucasus", "Güney Kafkasya"),
        ("UN Security Council", "BM Güvenlik Konseyi"),
        ("Keywords", "Anahtar Kelimeler"),
        ("References", "Kaynakça"),
    ] {
        assert!(
            seed.entries.iter().any(|e| e.en == en && e.tr == tr),
            "{en}"
        );
    }
}

//! Evaluation of `bitext check` on a clean English–Turkish translation
//! written for it (examples/check/clean.{en,tr}.txt, 38 sentence pairs rich
//! in inflected glossary terms) and on the same translation with the
//! defects of examples/check/defects.tsv injected.
//!
//! Run: `cargo run --release --example check_eval`
//!
//! Prints, per check, the defects injected and caught, the false findings on
//! the clean text and on the defective text, the same for the two texts
//! aligned by `bitext::align` instead of paired by line, and a string-matching
//! baseline (what an exact-substring term check reports on the clean text).

use std::collections::BTreeMap;
use std::path::Path;

use bitext::align::Aligner;
use bitext::check::{CheckId, Checker, Config, Finding, Pair, TermBase};
use bitext::glossary::read_tsv;
use bitext::Lang;

struct Defect {
    line: usize,
    side_src: bool,
    check: CheckId,
    text: String,
}

fn read(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/check")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn defects() -> Vec<Defect> {
    read("defects.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.splitn(4, '\t').collect();
            Defect {
                line: cols[0].parse().expect("line number"),
                side_src: cols[1] == "src",
                check: cols[2].parse().expect("check id"),
                text: cols.get(3).copied().unwrap_or("").to_owned(),
            }
        })
        .collect()
}

fn inject(src: &str, tgt: &str, defects: &[Defect]) -> (String, String) {
    let mut s: Vec<String> = src.lines().map(str::to_owned).collect();
    let mut t: Vec<String> = tgt.lines().map(str::to_owned).collect();
    for d in defects {
        let side = if d.side_src { &mut s } else { &mut t };
        side[d.line] = d.text.clone();
    }
    (s.join("\n") + "\n", t.join("\n") + "\n")
}

fn caught(d: &Defect, f: &Finding) -> bool {
    f.check == d.check && (f.src_lines.contains(&d.line) || f.tgt_lines.contains(&d.line))
}

fn report(title: &str, defects: &[Defect], findings: &[Finding], clean: &[Finding]) {
    println!("\n## {title}\n");
    println!("| check | injected | caught | false findings (defective text) | false findings (clean text) |");
    println!("|---|---|---|---|---|");
    let mut rows: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
    for id in CheckId::ALL {
        rows.insert(id.id(), [0; 4]);
    }
    for d in defects {
        let row = rows.entry(d.check.id()).or_default();
        row[0] += 1;
        if findings.iter().any(|f| caught(d, f)) {
            row[1] += 1;
        } else {
            println!("MISSED: line {} {}", d.line, d.check);
        }
    }
    for f in findings
        .iter()
        .filter(|f| !defects.iter().any(|d| caught(d, f)))
    {
        rows.entry(f.check.id()).or_default()[2] += 1;
        println!(
            "FALSE (defective): {} src {:?}: {}",
            f.check, f.src_lines, f.message
        );
    }
    for f in clean {
        rows.entry(f.check.id()).or_default()[3] += 1;
        println!(
            "FALSE (clean): {} src {:?}: {}",
            f.check, f.src_lines, f.message
        );
    }
    let mut total = [0; 4];
    for (id, r) in &rows {
        println!("| {id} | {} | {} | {} | {} |", r[0], r[1], r[2], r[3]);
        for k in 0..4 {
            total[k] += r[k];
        }
    }
    println!(
        "| **all** | {} | {} | {} | {} |",
        total[0], total[1], total[2], total[3]
    );
    println!(
        "\nfindings on the defective text: {} for {} defects",
        findings.len(),
        defects.len()
    );
}

/// What exact, case-insensitive substring matching (the string-matching QA
/// tools' term check) reports as missing target terms on the clean text.
fn substring_baseline(pairs: &[Pair], glossary: &bitext::glossary::Glossary) -> usize {
    let lower = |s: &str| bitext::text::lowercase(s, Lang::Tr);
    let mut alarms = 0;
    for p in pairs {
        let (s, t) = (lower(&p.src), lower(&p.tgt));
        for e in glossary.entries.iter().filter(|e| !e.forbidden) {
            if s.contains(&lower(&e.en)) && !e.forms(Lang::Tr).any(|f| t.contains(&lower(f))) {
                alarms += 1;
            }
        }
    }
    alarms
}

fn main() {
    let glossary = read_tsv(&read("glossary.tsv")).expect("glossary");
    let terms = TermBase::from_glossary(&glossary, Lang::En, Lang::Tr);
    let checker = Checker::new(terms, Config::default());
    let (en, tr) = (read("clean.en.txt"), read("clean.tr.txt"));
    let defects = defects();
    let (bad_en, bad_tr) = inject(&en, &tr, &defects);

    let clean_pairs = Pair::from_lines(&en, &tr).expect("same line counts");
    println!("# bitext check evaluation\n");
    println!(
        "{} sentence pairs, {} glossary entries, {} injected defects",
        clean_pairs.len(),
        glossary.entries.len(),
        defects.len()
    );
    let clean = checker.check(&clean_pairs);
    let bad = checker.check(&Pair::from_lines(&bad_en, &bad_tr).expect("same line counts"));
    report("Line-paired (--presegmented)", &defects, &bad, &clean);

    // The same texts as running paragraphs, segmented and aligned.
    let aligner = Aligner::default();
    let as_text = |s: &str| s.lines().collect::<Vec<_>>().join(" ");
    let (en_p, tr_p) = (as_text(&en), as_text(&tr));
    let a = aligner.align_texts(&en_p, &tr_p, Lang::En, Lang::Tr);
    let clean_aligned = checker.check(&Pair::from_alignment(&en_p, &tr_p, &a));
    let (bad_en_p, bad_tr_p) = (as_text(&bad_en), as_text(&bad_tr));
    let a = aligner.align_texts(&bad_en_p, &bad_tr_p, Lang::En, Lang::Tr);
    let bad_aligned = checker.check(&Pair::from_alignment(&bad_en_p, &bad_tr_p, &a));
    report(
        "Two running texts, aligned by bitext::align (sentence indices = line numbers here)",
        &defects,
        &bad_aligned,
        &clean_aligned,
    );

    println!(
        "\n## String-matching baseline\n\nexact substring term check, clean text: {} false term-missing alarms (bitext check: {})",
        substring_baseline(&clean_pairs, &glossary),
        clean.iter().filter(|f| f.check == CheckId::TermMissing).count()
    );
}

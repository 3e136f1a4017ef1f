//! Evaluation of `bitext::segment` against two baselines run in the same
//! program: UAX #29 sentence boundaries (`unicode-segmentation`) and a naive
//! split after `.?!…`.
//!
//! ```text
//! cargo run --release --example segment_eval [-- DATA_DIR] [--errors N]
//! ```
//!
//! DATA_DIR defaults to `../shared/data/segmentation` (relative to the
//! repository root). The data is third-party test data read at run time,
//! never copied into the repository:
//!
//! - UD English-EWT test, sentences rebuilt into paragraphs (`# newpar`);
//! - UD Turkish-BOUN test in chunks of 10 consecutive sentences (the file has
//!   no paragraph marks);
//! - the English golden rules of pragmatic_segmenter (52) and of pySBD (48).
//!
//! First it scores our own Turkish development set,
//! `examples/data/segment/dev-tr.txt` (sentences we wrote, in several
//! registers), cut into chunks of 10 sentences exactly like BOUN: the Turkish
//! rules are developed on it, and BOUN is only run to report.
//! `--dev-only` stops after the development set.
//!
//! Boundaries are scored as in the project's research notes: the sentences of
//! a unit are joined with one space, and each boundary is the number of
//! non-whitespace characters before it, so the comparison ignores whitespace.
//! Only boundaries inside a unit are scored (its end is trivial). Precision,
//! recall and F1 are micro-averaged. A golden rule passes when the output
//! sentences equal the expected ones after collapsing whitespace.
//! `--errors N` prints up to N wrong boundaries of bitext per set.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use bitext::Lang;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Clone, Copy, PartialEq, Eq)]
enum System {
    Bitext,
    Uax29,
    Naive,
}

impl System {
    const ALL: [System; 3] = [System::Bitext, System::Uax29, System::Naive];

    fn name(self) -> &'static str {
        match self {
            System::Bitext => "bitext",
            System::Uax29 => "UAX #29 (unicode-segmentation)",
            System::Naive => "naive .?!… split",
        }
    }

    /// Sentence end offsets (exclusive, in bytes) for `text`.
    fn ends(self, text: &str, lang: Lang) -> Vec<usize> {
        match self {
            System::Bitext => bitext::segment::segment(text, lang)
                .iter()
                .map(|s| s.end)
                .collect(),
            System::Uax29 => text
                .split_sentence_bound_indices()
                .map(|(start, s)| start + s.trim_end().len())
                .collect(),
            System::Naive => naive_ends(text),
        }
    }
}

/// Split after a run of `.?!…`, optional closing quotes/brackets, when
/// whitespace and then a non-space character follow.
fn naive_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (_, c) = chars[k];
        if matches!(c, '.' | '?' | '!' | '…') {
            let mut j = k;
            while j < chars.len() && matches!(chars[j].1, '.' | '?' | '!' | '…') {
                j += 1;
            }
            while j < chars.len() && matches!(chars[j].1, '"' | '\'' | '”' | '’' | ')' | ']' | '»')
            {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
            let mut n = j;
            while n < chars.len() && chars[n].1.is_whitespace() {
                n += 1;
            }
            if n > j && n < chars.len() {
                ends.push(end);
            }
            k = j.max(k + 1);
        } else {
            k += 1;
        }
    }
    ends.push(text.len());
    ends
}

/// Non-whitespace characters before byte `offset`.
fn nonspace_before(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .unwrap_or(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .count()
}

struct Unit {
    text: String,
    gold: BTreeSet<usize>,
    /// Gold boundaries whose sentence ends in `.?!…` (possibly before closing
    /// quotes or brackets): the ones a punctuation-based segmenter can find.
    punctuated: usize,
}

fn unit(sentences: &[String]) -> Unit {
    let text = sentences.join(" ");
    let mut gold = BTreeSet::new();
    let mut count = 0;
    let mut punctuated = 0;
    for (k, s) in sentences.iter().enumerate() {
        count += s.chars().filter(|c| !c.is_whitespace()).count();
        gold.insert(count);
        let last = s
            .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
            .chars()
            .next_back();
        if k + 1 < sentences.len() && last.is_some_and(|c| matches!(c, '.' | '?' | '!' | '…')) {
            punctuated += 1;
        }
    }
    gold.remove(&count);
    Unit {
        text,
        gold,
        punctuated,
    }
}

/// Units of a one-sentence-per-line file (`#` comments and blank lines
/// skipped), in chunks of `chunk` consecutive sentences.
fn read_lines(path: &Path, chunk: usize) -> Vec<Unit> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let sentences: Vec<String> = data
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    sentences.chunks(chunk).map(unit).collect()
}

/// Units of a CoNLL-U file: by `# newpar`/`# newdoc`, or chunks of `chunk` sentences.
fn read_conllu(path: &Path, chunk: Option<usize>) -> Vec<Unit> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut groups: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in data.lines() {
        if chunk.is_none()
            && (line.starts_with("# newpar") || line.starts_with("# newdoc"))
            && !current.is_empty()
        {
            groups.push(std::mem::take(&mut current));
        }
        if let Some(text) = line.strip_prefix("# text = ") {
            current.push(text.trim().to_owned());
            if chunk.is_some_and(|n| current.len() == n) {
                groups.push(std::mem::take(&mut current));
            }
        }
    }
    if !current.is_empty() {
        groups.push(current);
    }
    groups.iter().map(|g| unit(g)).collect()
}

#[derive(Default, Clone, Copy)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    /// Predicted boundaries with no `.?!…` before them (after closing
    /// quotes and brackets), and how many of them are gold.
    bare_placed: usize,
    bare_correct: usize,
}

impl Score {
    fn p(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn r(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn score_units(units: &[Unit], lang: Lang, system: System, show_errors: usize) -> Score {
    let mut score = Score::default();
    let mut shown = 0;
    let all_ends: Vec<Vec<usize>> = units.iter().map(|u| system.ends(&u.text, lang)).collect();
    for (u, ends) in units.iter().zip(&all_ends) {
        let total = nonspace_before(&u.text, u.text.len());
        let pred: BTreeSet<usize> = ends
            .iter()
            .map(|&e| nonspace_before(&u.text, e))
            .filter(|&n| n != total && n != 0)
            .collect();
        for &end in ends {
            let n = nonspace_before(&u.text, end);
            if n == total || n == 0 {
                continue;
            }
            let last = u.text.get(..end).unwrap_or("");
            let last = last
                .trim_end()
                .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
                .chars()
                .next_back();
            if !last.is_some_and(|c| matches!(c, '.' | '?' | '!' | '…')) {
                score.bare_placed += 1;
                score.bare_correct += usize::from(u.gold.contains(&n));
            }
        }
        score.tp += pred.intersection(&u.gold).count();
        score.fp += pred.difference(&u.gold).count();
        score.fn_ += u.gold.difference(&pred).count();
        if shown < show_errors {
            for (kind, set) in [
                ("FP", pred.difference(&u.gold)),
                ("FN", u.gold.difference(&pred)),
            ] {
                for &n in set {
                    if shown < show_errors {
                        println!("    {kind}: {}", context(&u.text, n));
                        shown += 1;
                    }
                }
            }
        }
    }
    score
}

/// How many boundaries bitext placed with no `.?!…` before them, and how many were right.
fn bare_line(s: &Score) -> String {
    format!(
        "bitext placed {} boundaries with no .?!… before them, {} of them correct",
        s.bare_placed, s.bare_correct
    )
}

/// Text around the boundary after `n` non-space characters, marked with ‖.
fn context(text: &str, n: usize) -> String {
    let mut count = 0;
    let mut at = text.len();
    for (b, c) in text.char_indices() {
        if count == n {
            at = b;
            break;
        }
        if !c.is_whitespace() {
            count += 1;
        }
    }
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = floor(at.saturating_sub(60));
    let end = floor((at + 60).min(text.len()));
    format!("{}‖{}", &text[start..at], &text[at..end]).replace('\n', "⏎")
}

struct Rule {
    input: String,
    expected: Vec<String>,
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Reads English golden rules from a JSON Lines file. The pragmatic_segmenter
/// README writes quotes inside Ruby string literals as `\"`; they are unescaped.
fn read_rules(path: &Path, english_only: bool) -> Vec<Rule> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| !english_only || v["lang"] == "English")
        .map(|v| Rule {
            input: v["input"].as_str().unwrap_or("").replace("\\\"", "\""),
            expected: v["expected"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|s| s.as_str())
                        .map(|s| s.replace("\\\"", "\""))
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect()
}

fn rules_passed(rules: &[Rule], system: System, show_errors: usize) -> usize {
    let mut shown = 0;
    rules
        .iter()
        .filter(|rule| {
            let mut start = 0;
            let mut got = Vec::new();
            let ends = system.ends(&rule.input, Lang::En);
            let spans: Vec<(usize, usize)> = if system == System::Bitext {
                bitext::segment::segment(&rule.input, Lang::En)
                    .iter()
                    .map(|s| (s.start, s.end))
                    .collect()
            } else {
                ends.iter()
                    .map(|&e| {
                        let s = (start, e);
                        start = e;
                        s
                    })
                    .collect()
            };
            for (s, e) in spans {
                let piece = collapse(rule.input.get(s..e).unwrap_or(""));
                if !piece.is_empty() {
                    got.push(piece);
                }
            }
            let want: Vec<String> = rule.expected.iter().map(|s| collapse(s)).collect();
            let ok = got == want;
            if !ok && shown < show_errors {
                println!("    failed: {:?}\n      got {:?}", rule.input, got);
                shown += 1;
            }
            ok
        })
        .count()
}

/// The sentences of the Abstract and Öz of the seed paper (`../shared/seeds/000_*.txt`)
/// after `text::clean`, for checking by eye that they are the ones a reader sees.
fn print_seed_sentences(seeds: &Path) {
    let Some(path) = std::fs::read_dir(seeds).ok().and_then(|dir| {
        dir.filter_map(|e| e.ok()).map(|e| e.path()).find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("000_"))
        })
    }) else {
        println!("\n(no seed paper 000_* in {})", seeds.display());
        return;
    };
    let raw = std::fs::read_to_string(&path).unwrap_or_default();
    let cleaned = bitext::text::clean(&raw).text;
    println!(
        "\nSeed paper {}: Abstract and Öz after text::clean, segment --lang auto\n",
        path.display()
    );
    let sentences = bitext::segment::segment_auto(&cleaned);
    let mut printing = false;
    let mut count = 0;
    for sentence in sentences {
        let text = sentence.span.slice(&cleaned).unwrap_or("");
        if text == "Abstract:" || text == "Öz:" {
            printing = true;
            count = 0;
        } else if text == "Keywords:" || text == "Anahtar Kelimeler:" {
            printing = false;
            println!("    ({count} sentences)\n");
        }
        if printing {
            if text.starts_with("* ") {
                println!("     (footnote, moved after its paragraph by text::clean) {text}");
            } else if text.ends_with(':') {
                println!("  {text}");
            } else {
                count += 1;
                println!("  {count:>2} [{}] {text}", sentence.lang);
            }
        }
    }
}

fn main() {
    let mut dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/segmentation"
    ));
    let mut show_errors = 0;
    let mut dev_only = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--errors" {
            show_errors = args.next().and_then(|n| n.parse().ok()).unwrap_or(20);
        } else if arg == "--dev-only" {
            dev_only = true;
        } else {
            dir = PathBuf::from(arg);
        }
    }
    let seeds = dir.join("../../seeds");
    let seeds = seeds.canonicalize().unwrap_or(seeds);
    let dev = read_lines(
        &PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/data/segment/dev-tr.txt"
        )),
        10,
    );
    println!("Boundary precision / recall / F1 (internal boundaries, whitespace-insensitive, micro-averaged)\n");
    println!("| set | units | gold boundaries | system | P | R | F1 |");
    println!("|---|---|---|---|---|---|---|");
    let name = "own Turkish dev set (examples/data/segment/dev-tr.txt), 10-sentence chunks";
    let gold: usize = dev.iter().map(|u| u.gold.len()).sum();
    let punctuated: usize = dev.iter().map(|u| u.punctuated).sum();
    let mut dev_bitext = Score::default();
    for system in System::ALL {
        let errors = if system == System::Bitext {
            show_errors
        } else {
            0
        };
        let s = score_units(&dev, Lang::Tr, system, errors);
        if system == System::Bitext {
            dev_bitext = s;
        }
        println!(
            "| {name} | {} | {gold} | {} | {:.3} | {:.3} | **{:.4}** |",
            dev.len(),
            system.name(),
            s.p(),
            s.r(),
            s.f1()
        );
    }
    println!(
        "\n{name}: {punctuated} of {gold} gold boundaries ({:.1}%) follow .?!…; {}\n",
        100.0 * punctuated as f64 / gold.max(1) as f64,
        bare_line(&dev_bitext)
    );
    if dev_only {
        return;
    }
    let ewt = read_conllu(&dir.join("en_ewt-ud-test.conllu"), None);
    let boun = read_conllu(&dir.join("tr_boun-ud-test.conllu"), Some(10));
    let pragmatic = read_rules(&dir.join("golden_rules_pragmatic_segmenter.jsonl"), true);
    let pysbd = read_rules(&dir.join("golden_rules_en_pysbd.jsonl"), false);

    println!("| set | units | gold boundaries | system | P | R | F1 |");
    println!("|---|---|---|---|---|---|---|");
    let mut ceilings = Vec::new();
    for (name, units, lang) in [
        ("UD English-EWT test, paragraphs", &ewt, Lang::En),
        ("UD Turkish-BOUN test, 10-sentence chunks", &boun, Lang::Tr),
    ] {
        let gold: usize = units.iter().map(|u| u.gold.len()).sum();
        let punctuated: usize = units.iter().map(|u| u.punctuated).sum();
        let bitext_score = score_units(units, lang, System::Bitext, 0);
        ceilings.push(format!(
            "{name}: {punctuated} of {gold} gold boundaries ({:.1}%) follow .?!…; the rest follow a colon, a headline, a list or poetry line, or nothing; {}",
            100.0 * punctuated as f64 / gold.max(1) as f64,
            bare_line(&bitext_score)
        ));
        for system in System::ALL {
            let errors = if system == System::Bitext {
                show_errors
            } else {
                0
            };
            let s = score_units(units, lang, system, errors);
            println!(
                "| {name} | {} | {gold} | {} | {:.3} | {:.3} | **{:.4}** |",
                units.len(),
                system.name(),
                s.p(),
                s.r(),
                s.f1()
            );
        }
    }
    println!();
    for line in &ceilings {
        println!("{line}");
    }
    println!("\nEnglish golden rules (sentences equal after collapsing whitespace)\n");
    println!("| rule set | system | passed | rate |");
    println!("|---|---|---|---|");
    for (name, rules) in [
        ("pragmatic_segmenter English", &pragmatic),
        ("pySBD English", &pysbd),
    ] {
        for system in System::ALL {
            let errors = if system == System::Bitext {
                show_errors
            } else {
                0
            };
            let passed = rules_passed(rules, system, errors);
            println!(
                "| {name} | {} | {passed}/{} | **{:.1}%** |",
                system.name(),
                rules.len(),
                100.0 * passed as f64 / rules.len().max(1) as f64
            );
        }
    }
    print_seed_sentences(&seeds);
}

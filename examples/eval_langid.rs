//! Accuracy of `bitext::lang` against whatlang (restricted to tr/en/az) on
//! the lingua test sets, as they are, in Turkish-aware capitals and with
//! Turkish letters folded to ASCII; and exact splits of two-sentence
//! mixtures (en+tr, tr+az) by `bitext::lang::spans`.
//!
//! Usage (from the repository root):
//!
//! ```text
//! cargo run --release --example eval_langid -- ../shared/data/langid
//! ```
//!
//! Development sets (scripts/langid_devset.py, scripts/langid_devset_prose.py)
//! have the same layout. For them, and only for them, `--discordant FILE`
//! also writes every line that exactly one of bitext and lingua gets right,
//! with both answers, to decide changes on:
//!
//! ```text
//! cargo run --release --example eval_langid -- /tmp/langdev-prose --discordant /tmp/discordant.tsv
//! ```
//!
//! The program refuses `--discordant` on the test data (a directory with
//! lingua's NOTICE.md, or any path under shared/data).
//!
//! The data is third-party test data (lingua-rs, Apache-2.0; see its
//! NOTICE.md) and is read at run time only. Nothing in bitext was trained
//! or tuned on it.

use std::path::{Path, PathBuf};
use std::time::Instant;

use bitext::lang::{detect, spans};
use bitext::text::{drop_diacritics, uppercase};
use bitext::Lang;

const LINGUA_LANGS: [lingua::Language; 3] = [
    lingua::Language::Turkish,
    lingua::Language::English,
    lingua::Language::Azerbaijani,
];

const LANGS: [(&str, Lang, whatlang::Lang); 3] = [
    ("tr", Lang::Tr, whatlang::Lang::Tur),
    ("en", Lang::En, whatlang::Lang::Eng),
    ("az", Lang::Az, whatlang::Lang::Aze),
];
const KINDS: [&str; 3] = ["single-words", "word-pairs", "sentences"];
/// lingua 1.8 high accuracy, restricted to tr/en/az, on the same files
/// (shared/research/langid.md §3a): [kind][lang].
const LINGUA: [[f64; 3]; 3] = [[93.7, 98.3, 83.3], [98.5, 99.8, 93.6], [99.9, 100.0, 99.3]];
/// Mixture rows: 300 inputs each, sentence i of A, a space, sentence i of B.
const MIXTURES: usize = 300;

#[derive(Clone, Copy, PartialEq)]
enum Variant {
    Plain,
    Capitals,
    AsciiFolded,
    DefaultLower,
    Cp1254As1252,
}

impl Variant {
    fn name(self) -> &'static str {
        match self {
            Variant::Plain => "as is",
            Variant::Capitals => "capitals (Turkish-aware)",
            Variant::AsciiFolded => "ASCII-folded",
            Variant::DefaultLower => "lowercase (Unicode default: İ → i + U+0307, I → i)",
            Variant::Cp1254As1252 => {
                "Windows-1254 read as Windows-1252 (ı İ ş Ş ğ Ğ → ý Ý þ Þ ð Ð)"
            }
        }
    }

    fn apply(self, line: &str) -> String {
        match self {
            Variant::Plain => line.to_owned(),
            Variant::Capitals => uppercase(line, Lang::Tr),
            Variant::AsciiFolded => drop_diacritics(line),
            Variant::DefaultLower => line.to_lowercase(),
            // The six Turkish letters whose Windows-1254 byte is another
            // letter in Windows-1252; ç ö ü share their byte, ə has none.
            Variant::Cp1254As1252 => line
                .chars()
                .map(|c| match c {
                    'ı' => 'ý',
                    'İ' => 'Ý',
                    'ş' => 'þ',
                    'Ş' => 'Þ',
                    'ğ' => 'ð',
                    'Ğ' => 'Ð',
                    other => other,
                })
                .collect(),
        }
    }
}

fn read_lines(root: &Path, code: &str, kind: &str) -> Vec<String> {
    let path = root
        .join("language-models")
        .join(code)
        .join("testdata")
        .join(format!("{kind}.txt"));
    match std::fs::read_to_string(&path) {
        Ok(text) => text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        Err(err) => {
            eprintln!("eval_langid: {}: {err}", path.display());
            std::process::exit(2);
        }
    }
}

/// Whether `root` is the lingua test data (it carries lingua's NOTICE.md, or
/// lies under shared/data).
fn is_test_data(root: &Path) -> bool {
    let canonical = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    root.join("NOTICE.md").exists()
        || canonical
            .components()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w[0].as_os_str() == "shared" && w[1].as_os_str() == "data")
}

fn percent(hits: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        100.0 * hits as f64 / total as f64
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut root: PathBuf = "../shared/data/langid".into();
    let mut discordant_path: Option<PathBuf> = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--discordant" {
            match rest.next() {
                Some(path) => discordant_path = Some(path.into()),
                None => {
                    eprintln!("eval_langid: --discordant needs a file name");
                    std::process::exit(2);
                }
            }
        } else {
            root = arg.into();
        }
    }
    if discordant_path.is_some() && is_test_data(&root) {
        eprintln!(
            "eval_langid: --discordant is for development sets only, not for the test data in {}",
            root.display()
        );
        std::process::exit(2);
    }
    let mut discordant = String::new();
    let whatlang = whatlang::Detector::with_allowlist(vec![
        whatlang::Lang::Tur,
        whatlang::Lang::Eng,
        whatlang::Lang::Aze,
    ]);
    // lingua itself, same configuration as the published targets (high
    // accuracy, restricted to tr/en/az), run here on the same inputs.
    let lingua = lingua::LanguageDetectorBuilder::from_languages(&[
        lingua::Language::Turkish,
        lingua::Language::English,
        lingua::Language::Azerbaijani,
    ])
    .build();
    let data: Vec<Vec<Vec<String>>> = LANGS
        .iter()
        .map(|(code, _, _)| {
            KINDS
                .iter()
                .map(|kind| read_lines(&root, code, kind))
                .collect()
        })
        .collect();

    println!(
        "# bitext::lang vs whatlang (allowlist tr/en/az) on {}\n",
        root.display()
    );
    println!("Accuracy in %, n = lines per file. lingua (target) = lingua 1.8 high accuracy, tr/en/az, on the lingua test sets.\n");
    for variant in [
        Variant::Plain,
        Variant::Capitals,
        Variant::AsciiFolded,
        Variant::DefaultLower,
        Variant::Cp1254As1252,
    ] {
        println!("## {}\n", variant.name());
        println!("| set | lang | n | bitext | whatlang | lingua (this run) | lingua (target) | bitext only / lingua only | bitext confusions |");
        println!("|---|---|---|---|---|---|---|---|---|");
        for (k, kind) in KINDS.iter().enumerate() {
            for (l, (code, lang, wl)) in LANGS.iter().enumerate() {
                let lines = &data[l][k];
                let mut ours = 0;
                let mut theirs = 0;
                let mut lingua_hits = 0;
                // Discordant lines: right by one system and wrong by the other.
                let (mut only_ours, mut only_lingua) = (0, 0);
                let mut confusions: std::collections::BTreeMap<String, usize> = Default::default();
                for line in lines {
                    let input = variant.apply(line);
                    let got = detect(&input).lang;
                    let lingua_right = lingua.detect_language_of(&input) == Some(LINGUA_LANGS[l]);
                    match (got == *lang, lingua_right) {
                        (true, false) => only_ours += 1,
                        (false, true) => only_lingua += 1,
                        _ => {}
                    }
                    if discordant_path.is_some() && (got == *lang) != lingua_right {
                        let lingua_said = lingua
                            .detect_language_of(&input)
                            .map_or("none".to_owned(), |l| l.iso_code_639_1().to_string());
                        discordant.push_str(&format!(
                            "{}\t{kind}\t{code}\tbitext={}\tlingua={lingua_said}\t{input}\n",
                            variant.name(),
                            got.code()
                        ));
                    }
                    if got == *lang {
                        ours += 1;
                    } else {
                        *confusions.entry(got.code().to_owned()).or_default() += 1;
                    }
                    if whatlang.detect_lang(&input) == Some(*wl) {
                        theirs += 1;
                    }
                    if lingua_right {
                        lingua_hits += 1;
                    }
                }
                let target = if variant == Variant::Plain {
                    format!("{:.1}", LINGUA[k][l])
                } else {
                    "–".to_owned()
                };
                let confusions: Vec<String> =
                    confusions.iter().map(|(c, n)| format!("{c} {n}")).collect();
                println!(
                    "| {kind} | {code} | {} | {:.1} | {:.1} | {:.1} | {target} | {only_ours} / {only_lingua} | {} |",
                    lines.len(),
                    percent(ours, lines.len()),
                    percent(theirs, lines.len()),
                    percent(lingua_hits, lines.len()),
                    confusions.join(", ")
                );
            }
        }
        println!();
    }

    if let Some(path) = &discordant_path {
        if let Err(err) = std::fs::write(path, &discordant) {
            eprintln!("eval_langid: {}: {err}", path.display());
            std::process::exit(2);
        }
    }

    println!("## two-sentence mixtures (bitext::lang::spans)\n");
    println!("Sentence i of A + a space + sentence i of B, i < {MIXTURES}. `exact`: exactly two spans, right languages in order,");
    println!("cut exactly at the join. `labels`: exactly two spans with the right languages. lingua's detect_multiple_languages_of");
    println!("gets 81 % (en+tr) and 64 % (tr+az) exact by its looser measure (two segments, right languages).\n");
    println!("| mixture | n | exact | labels | target (lingua) |");
    println!("|---|---|---|---|---|");
    for (a, b, target) in [(1usize, 0usize, "81"), (0, 2, "64")] {
        let sa = &data[a][2];
        let sb = &data[b][2];
        let n = MIXTURES.min(sa.len()).min(sb.len());
        let (mut exact, mut labels) = (0, 0);
        for i in 0..n {
            let text = format!("{} {}", sa[i], sb[i]);
            let join = sa[i].len();
            let found = spans(&text);
            if found.len() == 2 && found[0].lang == LANGS[a].1 && found[1].lang == LANGS[b].1 {
                labels += 1;
                if found[0].span.end == join && found[1].span.start == join + 1 {
                    exact += 1;
                }
            }
        }
        println!(
            "| {}+{} | {n} | {:.1} | {:.1} | {target} |",
            LANGS[a].0,
            LANGS[b].0,
            percent(exact, n),
            percent(labels, n)
        );
    }

    println!("\n## throughput (one thread, this run; criterion numbers in docs/benchmarks.md)\n");
    println!("| set | bitext MB/s | whatlang MB/s |");
    println!("|---|---|---|");
    for (k, kind) in KINDS.iter().enumerate() {
        let all: Vec<&String> = data
            .iter()
            .flat_map(|per_lang| per_lang[k].iter())
            .collect();
        let bytes: usize = all.iter().map(|l| l.len()).sum();
        let start = Instant::now();
        let mut sink = 0usize;
        for line in &all {
            sink += detect(line).lang.code().len();
        }
        let ours = bytes as f64 / start.elapsed().as_secs_f64() / 1e6;
        let start = Instant::now();
        for line in &all {
            sink += whatlang.detect_lang(line).map_or(0, |l| l.code().len());
        }
        let theirs = bytes as f64 / start.elapsed().as_secs_f64() / 1e6;
        println!("| {kind} | {ours:.2} | {theirs:.2} |");
        std::hint::black_box(sink);
    }
}

//! Evaluation of the name key on gold sets written for bitext.
//!
//! Run: `cargo run --release --example translit_eval` (add `-- --misses` to
//! list every missed pair and collision).
//!
//! Each set is a list of groups; a group holds the spellings of one name.
//! For every unordered pair of spellings in a set, "same group" is the truth
//! and "same key" the prediction; the program prints pairwise precision,
//! recall and F1 for `bitext::translit::name_key` and, as the baseline,
//! ASCII folding (`any_ascii`) plus lowercasing; then the same for the
//! recall-oriented `alternate_keys` (a pair is joined when it shares any).
//!
//! The sets:
//! * `russian`: Russian names written here in Cyrillic, each with its
//!   romanizations by bitext's own tables under BGN/PCGN, ISO 9, ALA-LC,
//!   ICAO, scholarly, and Turkish and Azerbaijani press habits;
//! * `russian-ascii`: the same, plus each romanization with its diacritics
//!   stripped (as an ASCII-only database stores them);
//! * `turkic-diacritics`: Turkish and Azerbaijani names written here, with
//!   their diacritics dropped (ç→c, ş→s, ğ→g, ı→i, ö→o, ü→u, ə→e);
//! * `turkic-capitals`: the same names in Turkish-aware capitals and in
//!   plain (non-Turkish) capitals;
//! * `turkic-mojibake`: the names as Windows-1254 read as Windows-1252
//!   (Çavuþoðlu) and as UTF-8 read as Windows-1252 (Ã‡avuÅŸoÄŸlu);
//! * `az-as-turkish`: Azerbaijani names with ə, x, q written as Turkish
//!   writes them (e, h, k);
//! * `az-english`: Azerbaijani names as English writes them (ə a, x kh,
//!   ç ch, ş sh, c j, q g, ğ gh, j zh: Məmmədov → Mammadov);
//! * `distinct`: pairs of different names that look alike (Petrov/Petrova,
//!   Kasapoğlu/Kaşıkçıoğlu), each name with a few spellings;
//! * `all`: every group of every set together (the same name in two sets is
//!   one group, also when the sets write its source form differently:
//!   `SAME_NAME`).
//!
//! Because the Russian variants come from bitext's own tables, `russian`
//! measures how well the key undoes those tables, not how well the tables
//! match real-world usage.

use std::collections::{BTreeMap, HashMap};

use bitext::text::{drop_diacritics, uppercase, Encoding};
use bitext::translit::{alternate_keys, name_key, romanize, System};
use bitext::Lang;

const RUSSIAN: &[&str] = &[
    "Хрущёв",
    "Горбачёв",
    "Щербаков",
    "Жуков",
    "Цыганков",
    "Кузнецов",
    "Соловьёв",
    "Григорьев",
    "Юсупов",
    "Яковлев",
    "Малышев",
    "Зайцев",
    "Ковальчук",
    "Евтушенко",
    "Воробьёва",
    "Дьяченко",
    "Ельцин",
    "Подъячев",
    "Шойгу",
    "Чапкин",
    "Багаева",
    "Петров",
    "Петрова",
    "Иванов",
    "Иванова",
    "Смирнов",
    "Попов",
    "Васильев",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Егоров",
    "Павлов",
    "Козлов",
    "Степанов",
    "Николаев",
    "Орлов",
    "Андреев",
    "Макаров",
    "Никитин",
    "Захаров",
    "Зайцева",
    "Соколова",
    "Михайлов",
    "Белов",
    "Тарасов",
    "Жириновский",
    "Достоевский",
    "Чайковский",
    "Маяковский",
    "Джугашвили",
    "Нахичевань",
    "Шуша",
    "Ёлкин",
    "Щукин",
    "Чернышевский",
    "Хабаров",
    "Ходорковский",
    "Юрий",
    "Сергей",
    "Алексей",
    "Андрей",
    "Дмитрий",
    "Евгений",
    "Фёдор",
    "Пётр",
    "Наталья",
    "Татьяна",
    "Ольга",
    "Юлия",
    "Михаил",
    "Лужков",
    "Рыжков",
    "Черненко",
    "Брежнев",
    "Шевченко",
    "Цапкин",
    "Цветаева",
    "Чехов",
    "Гоголь",
    "Горький",
    "Пугачёв",
    "Огарёв",
    "Лермонтов",
    "Ольгин",
    "Герцен",
];

const TURKISH: &[&str] = &[
    "Çavuşoğlu",
    "Davutoğlu",
    "Yalçınkaya",
    "Şanlıurfa",
    "Kasapoğlu",
    "Kaşıkçıoğlu",
    "Öztürk",
    "Yılmaz",
    "Yıldız",
    "Çelik",
    "Şahin",
    "Aydın",
    "Özdemir",
    "Arslan",
    "Doğan",
    "Kılıç",
    "Aslan",
    "Çetin",
    "Kara",
    "Koç",
    "Kurt",
    "Özkan",
    "Şimşek",
    "Polat",
    "Korkmaz",
    "Erdoğan",
    "Güneş",
    "Karagöz",
    "Bozkurt",
    "Işık",
    "Ağaoğlu",
    "Gündoğdu",
    "Türkoğlu",
    "Akgül",
    "Ünal",
    "Kılınç",
    "Tekin",
    "Uçar",
    "Güler",
    "Aktaş",
    "Yücel",
    "Çiftçi",
    "Sarıgül",
    "Karaca",
    "Gümüşhane",
    "Iğdır",
    "İstanbul",
    "Eskişehir",
    "Kırşehir",
    "Muğla",
    "Çanakkale",
    "Ağrı",
    "Düzce",
    "Şırnak",
    "Hakkâri",
    "Ayşe",
    "Gülşen",
    "Hüseyin",
    "İsmail",
    "Şükrü",
    "Ömer",
    "Çağla",
    "Ilgaz",
    "Işıl",
    "Nakşidil",
    "Koçhisar",
    "Eşref",
    "Müşerref",
    "İhsanoğlu",
    "Süleyman",
];

const AZERBAIJANI: &[&str] = &[
    "Əliyev",
    "Məmmədov",
    "Həsənov",
    "Hüseynov",
    "Quliyev",
    "Qasımov",
    "Abbasov",
    "Rzayev",
    "İsmayılov",
    "Mustafayev",
    "Cəfərov",
    "Nəsirov",
    "Süleymanov",
    "Bağırov",
    "Sadıqov",
    "Əhmədov",
    "Xəlilov",
    "Qurbanov",
    "Vəliyev",
    "Cəbrayılov",
    "Babayev",
    "Kərimov",
    "Rəhimov",
    "Axundov",
    "Şıxəliyev",
    "Naxçıvan",
    "Şuşa",
    "Gəncə",
    "Xankəndi",
    "Qarabağ",
    "Şəki",
    "Lənkəran",
    "Sumqayıt",
    "Mingəçevir",
    "Ağdam",
    "Qazax",
    "Xaçmaz",
    "Şamaxı",
    "Zaqatala",
    "İlham",
    "Mehriban",
    "Leyla",
    "Nərmin",
    "Şəhla",
    "Aygün",
    "Elçin",
    "Cavid",
    "Vüqar",
    "Rəşad",
    "Ülviyyə",
    "Heydər",
    "Bəxtiyar",
    "Səbinə",
    "Fərid",
    "Qəbələ",
    "Quba",
    "Tovuz",
    "Şəmkir",
    "Zərdab",
    "Qubadlı",
];

/// Pairs of different names that look alike. Each name gets a few spellings.
const DISTINCT: &[(&str, &str)] = &[
    ("Petrov", "Petrova"),
    ("Aliyev", "Aliyeva"),
    ("Ivanov", "Ivanova"),
    ("Sokolov", "Sokolova"),
    ("Kasapoğlu", "Kaşıkçıoğlu"),
    ("Hasanov", "Hüseynov"),
    ("Kemal", "Kamil"),
    ("Murat", "Mert"),
    ("Özkan", "Özcan"),
    ("Ercan", "Erkan"),
    ("Məmmədov", "Mahmudov"),
    ("Yılmaz", "Yıldız"),
    ("Çelik", "Çelebi"),
    ("Şahin", "Şen"),
    ("Popov", "Pavlov"),
    ("Smirnov", "Semenov"),
    ("Demir", "Demirel"),
    ("Demirel", "Demiral"),
    ("Arslan", "Aslan"),
    ("Kılıç", "Kılınç"),
    ("Polat", "Bolat"),
    ("Yalçın", "Yalçınkaya"),
    ("Akın", "Ekin"),
    ("Ada", "Eda"),
    ("Ergin", "Erkin"),
    ("Жуков", "Чуйков"),
    ("Ельцин", "Ельчин"),
    ("Soner", "Şener"),
    ("Kaya", "Kayı"),
    ("Gül", "Kül"),
    ("Aydın", "Aydemir"),
    ("Korkmaz", "Korkut"),
    ("Güneş", "Güner"),
    ("Abbasov", "Abbaszadə"),
    ("Rzayev", "Rzazadə"),
    ("Quliyev", "Qasımov"),
    ("Məmmədov", "Məhərrəmov"),
    ("Ağayev", "Ağazadə"),
    ("Orhan", "Erhan"),
    ("Emre", "Emir"),
    ("Cem", "Cemil"),
    ("Tuncay", "Tunca"),
    ("Berk", "Berkay"),
    ("Ozan", "Uzun"),
    // Added before the key was changed to stop the a = e, g = k and ts = ch
    // merges in plain names: more look-alikes of each kind.
    ("Selim", "Salim"),
    ("Gök", "Kök"),
    ("Ağca", "Akça"),
    ("Цапкин", "Чапкин"),
    ("Gaye", "Kaya"),
    ("Esen", "Asan"),
    ("Ersoy", "Arsoy"),
    ("Quliyev", "Kuliyeva"),
];

/// Source forms in two sets that are one name (the `distinct` set writes
/// Russian and Azerbaijani names in Latin, the `russian` set in Cyrillic):
/// in `all` they are one group. Ельчин (a Russian surname) and the
/// Azerbaijani given name Elçin are not listed: they are different names.
const SAME_NAME: &[(&str, &str)] = &[
    ("Petrov", "Петров"),
    ("Petrova", "Петрова"),
    ("Ivanov", "Иванов"),
    ("Ivanova", "Иванова"),
    ("Sokolova", "Соколова"),
    ("Popov", "Попов"),
    ("Pavlov", "Павлов"),
    ("Smirnov", "Смирнов"),
    ("Semenov", "Семёнов"),
    ("Aliyev", "Əliyev"),
    ("Hasanov", "Həsənov"),
    ("Нахичевань", "Naxçıvan"),
    ("Шуша", "Şuşa"),
];

/// A gold set: groups of spellings, each group named by its source form.
struct Set {
    name: &'static str,
    groups: Vec<(String, Vec<String>)>,
}

fn dedup(mut v: Vec<String>) -> Vec<String> {
    let mut seen = Vec::new();
    v.retain(|s| {
        let new = !seen.contains(s);
        if new {
            seen.push(s.clone());
        }
        new
    });
    v
}

/// Encodes `text` as Windows-1254 (None if a letter is not in it) and
/// decodes the bytes as Windows-1252, with the text stage's decoder.
fn cp1254_as_cp1252(text: &str) -> Option<String> {
    // The Windows-1254 byte of each character, found with the decoder itself.
    let mut table: HashMap<char, u8> = HashMap::new();
    for b in 0u8..=255 {
        if let Ok(d) = bitext::text::decode(&[b], Encoding::Cp1254) {
            if let Some(c) = d.text.chars().next() {
                table.entry(c).or_insert(b);
            }
        }
    }
    let bytes: Option<Vec<u8>> = text.chars().map(|c| table.get(&c).copied()).collect();
    bitext::text::decode(&bytes?, Encoding::Cp1252)
        .ok()
        .map(|d| d.text)
}

/// UTF-8 bytes decoded as Windows-1252.
fn utf8_as_cp1252(text: &str) -> Option<String> {
    bitext::text::decode(text.as_bytes(), Encoding::Cp1252)
        .ok()
        .map(|d| d.text)
}

fn strip_marks(text: &str) -> String {
    // ASCII folding as an ASCII-only database does it.
    any_ascii::any_ascii(text)
}

fn az_as_turkish(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'ə' => 'e',
            'Ə' => 'E',
            'x' => 'h',
            'X' => 'H',
            'q' => 'k',
            'Q' => 'K',
            other => other,
        })
        .collect()
}

/// The English rendering of an Azerbaijani name (Məmmədov → Mammadov,
/// Naxçıvan → Nakhchivan, Cəbrayıl → Jabrayil, Qazax → Gazakh).
fn az_as_english(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        out.push_str(match c {
            'ə' => "a",
            'Ə' => "A",
            'x' => "kh",
            'X' => "Kh",
            'ç' => "ch",
            'Ç' => "Ch",
            'ş' => "sh",
            'Ş' => "Sh",
            'c' => "j",
            'C' => "J",
            'q' => "g",
            'Q' => "G",
            'ğ' => "gh",
            'Ğ' => "Gh",
            'ı' => "i",
            'İ' => "I",
            'ö' => "o",
            'Ö' => "O",
            'ü' => "u",
            'Ü' => "U",
            'j' => "zh",
            _ => {
                out.push(c);
                continue;
            }
        });
    }
    out
}

fn russian_groups(ascii_too: bool) -> Vec<(String, Vec<String>)> {
    RUSSIAN
        .iter()
        .map(|&cyr| {
            let mut spellings = vec![cyr.to_owned()];
            for system in System::ALL {
                let latin = romanize(cyr, system);
                if ascii_too {
                    spellings.push(strip_marks(&latin));
                }
                spellings.push(latin);
            }
            (cyr.to_owned(), dedup(spellings))
        })
        .collect()
}

fn turkic_names() -> impl Iterator<Item = &'static str> {
    TURKISH.iter().chain(AZERBAIJANI).copied()
}

fn sets() -> Vec<Set> {
    let mut sets = vec![
        Set {
            name: "russian",
            groups: russian_groups(false),
        },
        Set {
            name: "russian-ascii",
            groups: russian_groups(true),
        },
        Set {
            name: "turkic-diacritics",
            groups: turkic_names()
                .map(|n| (n.to_owned(), dedup(vec![n.to_owned(), drop_diacritics(n)])))
                .collect(),
        },
        Set {
            name: "turkic-capitals",
            groups: turkic_names()
                .map(|n| {
                    (
                        n.to_owned(),
                        dedup(vec![n.to_owned(), uppercase(n, Lang::Tr), n.to_uppercase()]),
                    )
                })
                .collect(),
        },
        Set {
            name: "turkic-mojibake",
            groups: turkic_names()
                .map(|n| {
                    let mut v = vec![n.to_owned()];
                    v.extend(cp1254_as_cp1252(n));
                    v.extend(utf8_as_cp1252(n));
                    (n.to_owned(), dedup(v))
                })
                .collect(),
        },
        Set {
            name: "az-as-turkish",
            groups: AZERBAIJANI
                .iter()
                .map(|&n| (n.to_owned(), dedup(vec![n.to_owned(), az_as_turkish(n)])))
                .collect(),
        },
    ];
    sets.push(Set {
        name: "az-english",
        groups: AZERBAIJANI
            .iter()
            .map(|&n| (n.to_owned(), dedup(vec![n.to_owned(), az_as_english(n)])))
            .collect(),
    });
    let mut distinct: Vec<(String, Vec<String>)> = Vec::new();
    for &(a, b) in DISTINCT {
        for name in [a, b] {
            if distinct.iter().any(|(id, _)| id == name) {
                continue;
            }
            let spellings = if name.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c)) {
                vec![
                    name.to_owned(),
                    romanize(name, System::BgnPcgn),
                    romanize(name, System::TurkishPress),
                ]
            } else {
                vec![
                    name.to_owned(),
                    drop_diacritics(name),
                    uppercase(name, Lang::Tr),
                ]
            };
            distinct.push((name.to_owned(), dedup(spellings)));
        }
    }
    sets.push(Set {
        name: "distinct",
        groups: distinct,
    });
    // Everything together: groups with the same source form are one group,
    // and so are the groups of one name that two sets write differently.
    let mut all: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for set in &sets {
        for (id, spellings) in &set.groups {
            let id = SAME_NAME
                .iter()
                .find(|(other, _)| other == id)
                .map_or(id.as_str(), |(_, canonical)| canonical);
            all.entry(id.to_owned())
                .or_default()
                .extend(spellings.iter().cloned());
        }
    }
    sets.push(Set {
        name: "all",
        groups: all.into_iter().map(|(id, v)| (id, dedup(v))).collect(),
    });
    sets
}

#[derive(Debug, Default)]
struct Scores {
    precision: f64,
    recall: f64,
    f1: f64,
    misses: Vec<(String, String)>,
    collisions: Vec<(String, String)>,
}

fn pairs(n: usize) -> usize {
    n * n.saturating_sub(1) / 2
}

fn score(set: &Set, key: &dyn Fn(&str) -> String) -> Scores {
    let items: Vec<(usize, &str, String)> = set
        .groups
        .iter()
        .enumerate()
        .flat_map(|(g, (_, spellings))| spellings.iter().map(move |s| (g, s.as_str(), key(s))))
        .collect();
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    let mut by_group: HashMap<usize, usize> = HashMap::new();
    let mut by_both: HashMap<(usize, &str), usize> = HashMap::new();
    for (g, _, k) in &items {
        *by_key.entry(k).or_default() += 1;
        *by_group.entry(*g).or_default() += 1;
        *by_both.entry((*g, k)).or_default() += 1;
    }
    let predicted: usize = by_key.values().map(|&n| pairs(n)).sum();
    let truth: usize = by_group.values().map(|&n| pairs(n)).sum();
    let correct: usize = by_both.values().map(|&n| pairs(n)).sum();
    let (precision, recall, f1) = scores(correct, predicted, truth);
    let mut misses = Vec::new();
    let mut collisions = Vec::new();
    for (i, (g1, s1, k1)) in items.iter().enumerate() {
        for (g2, s2, k2) in items.iter().skip(i + 1) {
            if g1 == g2 && k1 != k2 {
                misses.push((format!("{s1} [{k1}]"), format!("{s2} [{k2}]")));
            } else if g1 != g2 && k1 == k2 {
                collisions.push((s1.to_string(), format!("{s2} [{k2}]")));
            }
        }
    }
    Scores {
        precision,
        recall,
        f1,
        misses,
        collisions,
    }
}

/// Pairwise scores when two spellings count as the same name if they share
/// any of their `alternate_keys` (the recall-oriented index).
fn score_alternates(set: &Set) -> (f64, f64, f64) {
    let items: Vec<(usize, Vec<String>)> = set
        .groups
        .iter()
        .enumerate()
        .flat_map(|(g, (_, spellings))| spellings.iter().map(move |s| (g, alternate_keys(s))))
        .collect();
    let (mut predicted, mut truth, mut correct) = (0usize, 0usize, 0usize);
    for (i, (g1, k1)) in items.iter().enumerate() {
        for (g2, k2) in items.iter().skip(i + 1) {
            let same_key = k1.iter().any(|k| k2.contains(k));
            let same_name = g1 == g2;
            predicted += usize::from(same_key);
            truth += usize::from(same_name);
            correct += usize::from(same_key && same_name);
        }
    }
    let (precision, recall, f1) = scores(correct, predicted, truth);
    (precision, recall, f1)
}

fn main() {
    // `--dump`: every spelling of every gold set with its key and alternate
    // keys, one per line (for checking that a change to the key changes no key).
    if std::env::args().any(|a| a == "--dump") {
        for set in sets() {
            for (_, spellings) in &set.groups {
                for s in spellings {
                    println!(
                        "{}\t{s}\t{}\t{}",
                        set.name,
                        name_key(s),
                        alternate_keys(s).join(" ")
                    );
                }
            }
        }
        return;
    }
    let show_all = std::env::args().any(|a| a == "--misses");
    let baseline = |s: &str| any_ascii::any_ascii(s).to_lowercase();
    println!(
        "Name key evaluation: pairwise precision / recall / F1 (target F1 >= 0.95, P >= 0.98)\n"
    );
    println!(
        "| set | spellings | names | bitext P | bitext R | bitext F1 | any_ascii+lower P | R | F1 |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    let sets = sets();
    let mut details = Vec::new();
    for set in &sets {
        let ours = score(set, &|s: &str| name_key(s));
        let base = score(set, &baseline);
        let spellings: usize = set.groups.iter().map(|(_, v)| v.len()).sum();
        println!(
            "| {} | {} | {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} |",
            set.name,
            spellings,
            set.groups.len(),
            ours.precision,
            ours.recall,
            ours.f1,
            base.precision,
            base.recall,
            base.f1
        );
        details.push((set.name, ours));
    }
    println!();
    println!(
        "With `alternate_keys` (a pair counts as one name when it shares any alternate key):\n"
    );
    println!("| set | P | R | F1 |");
    println!("|---|---:|---:|---:|");
    for set in &sets {
        let (p, r, f) = score_alternates(set);
        println!("| {} | {p:.3} | {r:.3} | {f:.3} |", set.name);
    }
    println!();
    for (name, scores) in details {
        if name == "all" && !show_all {
            continue;
        }
        let limit = if show_all { usize::MAX } else { 6 };
        if !scores.misses.is_empty() {
            println!("{name}: {} missed pairs, e.g.", scores.misses.len());
            for (a, b) in scores.misses.iter().take(limit) {
                println!("    {a}  ~  {b}");
            }
        }
        if !scores.collisions.is_empty() {
            println!("{name}: {} collisions:", scores.collisions.len());
            for (a, b) in scores
                .collisions
                .iter()
                .take(if show_all { usize::MAX } else { 12 })
            {
                println!("    {a}  =  {b}");
            }
        }
    }
}

/// Pairwise precision, recall and F1 from the counts of correctly predicted,
/// predicted and true "same name" pairs (1.0 for an empty denominator).
fn scores(correct: usize, predicted: usize, truth: usize) -> (f64, f64, f64) {
    let ratio = |part: usize, whole: usize| {
        if whole == 0 {
            1.0
        } else {
            part as f64 / whole as f64
        }
    };
    let (precision, recall) = (ratio(correct, predicted), ratio(correct, truth));
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (precision, recall, f1)
}

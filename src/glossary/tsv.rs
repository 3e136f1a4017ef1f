//! TSV glossaries: `en ⇥ tr ⇥ count ⇥ score ⇥ variants [⇥ note ⇥ domain ⇥ status]`.

use std::fmt::Write as _;

use super::{one_line, Entry, Error, Glossary, Variant};
use crate::text::match_fold;
use crate::translit::{name_key, similar};
use crate::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    En,
    Tr,
    Count,
    Score,
    Variants,
    EnVariants,
    TrVariants,
    Note,
    Domain,
    Status,
}

const DEFAULT_ORDER: [Column; 8] = [
    Column::En,
    Column::Tr,
    Column::Count,
    Column::Score,
    Column::Variants,
    Column::Note,
    Column::Domain,
    Column::Status,
];

fn column(name: &str) -> Option<Column> {
    Some(match name.trim().to_lowercase().as_str() {
        "en" | "english" | "eng" => Column::En,
        "tr" | "turkish" | "tur" => Column::Tr,
        "count" => Column::Count,
        "score" => Column::Score,
        "variants" => Column::Variants,
        "en_variants" => Column::EnVariants,
        "tr_variants" => Column::TrVariants,
        "note" => Column::Note,
        "domain" | "subject" | "subjectfield" => Column::Domain,
        "status" => Column::Status,
        _ => return None,
    })
}

/// Reads a TSV glossary (see the [module docs](super) for the columns).
///
/// # Errors
/// [`Error::Tsv`] naming the line of a row with fewer than two columns, more
/// columns than the header (or the eight known columns), an empty term, or a
/// count, score or status that does not parse; and of a header that names
/// an unknown column or lacks `en` or `tr`.
///
/// # Examples
/// ```
/// use bitext::glossary::read_tsv;
/// let g = read_tsv("# my list\nSouth Caucasus\tGüney Kafkasya\t4\t0.9\ten:south Caucasus (×1)|Guney Kafkasya\n")?;
/// let e = &g.entries[0];
/// assert_eq!((e.count, e.score), (4, 0.9));
/// assert_eq!(e.variants.en[0].form, "south Caucasus");
/// assert_eq!(e.variants.tr[0].form, "Guney Kafkasya");
/// let err = read_tsv("en\ttr\nOnly one column\n").unwrap_err();
/// assert_eq!(err.to_string(), "line 2: expected at least 2 tab-separated columns (en, tr), found 1");
/// # Ok::<(), bitext::glossary::Error>(())
/// ```
pub fn read_tsv(text: &str) -> Result<Glossary, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut order: Vec<Column> = DEFAULT_ORDER.to_vec();
    let mut seen_first = false;
    let mut header_line: Option<usize> = None;
    let mut glossary = Glossary::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let row = raw.strip_suffix('\r').unwrap_or(raw);
        if row.trim().is_empty() || row.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = row.split('\t').collect();
        if !seen_first {
            seen_first = true;
            let named: Vec<Option<Column>> = cells.iter().map(|c| column(c)).collect();
            let first_two_named = matches!(
                (named.first(), named.get(1)),
                (Some(Some(a)), Some(Some(b))) if matches!(a, Column::En | Column::Tr) && matches!(b, Column::En | Column::Tr)
            );
            if first_two_named {
                order = header(&cells, line)?;
                header_line = Some(line);
                continue;
            }
        }
        if cells.len() < 2 {
            return Err(Error::Tsv {
                line,
                message: format!(
                    "expected at least 2 tab-separated columns (en, tr), found {}",
                    cells.len()
                ),
            });
        }
        if cells.len() > order.len() {
            return Err(Error::Tsv {
                line,
                message: match header_line {
                    Some(h) => format!(
                        "expected at most {} tab-separated columns (as the header on line {h} names), found {}",
                        order.len(),
                        cells.len()
                    ),
                    None => format!(
                        "expected at most {} tab-separated columns (en, tr, count, score, variants, note, domain, status), found {}",
                        order.len(),
                        cells.len()
                    ),
                },
            });
        }
        glossary.entries.push(row_entry(&order, &cells, line)?);
    }
    Ok(glossary)
}

fn header(cells: &[&str], line: usize) -> Result<Vec<Column>, Error> {
    let mut order = Vec::with_capacity(cells.len());
    for cell in cells {
        let Some(c) = column(cell) else {
            return Err(Error::Tsv {
                line,
                message: format!(
                    "unknown column {:?} in the header; known: en, tr, count, score, variants, en_variants, tr_variants, note, domain, status",
                    cell.trim()
                ),
            });
        };
        if order.contains(&c) {
            return Err(Error::Tsv {
                line,
                message: format!("column {:?} appears twice in the header", cell.trim()),
            });
        }
        order.push(c);
    }
    if !order.contains(&Column::En) || !order.contains(&Column::Tr) {
        return Err(Error::Tsv {
            line,
            message: "the header must name both an en and a tr column".into(),
        });
    }
    Ok(order)
}

fn row_entry(order: &[Column], cells: &[&str], line: usize) -> Result<Entry, Error> {
    let mut entry = Entry::new("", "");
    let mut plain_variants: Vec<(String, usize)> = Vec::new();
    let bad = |message: String| Error::Tsv { line, message };
    for (col, cell) in order.iter().zip(cells) {
        let cell = cell.trim();
        match col {
            Column::En => entry.en = cell.to_owned(),
            Column::Tr => entry.tr = cell.to_owned(),
            Column::Count if !cell.is_empty() => {
                entry.count = cell
                    .parse()
                    .map_err(|_| bad(format!("count {cell:?} is not a whole number")))?;
            }
            Column::Score if !cell.is_empty() => {
                let score: f64 = cell
                    .parse()
                    .map_err(|_| bad(format!("score {cell:?} is not a number")))?;
                if !(0.0..=1.0).contains(&score) {
                    return Err(bad(format!("score {cell} is outside 0..1")));
                }
                entry.score = score;
            }
            Column::Variants => {
                for item in cell.split('|').map(str::trim).filter(|s| !s.is_empty()) {
                    let (lang, rest) = match item.split_once(':') {
                        Some(("en", rest)) => (Some(Lang::En), rest),
                        Some(("tr", rest)) => (Some(Lang::Tr), rest),
                        _ => (None, item),
                    };
                    let (form, count) = split_count(rest.trim());
                    match lang {
                        Some(lang) => {
                            entry.add_variant(lang, form, count);
                        }
                        None => plain_variants.push((form.to_owned(), count)),
                    }
                }
            }
            Column::EnVariants | Column::TrVariants => {
                let lang = if *col == Column::EnVariants {
                    Lang::En
                } else {
                    Lang::Tr
                };
                for item in cell.split('|').map(str::trim).filter(|s| !s.is_empty()) {
                    let (form, count) = split_count(item);
                    entry.add_variant(lang, form, count);
                }
            }
            Column::Note if !cell.is_empty() => entry.note = Some(cell.to_owned()),
            Column::Domain if !cell.is_empty() => entry.domain = Some(cell.to_owned()),
            Column::Status => match cell {
                "" | "preferred" | "admitted" => {}
                "forbidden" | "deprecated" => entry.forbidden = true,
                other => {
                    return Err(bad(format!(
                        "status {other:?} is not one of forbidden, deprecated, preferred, admitted"
                    )))
                }
            },
            _ => {}
        }
    }
    if entry.en.is_empty() || entry.tr.is_empty() {
        let which = if entry.en.is_empty() {
            "English"
        } else {
            "Turkish"
        };
        return Err(bad(format!("the {which} term is empty")));
    }
    for (form, count) in plain_variants {
        let lang = closer_side(&entry, &form);
        entry.add_variant(lang, &form, count);
    }
    Ok(entry)
}

/// Splits `form (×N)` into the form and N (0 when absent).
fn split_count(item: &str) -> (&str, usize) {
    if let Some(open) = item.rfind(" (×") {
        if let (Some(head), Some(tail)) = (item.get(..open), item.get(open + " (×".len()..)) {
            if let Some(n) = tail.strip_suffix(')').and_then(|n| n.parse().ok()) {
                return (head.trim(), n);
            }
        }
    }
    (item, 0)
}

/// The side whose term an unlabelled variant resembles most.
fn closer_side(entry: &Entry, form: &str) -> Lang {
    let key = match_fold(form);
    for lang in [Lang::En, Lang::Tr] {
        if match_fold(entry.term(lang)) == key || name_key(entry.term(lang)) == name_key(form) {
            return lang;
        }
    }
    if similar(form, &entry.tr) > similar(form, &entry.en) {
        Lang::Tr
    } else {
        Lang::En
    }
}

/// Writes a glossary as TSV with a header line. The `note`, `domain` and
/// `status` columns are written only when some entry uses them.
///
/// # Examples
/// ```
/// use bitext::glossary::{read_tsv, write_tsv, Entry, Glossary, Variant};
/// let mut e = Entry::new("HAKİM", "HAKİM");
/// e.count = 4;
/// e.variants.en.push(Variant { form: "HAKIM".into(), count: 3 });
/// let g = Glossary { entries: vec![e] };
/// let tsv = write_tsv(&g);
/// assert_eq!(tsv, "en\ttr\tcount\tscore\tvariants\nHAKİM\tHAKİM\t4\t1.000\ten:HAKIM (×3)\n");
/// assert_eq!(read_tsv(&tsv)?, g);
/// # Ok::<(), bitext::glossary::Error>(())
/// ```
pub fn write_tsv(glossary: &Glossary) -> String {
    let extra = glossary
        .entries
        .iter()
        .any(|e| e.note.is_some() || e.domain.is_some() || e.forbidden);
    let mut out = String::from("en\ttr\tcount\tscore\tvariants");
    if extra {
        out.push_str("\tnote\tdomain\tstatus");
    }
    out.push('\n');
    for e in &glossary.entries {
        let variants: Vec<String> = [Lang::En, Lang::Tr]
            .into_iter()
            .flat_map(|lang| {
                e.variants.of(lang).iter().map(move |v: &Variant| {
                    let form = one_line(&v.form).replace('|', "/");
                    if v.count > 0 {
                        format!("{}:{form} (×{})", lang.code(), v.count)
                    } else {
                        format!("{}:{form}", lang.code())
                    }
                })
            })
            .collect();
        let _ = write!(
            out,
            "{}\t{}\t{}\t{:.3}\t{}",
            one_line(&e.en),
            one_line(&e.tr),
            e.count,
            e.score,
            variants.join("|")
        );
        if extra {
            let _ = write!(
                out,
                "\t{}\t{}\t{}",
                one_line(e.note.as_deref().unwrap_or("")),
                one_line(e.domain.as_deref().unwrap_or("")),
                if e.forbidden { "forbidden" } else { "" }
            );
        }
        out.push('\n');
    }
    out
}

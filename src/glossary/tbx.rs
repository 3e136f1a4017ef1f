//! TBX-Basic v3 writing and reading (TBX v2 `martif` read too), on quick-xml.

use std::fmt::Write as _;

use quick_xml::escape::{escape, unescape};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::{Entry, Error, Glossary};
use crate::Lang;

const NS: &str = "urn:iso:std:iso:30042:ed-2";
const PREFERRED: &str = "preferredTerm-admn-sts";
const ADMITTED: &str = "admittedTerm-admn-sts";
const DEPRECATED: &str = "deprecatedTerm-admn-sts";

/// Writes a glossary as a TBX-Basic v3 document (see the [module docs](super)).
///
/// # Examples
/// ```
/// use bitext::glossary::{read_tbx, write_tbx, Entry, Glossary, Variant};
/// let mut e = Entry::new("Shusha Declaration", "Şuşa Deklarasyonu");
/// e.variants.tr.push(Variant { form: "Şuşa Beyannamesi".into(), count: 1 });
/// e.domain = Some("politics".into());
/// let g = Glossary { entries: vec![e] };
/// let xml = write_tbx(&g);
/// assert!(xml.contains("<langSec xml:lang=\"tr\">"));
/// assert_eq!(read_tbx(&xml)?, g);
/// # Ok::<(), bitext::glossary::Error>(())
/// ```
pub fn write_tbx(glossary: &Glossary) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"{NS}\">"
    );
    out.push_str("  <tbxHeader>\n    <fileDesc>\n      <sourceDesc>\n        <p>bitext glossary</p>\n      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n");
    out.push_str("  <text>\n    <body>\n");
    for (i, e) in glossary.entries.iter().enumerate() {
        let _ = writeln!(out, "      <conceptEntry id=\"c{}\">", i + 1);
        if let Some(domain) = &e.domain {
            let _ = writeln!(
                out,
                "        <descrip type=\"subjectField\">{}</descrip>",
                escape(domain.as_str())
            );
        }
        if let Some(note) = &e.note {
            let _ = writeln!(out, "        <note>{}</note>", escape(note.as_str()));
        }
        let _ = writeln!(
            out,
            "        <admin type=\"x-bitext-count\">{}</admin>",
            e.count
        );
        let _ = writeln!(
            out,
            "        <admin type=\"x-bitext-score\">{}</admin>",
            e.score
        );
        for lang in [Lang::En, Lang::Tr] {
            let _ = writeln!(out, "        <langSec xml:lang=\"{}\">", lang.code());
            let status = if e.forbidden { DEPRECATED } else { PREFERRED };
            term_sec(&mut out, e.term(lang), status, None);
            for v in e.variants.of(lang) {
                term_sec(&mut out, &v.form, ADMITTED, Some(v.count));
            }
            out.push_str("        </langSec>\n");
        }
        out.push_str("      </conceptEntry>\n");
    }
    out.push_str("    </body>\n  </text>\n</tbx>\n");
    out
}

fn term_sec(out: &mut String, term: &str, status: &str, count: Option<usize>) {
    out.push_str("          <termSec>\n");
    let _ = writeln!(out, "            <term>{}</term>", escape(term));
    let _ = writeln!(
        out,
        "            <termNote type=\"administrativeStatus\">{status}</termNote>"
    );
    if let Some(n) = count {
        let _ = writeln!(
            out,
            "            <admin type=\"x-bitext-count\">{n}</admin>"
        );
    }
    out.push_str("          </termSec>\n");
}

#[derive(Default)]
struct TermRec {
    term: String,
    status: String,
    count: usize,
}

#[derive(Default)]
struct Concept {
    domain: Option<String>,
    note: Option<String>,
    count: usize,
    score: Option<f64>,
    langs: Vec<(String, Vec<TermRec>)>,
}

/// What the text being collected belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Term,
    Status,
    TermCount,
    Domain,
    Note,
    Count,
    Score,
    Ignored,
}

/// Reads a TBX document: TBX-Basic v3 (`tbx`, `conceptEntry`, `langSec`,
/// `termSec`) or TBX v2 (`martif`, `termEntry`, `langSet`, `tig`). Each
/// concept with an English and a Turkish term becomes an entry (the first
/// preferred term of each language, or the first term); further terms
/// become variants, except that deprecated terms next to a preferred one
/// become separate forbidden entries.
///
/// # Errors
/// [`Error::Tbx`] with line and byte offset for malformed XML, a document
/// type declaration (DTD, where entities would be declared), an entity
/// reference other than the five predefined ones, a root element other than
/// `tbx` or `martif`, or a document whose concepts have no English–Turkish
/// pair.
///
/// # Examples
/// ```
/// use bitext::glossary::read_tbx;
/// let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<tbx>&b;</tbx>";
/// let err = read_tbx(bomb).unwrap_err().to_string();
/// assert!(err.starts_with("line 2 "), "{err}");
/// assert!(err.contains("DTD"), "{err}");
/// let err = read_tbx("<html><body/></html>").unwrap_err().to_string();
/// assert!(err.contains("not a TBX document"), "{err}");
/// ```
pub fn read_tbx(xml: &str) -> Result<Glossary, Error> {
    let xml = xml.strip_prefix('\u{feff}').unwrap_or(xml);
    let mut reader = Reader::from_str(xml);
    let err = |offset: u64, message: String| Error::Tbx {
        line: line_at(xml, offset),
        offset,
        message,
    };
    let mut glossary = Glossary::new();
    let mut root_seen = false;
    let mut concepts_seen = 0usize;
    let mut concept: Option<Concept> = None;
    let mut lang: Option<String> = None;
    let mut term: Option<TermRec> = None;
    let mut field: Option<Field> = None;
    let mut buf = String::new();
    loop {
        let start = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| err(reader.buffer_position(), e.to_string()))?;
        match event {
            Event::DocType(_) => {
                return Err(err(
                    start,
                    "a document type declaration (DTD) is not allowed in a glossary: it can declare entities (an entity bomb); remove the <!DOCTYPE …>".into(),
                ))
            }
            Event::Start(e) | Event::Empty(e) if !root_seen => {
                root_seen = true;
                let name = e.local_name();
                if !matches!(name.as_ref(), b"tbx" | b"martif") {
                    return Err(err(
                        start,
                        format!(
                            "not a TBX document: the root element is <{}>, expected <tbx> (TBX v3) or <martif> (TBX v2)",
                            String::from_utf8_lossy(e.name().as_ref())
                        ),
                    ));
                }
            }
            Event::Start(e) => {
                let name = e.local_name();
                match name.as_ref() {
                    b"conceptEntry" | b"termEntry" => {
                        concepts_seen += 1;
                        concept = Some(Concept::default());
                    }
                    b"langSec" | b"langSet" => {
                        lang = attr(&e, "xml:lang").or_else(|| attr(&e, "lang"));
                        if lang.is_none() {
                            return Err(err(start, "<langSec> without xml:lang".into()));
                        }
                        if let (Some(c), Some(l)) = (concept.as_mut(), lang.clone()) {
                            c.langs.push((l, Vec::new()));
                        }
                    }
                    b"termSec" | b"tig" | b"ntig" => term = Some(TermRec::default()),
                    b"term" => begin(&mut field, &mut buf, Field::Term),
                    b"termNote" => {
                        let f = match attr(&e, "type").as_deref() {
                            Some("administrativeStatus") => Field::Status,
                            _ => Field::Ignored,
                        };
                        begin(&mut field, &mut buf, f);
                    }
                    b"descrip" => {
                        let f = match attr(&e, "type").as_deref() {
                            Some("subjectField") if term.is_none() => Field::Domain,
                            _ => Field::Ignored,
                        };
                        begin(&mut field, &mut buf, f);
                    }
                    b"note" if term.is_none() && lang.is_none() => {
                        begin(&mut field, &mut buf, Field::Note)
                    }
                    b"admin" => {
                        let f = match (attr(&e, "type").as_deref(), term.is_some()) {
                            (Some("x-bitext-count"), true) => Field::TermCount,
                            (Some("x-bitext-count"), false) => Field::Count,
                            (Some("x-bitext-score"), false) => Field::Score,
                            _ => Field::Ignored,
                        };
                        begin(&mut field, &mut buf, f);
                    }
                    _ => {}
                }
            }
            Event::Text(t) if field.is_some() => {
                let raw = t
                    .decode()
                    .map_err(|e| err(reader.buffer_position(), e.to_string()))?;
                buf.push_str(&raw);
            }
            Event::CData(t) if field.is_some() => {
                buf.push_str(&String::from_utf8_lossy(&t));
            }
            Event::GeneralRef(r) => {
                let name = r
                    .decode()
                    .map_err(|e| err(start, e.to_string()))?;
                let entity = format!("&{name};");
                let resolved = unescape(&entity).map_err(|_| {
                    err(
                        start,
                        format!("unknown entity &{name}; (only &lt; &gt; &amp; &apos; &quot; and character references are allowed)"),
                    )
                })?;
                if field.is_some() {
                    buf.push_str(&resolved);
                }
            }
            Event::End(e) => {
                let name = e.local_name();
                match name.as_ref() {
                    b"term" | b"termNote" | b"descrip" | b"note" | b"admin" => {
                        if let Some(f) = field.take() {
                            let text = std::mem::take(&mut buf);
                            let text = text.trim();
                            store(f, text, concept.as_mut(), term.as_mut())
                                .map_err(|m| err(start, m))?;
                        }
                    }
                    b"termSec" | b"tig" | b"ntig" => {
                        if let (Some(c), Some(t)) = (concept.as_mut(), term.take()) {
                            if let Some((_, terms)) = c.langs.last_mut() {
                                if !t.term.is_empty() {
                                    terms.push(t);
                                }
                            }
                        }
                    }
                    b"langSec" | b"langSet" => lang = None,
                    b"conceptEntry" | b"termEntry" => {
                        if let Some(c) = concept.take() {
                            entries_of(c, &mut glossary.entries);
                        }
                    }
                    _ => {}
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !root_seen {
        return Err(err(0, "not a TBX document: no root element".into()));
    }
    if concepts_seen > 0 && glossary.entries.is_empty() {
        return Err(err(
            0,
            format!("none of the {concepts_seen} concepts has both an English (en) and a Turkish (tr) term"),
        ));
    }
    Ok(glossary)
}

fn begin(field: &mut Option<Field>, buf: &mut String, f: Field) {
    *field = Some(f);
    buf.clear();
}

fn store(
    f: Field,
    text: &str,
    concept: Option<&mut Concept>,
    term: Option<&mut TermRec>,
) -> Result<(), String> {
    match (f, term, concept) {
        (Field::Term, Some(t), _) => t.term = text.to_owned(),
        (Field::Status, Some(t), _) => t.status = text.to_owned(),
        (Field::TermCount, Some(t), _) => {
            t.count = text
                .parse()
                .map_err(|_| format!("count {text:?} is not a whole number"))?
        }
        (Field::Domain, _, Some(c)) if !text.is_empty() => c.domain = Some(text.to_owned()),
        (Field::Note, _, Some(c)) if !text.is_empty() => c.note = Some(text.to_owned()),
        (Field::Count, _, Some(c)) => {
            c.count = text
                .parse()
                .map_err(|_| format!("count {text:?} is not a whole number"))?
        }
        (Field::Score, _, Some(c)) => {
            let s: f64 = text
                .parse()
                .map_err(|_| format!("score {text:?} is not a number"))?;
            c.score = Some(s.clamp(0.0, 1.0));
        }
        _ => {}
    }
    Ok(())
}

fn is_lang(code: &str, lang: Lang) -> bool {
    let code = code.to_ascii_lowercase();
    code == lang.code() || code.starts_with(&format!("{}-", lang.code()))
}

/// Turns one concept into entries: the main pair, plus one forbidden entry
/// per deprecated term that sits beside a preferred term.
fn entries_of(c: Concept, out: &mut Vec<Entry>) {
    let collect = |lang: Lang| -> Vec<&TermRec> {
        c.langs
            .iter()
            .filter(|(code, _)| is_lang(code, lang))
            .flat_map(|(_, terms)| terms.iter())
            .collect()
    };
    let en = collect(Lang::En);
    let tr = collect(Lang::Tr);
    let main = |terms: &[&TermRec]| -> Option<usize> {
        if terms.is_empty() {
            return None;
        }
        Some(
            terms
                .iter()
                .position(|t| t.status == PREFERRED || t.status == "preferredTerm")
                .unwrap_or(0),
        )
    };
    let (Some(ei), Some(ti)) = (main(&en), main(&tr)) else {
        return;
    };
    let (Some(en_main), Some(tr_main)) = (en.get(ei), tr.get(ti)) else {
        return;
    };
    let deprecated = |t: &TermRec| {
        t.status.starts_with("deprecatedTerm") || t.status == "supersededTerm-admn-sts"
    };
    let mut entry = Entry::new(&en_main.term, &tr_main.term);
    entry.count = c.count;
    entry.score = c.score.unwrap_or(1.0);
    entry.domain = c.domain.clone();
    entry.note = c.note.clone();
    entry.forbidden = deprecated(en_main) || deprecated(tr_main);
    let mut forbidden = Vec::new();
    for (lang, terms, main_i) in [(Lang::En, &en, ei), (Lang::Tr, &tr, ti)] {
        for (i, t) in terms.iter().enumerate() {
            if i == main_i {
                continue;
            }
            if deprecated(t) && !entry.forbidden {
                let mut f = if lang == Lang::En {
                    Entry::new(&t.term, &tr_main.term)
                } else {
                    Entry::new(&en_main.term, &t.term)
                };
                f.forbidden = true;
                f.domain = c.domain.clone();
                forbidden.push(f);
            } else {
                entry.add_variant(lang, &t.term, t.count);
            }
        }
    }
    out.push(entry);
    out.extend(forbidden);
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name.as_bytes())
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn line_at(text: &str, offset: u64) -> usize {
    let end = usize::try_from(offset)
        .unwrap_or(usize::MAX)
        .min(text.len());
    text.as_bytes()
        .get(..end)
        .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
        + 1
}

//! TMX 1.4b writing and reading with quick-xml.

use std::io::Cursor;

use quick_xml::events::{BytesDecl, BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};

use super::Error;
use crate::Lang;

/// One translation unit: a text per language, and optional properties.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TmxUnit {
    /// `(language, text)` per `<tuv>`, in file order.
    pub variants: Vec<(String, String)>,
    /// `(type, value)` per `<prop>`, in file order.
    pub props: Vec<(String, String)>,
}

/// A TMX document as read by [`read_tmx`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tmx {
    /// The header's `srclang`.
    pub src_lang: String,
    /// The header's `creationtool`.
    pub creation_tool: String,
    /// The translation units, in file order.
    pub units: Vec<TmxUnit>,
}

/// Writes a TMX 1.4b document with one `<tu>` per `(source, target, score)`.
///
/// # Examples
/// ```
/// use bitext::formats::{read_tmx, write_tmx};
/// use bitext::Lang;
/// let xml = write_tmx(&[("Fish & chips <3", "Balık & patates", Some(0.9))], Lang::En, Lang::Tr);
/// assert!(xml.contains("Fish &amp; chips &lt;3"));
/// let tmx = read_tmx(&xml)?;
/// assert_eq!(tmx.src_lang, "en");
/// assert_eq!(tmx.units[0].variants[1], ("tr".to_string(), "Balık & patates".to_string()));
/// # Ok::<(), bitext::formats::Error>(())
/// ```
pub fn write_tmx(units: &[(&str, &str, Option<f64>)], src_lang: Lang, tgt_lang: Lang) -> String {
    let mut w = Writer::new_with_indent(Cursor::new(Vec::new()), b' ', 2);
    // Writing into memory cannot fail.
    let _ = write_all(&mut w, units, src_lang, tgt_lang);
    String::from_utf8(w.into_inner().into_inner()).unwrap_or_default()
}

fn write_all(
    w: &mut Writer<Cursor<Vec<u8>>>,
    units: &[(&str, &str, Option<f64>)],
    src_lang: Lang,
    tgt_lang: Lang,
) -> std::io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::DocType(BytesText::from_escaped(
        "tmx SYSTEM \"tmx14.dtd\"",
    )))?;
    let version = env!("CARGO_PKG_VERSION");
    w.create_element("tmx")
        .with_attribute(("version", "1.4"))
        .write_inner_content(|w| {
            w.create_element("header")
                .with_attributes([
                    ("creationtool", "bitext"),
                    ("creationtoolversion", version),
                    ("segtype", "sentence"),
                    ("o-tmf", "bitext"),
                    ("adminlang", "en"),
                    ("srclang", src_lang.code()),
                    ("datatype", "plaintext"),
                ])
                .write_empty()?;
            w.create_element("body").write_inner_content(|w| {
                for (src, tgt, score) in units {
                    w.create_element("tu").write_inner_content(|w| {
                        if let Some(score) = score {
                            w.create_element("prop")
                                .with_attribute(("type", "x-bitext-score"))
                                .write_text_content(BytesText::new(&format!("{score:.4}")))?;
                        }
                        for (lang, text) in [(src_lang, src), (tgt_lang, tgt)] {
                            w.create_element("tuv")
                                .with_attribute(("xml:lang", lang.code()))
                                .write_inner_content(|w| {
                                    w.create_element("seg")
                                        .write_text_content(BytesText::new(text))?;
                                    Ok(())
                                })?;
                        }
                        Ok(())
                    })?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
    Ok(())
}

fn attr(e: &BytesStart<'_>, names: &[&str]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
        if names.contains(&key.as_str()) {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        } else {
            None
        }
    })
}

/// Reads a TMX document.
///
/// # Errors
/// [`Error::Xml`] with the byte offset when the XML is not well-formed or a
/// `tuv` has no language.
///
/// # Examples
/// ```
/// let err = bitext::formats::read_tmx("<tmx><body><tu></body></tmx>").unwrap_err();
/// assert!(err.to_string().starts_with("byte "));
/// ```
pub fn read_tmx(xml: &str) -> Result<Tmx, Error> {
    let mut reader = Reader::from_str(xml);
    let mut tmx = Tmx::default();
    let mut unit: Option<TmxUnit> = None;
    let mut lang: Option<String> = None;
    let mut prop: Option<String> = None;
    let mut text: Option<String> = None;
    let err = |reader: &Reader<&[u8]>, message: String| Error::Xml {
        offset: reader.buffer_position(),
        message,
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|e| err(&reader, e.to_string()))?;
        match event {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"header" => {
                tmx.src_lang = attr(&e, &["srclang"]).unwrap_or_default();
                tmx.creation_tool = attr(&e, &["creationtool"]).unwrap_or_default();
            }
            Event::Start(e) => match e.name().as_ref() {
                b"tu" => unit = Some(TmxUnit::default()),
                b"tuv" => {
                    lang = attr(&e, &["xml:lang", "lang"]);
                    if lang.is_none() {
                        return Err(err(&reader, "<tuv> without xml:lang".into()));
                    }
                }
                b"seg" => text = Some(String::new()),
                b"prop" => {
                    prop = Some(attr(&e, &["type"]).unwrap_or_default());
                    text = Some(String::new());
                }
                _ => {}
            },
            Event::Text(t) => {
                if let Some(buf) = text.as_mut() {
                    let raw = t.decode().map_err(|e| err(&reader, e.to_string()))?;
                    buf.push_str(&raw);
                }
            }
            Event::CData(t) => {
                if let Some(buf) = text.as_mut() {
                    buf.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::GeneralRef(r) => {
                if let Some(buf) = text.as_mut() {
                    let name = r.decode().map_err(|e| err(&reader, e.to_string()))?;
                    let entity = format!("&{name};");
                    let resolved = quick_xml::escape::unescape(&entity)
                        .map_err(|e| err(&reader, e.to_string()))?;
                    buf.push_str(&resolved);
                }
            }
            Event::End(e) => match e.name().as_ref() {
                b"seg" => {
                    if let (Some(u), Some(l), Some(t)) = (unit.as_mut(), lang.clone(), text.take())
                    {
                        u.variants.push((l, t));
                    }
                }
                b"prop" => {
                    if let (Some(u), Some(p), Some(t)) = (unit.as_mut(), prop.take(), text.take()) {
                        u.props.push((p, t));
                    }
                }
                b"tuv" => lang = None,
                b"tu" => {
                    if let Some(u) = unit.take() {
                        tmx.units.push(u);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(tmx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_escaping_and_scores() {
        let units = [
            (
                "A \"quoted\" <tag> & more",
                "Bir \"alıntı\" <etiket> & dahası",
                Some(0.5),
            ),
            ("Second", "İkinci", None),
        ];
        let xml = write_tmx(&units, Lang::En, Lang::Tr);
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        for required in [
            "creationtool=\"bitext\"",
            "creationtoolversion=",
            "segtype=\"sentence\"",
            "o-tmf=",
            "adminlang=\"en\"",
            "srclang=\"en\"",
            "datatype=\"plaintext\"",
            "<tuv xml:lang=\"tr\">",
        ] {
            assert!(xml.contains(required), "{required} missing in\n{xml}");
        }
        let tmx = read_tmx(&xml).unwrap();
        assert_eq!(tmx.units.len(), 2);
        assert_eq!(
            tmx.units[0].variants,
            vec![
                ("en".to_string(), units[0].0.to_string()),
                ("tr".to_string(), units[0].1.to_string())
            ]
        );
        assert_eq!(
            tmx.units[0].props,
            vec![("x-bitext-score".to_string(), "0.5000".to_string())]
        );
        assert!(tmx.units[1].props.is_empty());
    }

    proptest::proptest! {
        #[test]
        fn any_text_round_trips(src in "\\PC*", tgt in "\\PC*") {
            let xml = write_tmx(&[(src.as_str(), tgt.as_str(), None)], Lang::Tr, Lang::En);
            let tmx = read_tmx(&xml).unwrap();
            proptest::prop_assert_eq!(&tmx.units[0].variants[0].1, &src);
            proptest::prop_assert_eq!(&tmx.units[0].variants[1].1, &tgt);
        }

        #[test]
        fn reader_never_panics(xml in proptest::prelude::any::<String>()) {
            let _ = read_tmx(&xml);
        }
    }

    #[test]
    fn tuv_without_language_is_an_error() {
        let err = read_tmx("<tmx><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>").unwrap_err();
        assert!(err.to_string().contains("xml:lang"));
    }
}

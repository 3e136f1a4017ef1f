//! Terms a sentence defines: *a measure known as curtailment*, *is called
//! the data subject*; *bu uygulamaya üretim kısıtlaması deniyor*, *ilgili
//! kişi olarak adlandırılır*. A translation defines the same term at the
//! same place, so the two defined terms of a sentence pair correspond:
//! structural evidence, as a quotation is, for a pair whose words no word
//! list links.

use super::enumeration::content;
use super::token::Item;
use crate::Lang;

fn word(items: &[Item], k: usize) -> Option<&str> {
    match items.get(k) {
        Some(Item::Word(t)) => Some(t.lower.as_str()),
        _ => None,
    }
}

/// The English cues before a defined term, as word sequences.
const CUES_EN: [&[&str]; 5] = [
    &["known", "as"],
    &["called"],
    &["termed"],
    &["referred", "to", "as"],
    &["so-called"],
];

/// The Turkish cues after a defined term (the term before them is named:
/// *X deniyor*, *X adı verilir*, *X olarak adlandırılır*).
const CUES_TR: [&[&str]; 16] = [
    &["denir"],
    &["deniyor"],
    &["denilir"],
    &["deniliyor"],
    &["denmektedir"],
    &["denilmektedir"],
    &["adı", "verilir"],
    &["adı", "veriliyor"],
    &["adı", "verilen"],
    &["olarak", "bilinir"],
    &["olarak", "bilinen"],
    &["olarak", "adlandırılır"],
    &["olarak", "adlandırılan"],
    &["olarak", "anılır"],
    &["diye", "adlandırılır"],
    &["diye", "anılır"],
];

/// The item indices of the first and last word of the one term a sentence
/// defines, or `None` when it defines none or more than one. English: the
/// content words after the cue (and a determiner); Turkish: the content
/// words before it, back to the thing named, which takes the dative
/// (*uygulamaya*, *kişiye*).
pub(crate) fn defined(items: &[Item], lang: Lang) -> Option<(usize, usize)> {
    let cues: &[&[&str]] = match lang {
        Lang::Tr => &CUES_TR,
        _ => &CUES_EN,
    };
    let at = |k: usize, cue: &[&str]| {
        cue.iter()
            .enumerate()
            .all(|(i, w)| word(items, k + i) == Some(*w))
    };
    let mut found = None;
    for k in 0..items.len() {
        let Some(cue) = cues.iter().find(|c| at(k, c)) else {
            continue;
        };
        let span = if lang == Lang::Tr {
            let last = k.checked_sub(1).filter(|&l| content(items, l));
            last.map(|last| {
                let mut first = last;
                while let Some(p) = first
                    .checked_sub(1)
                    .filter(|&p| content(items, p) && !dative(items, p))
                {
                    first = p;
                }
                (first, last)
            })
        } else {
            let mut first = k + cue.len();
            if matches!(word(items, first), Some("a" | "an" | "the")) {
                first += 1;
            }
            content(items, first).then(|| {
                let mut last = first;
                while content(items, last + 1) {
                    last += 1;
                }
                (first, last)
            })
        };
        if let Some(span) = span {
            if found.is_some() {
                return None;
            }
            found = Some(span);
        }
    }
    found
}

/// Whether item `k` is a Turkish word in the dative: its key and a dative
/// ending after it (uygulama + ya, kişi + ye).
fn dative(items: &[Item], k: usize) -> bool {
    let Some(Item::Word(t)) = items.get(k) else {
        return false;
    };
    let ending = |stem: &str| {
        t.lower
            .strip_prefix(stem)
            .is_some_and(|rest| matches!(rest, "a" | "e" | "ya" | "ye" | "na" | "ne"))
    };
    // The key's last consonant softens before a vowel (teknik → tekniğe).
    let softened = t.key.char_indices().last().and_then(|(at, c)| {
        let soft = match c {
            'k' => 'ğ',
            'p' => 'b',
            't' => 'd',
            'ç' => 'c',
            _ => return None,
        };
        Some(format!("{}{soft}", t.key.get(..at)?))
    });
    ending(&t.key) || softened.is_some_and(|s| ending(&s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terms::token::tokenize;

    /// The words of the term the sentence defines.
    fn term(text: &str, lang: Lang) -> Option<String> {
        let tokens = tokenize(text, lang);
        defined(&tokens, lang).map(|(f, l)| {
            (f..=l)
                .filter_map(|k| word(&tokens, k))
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    #[test]
    fn the_term_after_an_english_cue_and_before_a_turkish_one() {
        assert_eq!(
            term(
                "Codes replace card numbers, a technique known as tokenisation.",
                Lang::En
            )
            .as_deref(),
            Some("tokenisation")
        );
        assert_eq!(
            term(
                "The person the data describe is called the data subject.",
                Lang::En
            )
            .as_deref(),
            Some("data subject")
        );
        // The thing named takes the dative and is no part of the term.
        assert_eq!(
            term("Bu tekniğe simgeleştirme deniyor.", Lang::Tr).as_deref(),
            Some("simgeleştirme")
        );
        assert_eq!(
            term("Bu yönteme veri maskeleme adı verilir.", Lang::Tr).as_deref(),
            Some("veri maskeleme")
        );
    }

    #[test]
    fn a_cue_without_a_term_or_two_terms_define_nothing() {
        // called for: a function word after the cue.
        assert_eq!(term("The union has called for new rules.", Lang::En), None);
        assert_eq!(
            term(
                "One step is called masking and another is called hashing.",
                Lang::En
            ),
            None
        );
        assert_eq!(term("Deniyor.", Lang::Tr), None);
    }
}

//! Word-level tests the scanner asks: list markers, enumerators, Roman
//! numerals, dotted abbreviations, emoticons, citations, English sentence
//! starters and Turkish cardinal labels.

/// A list marker: optional bullet, then `12.`, `12)`, `12.)`, `a.` or `a)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marker {
    pub(crate) style: (bool, u8),
    pub(crate) value: u32,
}

pub(crate) fn list_marker(s: &str) -> Option<Marker> {
    let s = s.trim_start_matches(|c: char| is_bullet(c) || c == ' ');
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let (value, numeric, rest) = if (1..=3).contains(&digits) {
        let value = s.get(..digits)?.parse().ok()?;
        (value, true, s.get(digits..)?)
    } else {
        let c = s.bytes().next().filter(u8::is_ascii_lowercase)?;
        (u32::from(c - b'a') + 1, false, s.get(1..)?)
    };
    let (punct, rest) = if let Some(r) = rest.strip_prefix(".)") {
        (b'}', r)
    } else if let Some(r) = rest.strip_prefix('.') {
        (b'.', r)
    } else if let Some(r) = rest.strip_prefix(')') {
        (b')', r)
    } else {
        return None;
    };
    rest.starts_with(' ').then_some(Marker {
        style: (numeric, punct),
        value,
    })
}

pub(crate) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '‣' | '◦' | '▪' | '·' | '*' | '-' | '–' | '—')
}

/// "1", "6.1", "12.3.4", "IV", "a": numbers a heading or list item starts with.
pub(crate) fn is_enumerator(word: &str) -> bool {
    let numeric = word
        .split('.')
        .all(|part| (1..=3).contains(&part.len()) && part.bytes().all(|c| c.is_ascii_digit()));
    let mut chars = word.chars();
    let single_letter =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic());
    numeric || single_letter || is_roman(word)
}

/// Turkish words for a numbered part of a text, which take a cardinal number:
/// "Tablo 3" is table three, not "the third table".
pub(crate) fn is_cardinal_label(word: &str) -> bool {
    const LABELS: &[&str] = &[
        "Tablo", "tablo", "Şekil", "şekil", "Ek", "ek", "Grafik", "grafik", "Harita", "harita",
        "Resim", "resim", "Sayı", "sayı", "Cilt", "cilt", "Sayfa", "sayfa", "Bölüm", "bölüm",
        "Madde", "madde", "Fıkra", "fıkra", "No", "no", "Nr",
    ];
    LABELS.contains(&word)
}

/// Turkish verbs of saying, in the forms that close a speech tag after a
/// quotation (`"Neden?" Ayşe sordu.`).
pub(crate) fn is_speech_verb(word: &str) -> bool {
    const VERBS: &[&str] = &[
        "dedi",
        "dedim",
        "dedik",
        "dediler",
        "demiş",
        "der",
        "diyor",
        "diyordu",
        "diye",
        "sordu",
        "sordum",
        "sorduk",
        "sordular",
        "sormuş",
        "soruyor",
        "soruyordu",
        "sorar",
        "söyledi",
        "söyledim",
        "söylemiş",
        "söylüyor",
        "seslendi",
        "bağırdı",
        "fısıldadı",
        "yanıtladı",
        "yanıt",
        "cevapladı",
        "cevap",
        "haykırdı",
        "mırıldandı",
        "ekledi",
    ];
    VERBS.contains(&word)
}

pub(crate) fn is_roman(word: &str) -> bool {
    !word.is_empty()
        && word.len() <= 7
        && word
            .bytes()
            .all(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C'))
}

/// "U.S", "a.m", "e.g", "Ph.D": letters in short groups joined by periods.
pub(crate) fn is_dotted_abbreviation(word: &str) -> bool {
    word.split('.').all(|part| {
        (1..=3).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
    })
}

/// `:)`, `:-(`, `;D`, `=P`, `:'(`: an emoticon, which is no sentence.
pub(crate) fn is_emoticon(word: &str) -> bool {
    let Some(rest) = word.strip_prefix([':', ';', '=']) else {
        return false;
    };
    let rest = rest.trim_start_matches(['-', '\'', '^']);
    !rest.is_empty()
        && rest.len() <= 3
        && rest.chars().all(|c| {
            matches!(
                c,
                ')' | '(' | 'D' | 'P' | 'p' | 'O' | 'o' | '/' | '|' | ']' | '[' | '3'
            )
        })
}

/// A segment that is only a bracketed citation: "(10, m.2).", "(Smith 2020)."
pub(crate) fn is_citation(segment: &str) -> bool {
    let Some(inner) = segment.strip_prefix(['(', '[']) else {
        return false;
    };
    let Some(close) = inner.rfind([')', ']']) else {
        return false;
    };
    let (body, tail) = (
        inner.get(..close).unwrap_or(""),
        inner.get(close + 1..).unwrap_or(""),
    );
    body.len() <= 120
        && tail.chars().all(|c| matches!(c, '.' | ',' | ';' | ':'))
        && body.bytes().any(|c| c.is_ascii_digit())
        && !body.ends_with(['.', '?', '!'])
        && !body.contains(['(', ')', '[', ']'])
}

/// Words that commonly start an English sentence: after an ambiguous
/// abbreviation (`etc.`, `U.S.`, `Inc.`) a sentence ends only before one of these.
pub(crate) fn is_starter(word: &str) -> bool {
    const STARTERS: &[&str] = &[
        "A",
        "After",
        "Also",
        "An",
        "And",
        "Are",
        "As",
        "At",
        "Because",
        "But",
        "By",
        "Can",
        "Did",
        "Do",
        "Does",
        "Each",
        "Even",
        "For",
        "From",
        "Had",
        "Has",
        "Have",
        "He",
        "Her",
        "Here",
        "His",
        "How",
        "However",
        "I",
        "If",
        "In",
        "Is",
        "It",
        "Its",
        "It's",
        "Let",
        "Many",
        "Meanwhile",
        "Moreover",
        "Most",
        "My",
        "No",
        "Not",
        "Now",
        "Of",
        "On",
        "One",
        "Our",
        "She",
        "Since",
        "Some",
        "So",
        "Still",
        "That",
        "The",
        "Their",
        "Then",
        "There",
        "These",
        "They",
        "This",
        "Those",
        "Thus",
        "To",
        "Today",
        "Two",
        "Was",
        "We",
        "Were",
        "What",
        "When",
        "Where",
        "Which",
        "While",
        "Who",
        "Why",
        "Will",
        "With",
        "Yet",
        "You",
        "Your",
    ];
    STARTERS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_markers() {
        assert_eq!(list_marker("1. The").map(|m| m.value), Some(1));
        assert_eq!(list_marker("• 10. The").map(|m| m.value), Some(10));
        assert_eq!(list_marker("2.) The").map(|m| m.style), Some((true, b'}')));
        assert_eq!(
            list_marker("c) item").map(|m| (m.value, m.style)),
            Some((3, (false, b')')))
        );
        assert_eq!(list_marker("1.5 percent"), None);
        assert_eq!(
            list_marker("2020. yılda").map(|m| m.value),
            None,
            "four digits"
        );
    }

    #[test]
    fn enumerators_and_numerals() {
        for word in ["1", "6.1", "12.3.4", "IV", "a", "Ç"] {
            assert!(is_enumerator(word), "{word}");
        }
        for word in ["2020", "1.5000", "Dr", "ab"] {
            assert!(!is_enumerator(word), "{word}");
        }
        assert!(is_roman("XIX") && !is_roman("XIXa") && !is_roman(""));
        assert!(is_dotted_abbreviation("U.S") && is_dotted_abbreviation("Ph.D"));
        assert!(!is_dotted_abbreviation("27.09") && !is_dotted_abbreviation("example.com"));
    }

    #[test]
    fn emoticons_and_citations() {
        for word in [":)", ":-(", ";D", "=P", ":'("] {
            assert!(is_emoticon(word), "{word}");
        }
        for word in [":", "::", ":Doç", "smile", ":)))))"] {
            assert!(!is_emoticon(word), "{word}");
        }
        assert!(is_citation("(10, m.2)."));
        assert!(is_citation("(Erarslan, 2021, p. 328)."));
        assert!(!is_citation("(See Table 3.)"), "a sentence in brackets");
        assert!(!is_citation("(Smith)."), "no number");
        assert!(
            !is_citation("(2020) argued that."),
            "text after the bracket"
        );
    }

    #[test]
    fn speech_verbs() {
        assert!(is_speech_verb("sordu") && is_speech_verb("dedi") && is_speech_verb("diye"));
        assert!(!is_speech_verb("Sordu") && !is_speech_verb("gülümsedi"));
    }

    #[test]
    fn starters_and_labels() {
        assert!(is_starter("The") && is_starter("I") && !is_starter("Smith"));
        assert!(
            is_cardinal_label("Tablo")
                && is_cardinal_label("şekil")
                && !is_cardinal_label("Türkiye")
        );
    }
}

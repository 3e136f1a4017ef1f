//! Enumerations: the items of a list inside a sentence (*erasure,
//! destruction or anonymisation*; *silme, yok etme ya da anonim hale
//! getirme*). A translation keeps a list's items in order, so the items of
//! two parallel lists of one length correspond one to one: structural
//! evidence for a pair whose words no word list links.

use super::token::{Break, Caps, Item};
use crate::Lang;

/// One item of an enumeration: the item indices of its first and last
/// words. Between two commas an item is all the words there, content words
/// only; a list's first item is the run of content words before the first
/// comma (*by erasure*: erasure) and its last item the run after the
/// conjunction (*anonim hale getirme yoluyla*: anonim hale getirme), as a
/// function word ends a noun phrase.
pub(crate) type Slot = (usize, usize);

/// The conjunction that ends a list at item `k`: its length in items (two
/// for Turkish *ya da*), or `None`.
fn conjunction(items: &[Item], k: usize, lang: Lang) -> Option<usize> {
    let word = |k: usize| match items.get(k) {
        Some(Item::Word(t)) => Some(t.lower.as_str()),
        _ => None,
    };
    match (lang, word(k)?) {
        (Lang::Tr, "ve" | "veya") | (Lang::En, "and" | "or") => Some(1),
        (Lang::Tr, "ya") if word(k + 1) == Some("da") => Some(2),
        _ => None,
    }
}

/// Whether item `k` is a content word (a list's items are noun phrases:
/// they open and close on one; so do defined terms).
pub(super) fn content(items: &[Item], k: usize) -> bool {
    matches!(items.get(k), Some(Item::Word(t)) if !t.stop && !t.number)
}

/// The one enumeration of a sentence's items, in order: two items or more
/// joined by commas and a final conjunction (*A, B and C*, *A, B, and C*,
/// *A or B*). `None` when the sentence has none or more than one, which
/// leaves no telling which list a translation's list renders.
pub(crate) fn enumeration(items: &[Item], lang: Lang) -> Option<Vec<Slot>> {
    let word = |k: usize| matches!(items.get(k), Some(Item::Word(_)));
    let comma = |k: usize| matches!(items.get(k), Some(Item::Break(Break::Comma)));
    // Capitals on both sides of the conjunction join the words of a name
    // (Ministry of Culture and Tourism), not items of a list.
    let capital = |k: usize| matches!(items.get(k), Some(Item::Word(t)) if t.caps != Caps::Lower);
    let mut found: Option<Vec<Slot>> = None;
    let mut k = 0;
    while k < items.len() {
        let Some(len) = conjunction(items, k, lang) else {
            k += 1;
            continue;
        };
        let after = k + len;
        // Before the conjunction: an Oxford comma, then the item before it.
        let before = k
            .checked_sub(1)
            .and_then(|b| if comma(b) { b.checked_sub(1) } else { Some(b) });
        let Some(before) = before.filter(|&b| content(items, b) && content(items, after)) else {
            k = after;
            continue;
        };
        if capital(before) && capital(after) {
            k = after;
            continue;
        }
        let mut end = after;
        while content(items, end + 1) {
            end += 1;
        }
        let mut slots = vec![(after, end)];
        let mut last = before;
        loop {
            // The words back to the comma before, if all are content words,
            // are an item between commas and the list goes on; else the
            // content words back to a function word are the first item.
            let mut first = last;
            while first.checked_sub(1).is_some_and(word) {
                first -= 1;
            }
            let between = (first..=last).all(|i| content(items, i))
                && first.checked_sub(1).is_some_and(comma)
                && first.checked_sub(2).is_some_and(|p| content(items, p));
            if between {
                slots.push((first, last));
                last = first - 2;
                continue;
            }
            let mut first = last;
            while first.checked_sub(1).is_some_and(|p| content(items, p)) {
                first -= 1;
            }
            slots.push((first, last));
            break;
        }
        if found.is_some() {
            return None;
        }
        slots.reverse();
        found = Some(slots);
        k = end + 1;
    }
    found
}

/// Whether words `first..=last` join items of a list of three or more from
/// inside a middle item on (*purpose limitation and proportionality* and
/// *limitation and proportionality*, of
/// *lawfulness, purpose limitation and proportionality*): a coordination of
/// list items, no term. Two items alone may be one term (*search and
/// rescue*, *retention and destruction policy*), and a run from the first
/// item on may share its head (*hazelnut and tea farming*).
pub(crate) fn joins_items(slots: &[Slot], first: usize, last: usize) -> bool {
    slots.len() >= 3
        && slots.iter().enumerate().skip(1).any(|(k, &(f, l))| {
            (f..=l).contains(&first)
                && slots
                    .get(k + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .any(|&(g, _)| last >= g)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terms::token::tokenize;

    /// The items of the sentence's list, as lower-case words.
    fn items(text: &str, lang: Lang) -> Option<Vec<String>> {
        let tokens = tokenize(text, lang);
        enumeration(&tokens, lang).map(|slots| {
            slots
                .iter()
                .map(|&(f, l)| {
                    tokens
                        .get(f..=l)
                        .unwrap_or(&[])
                        .iter()
                        .filter_map(|i| match i {
                            Item::Word(t) => Some(t.lower.clone()),
                            Item::Break(_) => None,
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect()
        })
    }

    #[test]
    fn a_list_has_its_items_in_order_with_the_edges_cut_at_function_words() {
        assert_eq!(
            items(
                "Old records are removed by deletion, shredding or masking at the end of the year.",
                Lang::En
            )
            .unwrap(),
            ["deletion", "shredding", "masking"]
        );
        // An edge item is the run of content words up to a function word
        // or a verb (bulunuyor): a guess, which may take in more than the
        // item (aralarında), so the builder counts it only with as many
        // words as its counterpart.
        assert_eq!(
            items(
                "Aralarında şeffaflık, hesap verebilirlik ve tarafsızlık bulunuyor.",
                Lang::Tr
            )
            .unwrap(),
            ["aralarında şeffaflık", "hesap verebilirlik", "tarafsızlık"]
        );
        // Turkish ya da is one conjunction; an Oxford comma is no item.
        assert_eq!(
            items(
                "Kayıtlar silme, yok etme ya da maskeleme ile temizlenir.",
                Lang::Tr
            )
            .unwrap()
            .len(),
            3
        );
        assert_eq!(
            items("The fund pays for roads, bridges, and tunnels.", Lang::En).unwrap(),
            ["roads", "bridges", "tunnels"]
        );
    }

    #[test]
    fn a_name_a_clause_or_two_lists_make_no_list() {
        // A conjunction between capitals joins a name's words.
        assert_eq!(
            items("The Ministry of Culture and Tourism opened it.", Lang::En),
            None
        );
        // A function word after the conjunction starts a clause.
        assert_eq!(
            items("The dam was built, and the valley was flooded.", Lang::En),
            None
        );
        // Two lists in one sentence leave no telling which one a
        // translation's list renders.
        assert_eq!(
            items(
                "Roads, bridges and tunnels were built while farms and villages were moved.",
                Lang::En
            ),
            None
        );
    }

    #[test]
    fn a_run_from_inside_a_middle_item_to_a_later_one_joins_items() {
        let tokens = tokenize(
            "It includes lawfulness, data minimisation and accuracy.",
            Lang::En,
        );
        let slots = enumeration(&tokens, Lang::En).unwrap();
        let at = |w: &str| {
            tokens
                .iter()
                .position(|i| matches!(i, Item::Word(t) if t.lower == w))
                .unwrap()
        };
        assert!(joins_items(&slots, at("data"), at("accuracy")));
        assert!(joins_items(&slots, at("minimisation"), at("accuracy")));
        // An item alone, or a run inside the first item, joins nothing.
        assert!(!joins_items(&slots, at("data"), at("minimisation")));
        assert!(!joins_items(&slots, at("accuracy"), at("accuracy")));
        // Two items alone may be one term: search and rescue.
        let two = tokenize("Teams trained in search and rescue arrived.", Lang::En);
        let slots = enumeration(&two, Lang::En).unwrap();
        assert!(!joins_items(&slots, 3, 5));
    }
}

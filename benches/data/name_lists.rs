// Name lists shared by benches/translit.rs, examples/gen_names.rs and
// examples/translit_cost.rs (included with include!, so all time the same
// mix of names).

/// Surnames and place names in the shapes a name index receives.
const ASCII: &[&str] = &[
    "Petrov",
    "Ivanova",
    "Cavusoglu",
    "Nakhchivan",
    "Khrushchev",
    "Shcherbakov",
    "Aliyev",
    "Mammadov",
    "Yilmaz",
    "Sanliurfa",
    "KUZNETSOV",
    "Dostoevsky",
    "Bagayeva",
    "Hasanov",
    "Smith",
    "Yalcinkaya",
    "Tsygankov",
    "Jukov",
    "Abdul-Rahman",
    "O'Brien",
];
const TURKIC: &[&str] = &[
    "Çavuşoğlu",
    "Yalçınkaya",
    "Şanlıurfa",
    "Əliyev",
    "Məmmədov",
    "Naxçıvan",
    "Kaşıkçıoğlu",
    "Öztürk",
    "HAKİM",
    "Çavuþoðlu",
    "Qasımov",
    "Şuşa",
    "Gümüşhane",
    "Hüseynov",
    "İSTANBUL",
];
const CYRILLIC: &[&str] = &[
    "Хрущёв",
    "Петрова",
    "Чапкин",
    "Нахичевань",
    "Багаева",
    "Щербаков",
    "Достоевский",
    "Шуша",
];


/// `total` names taken in turn from the lists of `pattern`, `count` from
/// each list per round (the bench's mixed list takes 6 : 4 : 2).
#[allow(dead_code)] // gen_names writes its own mix
fn names(pattern: &[(&[&str], usize)], total: usize) -> Vec<String> {
    let mut out = Vec::with_capacity(total);
    let mut i = 0;
    while out.len() < total {
        for &(list, count) in pattern {
            for _ in 0..count {
                out.push(list[i % list.len()].to_owned());
                i += 1;
            }
        }
    }
    out.truncate(total);
    out
}

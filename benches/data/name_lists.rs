// Name lists shared by benches/translit.rs and examples/gen_names.rs
// (included with include!, so both time the same mix of names).

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


//! Transliteration and the name key.
//!
//! Names reach an index spelled many ways: Turkish with and without
//! diacritics (Çavuşoğlu, Cavusoglu, ÇAVUŞOĞLU), damaged by encodings
//! (Çavuþoðlu, Ã‡avuÅŸoÄŸlu), Azerbaijani Latin (Əliyev, Qasımov, Naxçıvan)
//! and Russian names romanized by one of many systems or by Turkish and
//! Azerbaijani press habits (Хрущёв: Khrushchev, Hruşçov, Xruşşov, Hruščëv,
//! Chruščëv). [`name_key`] gives one key to all spellings of a name and
//! different keys to different names; [`similar`] and [`fuzzy_match`] score
//! what a key cannot fix (letters lost to `?`, dropped letters).
//!
//! ```
//! use bitext::translit::name_key;
//! let groups: [&[&str]; 4] = [
//!     &["HAKİM", "HAKIM", "Hakim"],
//!     &["Çapkin", "Chapkin", "Чапкин"],
//!     &["Nakhchivan", "Nakhichevan", "Naxçıvan", "Нахичевань"],
//!     &["Şanlıurfa", "Sanliurfa", "Þanlýurfa"],
//! ];
//! for group in groups {
//!     assert!(group.iter().all(|name| name_key(name) == name_key(group[0])));
//! }
//! assert_ne!(name_key("Aliyev"), name_key("Aliyeva"));
//! ```
//!
//! # The steps
//!
//! Each step is a public function, so that it can be tested on its own;
//! `name_key(x) == skeleton(&phonetic(x))`, computed in one buffer.
//!
//! 1. **Encoding repair** ([`repair`]): UTF-8 read as Windows-1252
//!    (`ÅžanlÄ±urfa`) through [`crate::text::repair_mojibake`]; Windows-1254
//!    read as Windows-1252 (`Þanlýurfa`) eagerly, per name (a name is one or
//!    two words, too short for the text stage's evidence rule), unless the
//!    name has a letter foreign to Turkish (Icelandic `Þórður` is kept).
//! 2. **NFC.**
//! 3. **Case fold** with the four Turkish i letters merged: İ, I, ı and i
//!    are one letter, so Turkish-aware capitals (HAKİM) and plain ones (HAKIM)
//!    meet; a combining dot above is dropped.
//! 4. **Cyrillic to Latin** (`data/cyrillic_key.tsv`; Russian, Ukrainian,
//!    Belarusian, Azerbaijani, Kazakh and Serbian letters), writing each
//!    letter in the class its romanizations share, so that Cyrillic keys
//!    like its romanizations. Steps 3 and 4 give the [`phonetic`] spelling.
//! 5. **Skeleton** ([`skeleton`]): letter classes that merge what the
//!    romanization systems and press habits disagree on, then per word:
//!
//! | class | spellings merged |
//! |---|---|
//! | `x` | kh, x, h, х; ch in a Czech-style name (Chruščëv) |
//! | `c` | ch, ç, č, tch, c (Turkish /dʒ/, and ç without its cedilla), zh, ž, j (Turkish /ʒ/, English /dʒ/), dzh, dž, dj, ч ж дж |
//! | `ts` | ts, tz, ц, t͡s, ț; c in a name with ISO 9 or scholarly marks (Jelʹcin) |
//! | `s` | sh, ş, š, s; shch, şç, şş, šč, ŝ, sch (a c-class letter after s is dropped) |
//! | `k` | k, q (Azerbaijani q is Turkish k: Qarabağ = Karabağ) |
//! | `g` | g, ğ, gh |
//! | `a` | a, â |
//! | `e` | e, ə (written e by Turkish habit: Gəncə = Gence), ä, è, ė, ë, ё, э; and o after a consonant and a semivowel (Pyotr, Fyodor) |
//! | `i` | i, ı, ы, ȳ, y and j before a consonant or at the end (-iy, -ij, -yy, -yi, -ii, -y and -i endings become one i) |
//! | semivowel | y, j, й, ĭ, and i before a vowel, are dropped before a vowel (ya, ja, ia, â; yu, ju, iu, û; ye, ie) |
//! | `u` | u, ü, û, ou |
//! | `o` | o, ö; ends -sov/-cov read -sev/-cev (Gorbaçov = Gorbachev) |
//! | `v`, `f` | w = v; ph = f |
//! | dropped | apostrophes, prime marks, ь, ъ, hyphens inside a word |
//!
//! **The broad reading.** In a name with a word that ends like a Russian,
//! Azerbaijani or Georgian surname (-ov, -ova, -ev, -eva, -ëv, -ow, -ew,
//! -ovich, -ovna, -skiy/-sky/-skij, -skaya, -zadə/-zade/-zada, -shvili,
//! -dze; see `broad_reading` in the source), three more merges apply,
//! because there the spellings really disagree on them: `e` is `a` (Əliyev,
//! Aliyev, Eliyev; Gorbachev, Gorbaçov), `g` is `k` (Qasımov, Kasımov,
//! Gasimov; Baqaeva, Bagayeva) and `ts` is `c` (Kuznetsov, Kuznecov;
//! Gorbacev, the ASCII form of Gorbačëv). The ending is looked for in the
//! letter classes, so every spelling of it counts, and the reading is per
//! name: Heydər Əliyev = Heydar Aliyev, while Heydər alone is Heyder.
//!
//! Then, in each word: a final d or b is devoiced (Ahmed = Ahmet, Rəcəb =
//! Recep), doubled letters are written once (Mammadov = Mamedov), and only
//! the first and the last vowel are kept (Nakhichevan = Nakhchivan =
//! `naxcvan`, while Petrov `patrov` ≠ Petrova `patrva`), except a vowel
//! between t and s, z or c or between s and c, which the classes would read
//! as one letter, and except in a word that would otherwise take a surname
//! ending it does not have (Geseki stays `geseki`, not `geski`). The key
//! alphabet is chosen so that a key, read as a spelling, keys to itself.
//!
//! # Choices made for ambiguous letters
//!
//! The key is precise first: two names with one key are one name, and the
//! different names that look alike in Turkish (Ada and Eda, Akın and Ekin,
//! Ergin and Erkin, Gül and Kül) or in Russian (Ельцин Yeltsin and Ельчин
//! Yelchin, Цапкин and Чапкин) keep different keys. Where a letter has two
//! readings the key takes the one a Turkish-first index needs, and
//! [`alternate_keys`] adds the other.
//!
//! * `ə` is `e`, as Turkish writes it (Gəncə = Gence, Lənkəran = Lenkeran).
//!   English and Russian write it a (Ganja, Lankaran). A key cannot give
//!   Əli the key of both Ali and Eli without giving Ali and Eli one key
//!   (and then Ada and Eda); so outside the broad reading Lənkəran ≠
//!   Lankaran in the primary key, and an alternate key joins them.
//! * `q` is `k`, as Turkish writes Azerbaijani q (Qarabağ = Karabağ). English
//!   writes it g (Garabagh), and Azerbaijani press writes Russian г as q
//!   (Şoyqu for Шойгу): those meet in the primary key only in the broad
//!   reading (Baqaeva = Bagayeva), and elsewhere through an alternate key.
//! * A bare `c` is Turkish c, which also stands for ç without its cedilla
//!   (Cavusoglu), so it is the `c` class; in a name with ISO 9 or scholarly
//!   marks (č š ž ë è ʹ ʺ ĭ: Jelʹcin) it is ц, `ts`. An ISO 9 spelling with
//!   no mark at all (Gercen for Герцен) is read the Turkish way; an
//!   alternate key has the ts reading.
//! * `ts` and `ch` are different letters (Yeltsin ≠ Yelchin), merged only
//!   in the broad reading, where ASCII spellings lose the difference
//!   (Gorbacev).
//! * `j` is the semivowel after a vowel and before a consonant or at the
//!   end (Zajcev, Andrej), and everywhere in a name with Czech-style letters
//!   or prime marks (č š ž ř ě ŝ ĭ ʹ ʺ: Šojgu, Jelʹcin), with a word ending in
//!   -ij or -yj (Jurij, Majakovskij), -skaja, or with lj (Ljubov); it is the
//!   consonant everywhere in a name with Turkish letters (ç ş ğ ı ə: Rıjkov =
//!   Ryzhkov) and otherwise before a vowel (Jukov = Zhukov, Jabrayil =
//!   Cəbrayıl). A scholarly spelling without any cue (Jakovlev, Jusupov)
//!   therefore misses Yakovlev in the primary key; [`alternate_keys`] has
//!   the other reading.
//! * `ch` is the affricate (Chapkin = Çapkin) except in a name with
//!   Czech-style letters (Chruščëv = Khrushchev); an `h` after Turkish ş or ç
//!   is absorbed as in the ASCII spelling (Gümüşhane = Gumushane, Koçhisar =
//!   Kochisar), so Turkish şh and sh meet at the cost of the h.
//! * `yo` after a consonant is ё, `e` (Pyotr = Pëtr = Petr); at the start
//!   of a word it stays `o` (Turkish Yol, Yozgat), so Turkish-press Yolkin
//!   misses Ëlkin.
//! * `x` is the Azerbaijani /x/ (Naxçıvan), not /ks/ (Maxim misses Maksim in
//!   the primary key; [`alternate_keys`] has it).
//!
//! # Indexing with the alternate keys
//!
//! For recall, index each record under every key of [`alternate_keys`] (the
//! primary key first) and look a query up under every key of its own;
//! candidates that share only an alternate key are then confirmed by
//! [`similar`] or by a person. See [`alternate_keys`] for the readings.
//!
//! # Tables
//!
//! Every table is a data file in `src/translit/data/` naming its sources:
//! `alphabets.tsv` (the Turkish and Azerbaijani Latin alphabets, see
//! [`alphabet`]), `russian.tsv` (Russian under BGN/PCGN, ISO 9, ALA-LC, ICAO,
//! scholarly, Turkish and Azerbaijani press habits, see [`romanize`]),
//! `cyrillic_key.tsv` and `latin_key.tsv` (the phonetic classes). The
//! mojibake maps are the text stage's ([`crate::text::repair_mojibake`],
//! [`crate::text::decode`]), reused rather than copied.

mod fuzzy;
mod key;
mod tables;

pub use fuzzy::{fuzzy_match, similar};
pub use key::{alternate_keys, name_key, name_key_into, phonetic, repair, skeleton};
pub use tables::{alphabet, romanize, Letter, System};

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
//! | `c` | ch, ç, č, tch, ts, tc, tz, c (Turkish /dʒ/, ISO 9 /ts/ and ç without its cedilla), zh, ž, j (Turkish /ʒ/, English /dʒ/), dzh, dž, dj, ч ц ж дж |
//! | `s` | sh, ş, š, s; shch, şç, şş, šč, ŝ, sch (a c-class letter after s is dropped) |
//! | `k` | k, g, q, ğ, gh (Azerbaijani q is Turkish k and Russian г) |
//! | `a` | a, e, ə, ä, è, ė, ë, ё, э; and o after a semivowel (yo, jo, йо) |
//! | `i` | i, ı, ы, ȳ, y and j before a consonant or at the end (-iy, -ij, -yy, -yi, -ii, -y and -i endings become one i) |
//! | semivowel | y, j, й, ĭ, and i before a vowel, are dropped before a vowel (ya, ja, ia, â; yu, ju, iu, û; ye, ie) |
//! | `u` | u, ü, û, ou |
//! | `o` | o, ö; ends -sov/-cov read -sev/-cev (Gorbaçov = Gorbachev) |
//! | `v`, `f` | w = v; ph = f |
//! | dropped | apostrophes, prime marks, ь, ъ, hyphens inside a word |
//!
//! Then, in each word: a final d or b is devoiced (Ahmed = Ahmet, Rəcəb =
//! Recep), doubled letters are written once (Mammadov = Mamedov), and only
//! the first and the last vowel are kept (Nakhichevan = Nakhchivan =
//! `naxcvan`, while Petrov `patrov` ≠ Petrova `patrva`), except a vowel
//! between t and s, z or c or between s and c, which the classes would read
//! as one letter. The key alphabet is chosen so that a key, read as a
//! spelling, keys to itself.
//!
//! # Choices made for ambiguous letters
//!
//! * `c` is always the affricate class: in Turkish it is /dʒ/, in ISO 9 /ts/,
//!   and in ASCII-folded Turkish it stands for ç; all three are `c`, and so
//!   is `j` as a consonant. The cost: Zhukov and Chukov share a key.
//! * `j` is the semivowel after a vowel and before a consonant or at the
//!   end (Zajcev, Andrej), and everywhere in a name with Czech-style letters
//!   or prime marks (č š ž ř ě ŝ ĭ ʹ ʺ: Šojgu, Jelʹcin), with a word ending in
//!   -ij or -yj (Jurij, Majakovskij), or with lj (Ljubov); it is the
//!   consonant everywhere in a name with Turkish letters (ç ş ğ ı ə: Rıjkov =
//!   Ryzhkov) and otherwise before a vowel (Jukov = Zhukov, Jabrayil =
//!   Cəbrayıl). A scholarly spelling without any cue (Jakovlev, Jusupov)
//!   therefore misses Yakovlev in the primary key; [`alternate_keys`] has
//!   the other reading.
//! * `ch` is the affricate (Chapkin = Çapkin) except in a name with
//!   Czech-style letters (Chruščëv = Khrushchev); an `h` after Turkish ş or ç
//!   is absorbed as in the ASCII spelling (Gümüşhane = Gumushane, Koçhisar =
//!   Kochisar), so Turkish şh and sh meet at the cost of the h.
//! * `a`, `e` and `ə` are one vowel, because Azerbaijani ə is written a in
//!   English and Russian (Aliyev, Алиев) and e by Turkish habit and in
//!   ASCII (Eliyev). The cost: Akın and Ekin share a key.
//! * `g`, `k` and `q` are one letter, because Azerbaijani q is k in Turkish
//!   (Qasımov, Kasımov) and Russian г in Azerbaijani press (Baqaeva). The
//!   cost: Ergin and Erkin share a key.
//! * `x` is the Azerbaijani /x/ (Naxçıvan), not /ks/ (Maxim misses Maksim in
//!   the primary key; [`alternate_keys`] has it).
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

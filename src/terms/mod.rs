//! Term extraction, bilingual pairing and variant reconciliation: the
//! glossary builder.
//!
//! [`GlossaryBuilder::build`] turns a [`Corpus`] of aligned English–Turkish
//! sentence pairs (plus any unpaired sentences, which count for frequencies
//! and spellings) into a [`Glossary`]: term pairs in citation form, every
//! spelling under one entry with its count, the sentence pairs each pair came
//! from and the parts of its score.
//!
//! ```
//! use bitext::glossary::Evidence;
//! use bitext::terms::{Corpus, GlossaryBuilder};
//! let mut corpus = Corpus::new();
//! corpus.add_pair(
//!     "The 'Middle Corridor' links Baku with Europe.",
//!     "'Orta Koridor' Bakü'yü Avrupa'ya bağlıyor.",
//!     Evidence { src_line: 1, tgt_line: 1 },
//! );
//! corpus.add_pair(
//!     "The Middle Corridor needs investment.",
//!     "Orta Koridor yatırım gerektiriyor.",
//!     Evidence { src_line: 2, tgt_line: 2 },
//! );
//! let glossary = GlossaryBuilder::new().build(&corpus);
//! let e = glossary.entries.iter().find(|e| e.en == "Middle Corridor").unwrap();
//! assert_eq!(e.tr, "Orta Koridor");
//! assert_eq!(e.count, 2);
//! let baku = glossary.entries.iter().find(|e| e.en == "Baku").unwrap();
//! assert_eq!(baku.tr, "Bakü");
//! ```
//!
//! # 1. Candidates, per language
//!
//! Each sentence is split into words and breaks (punctuation, quotes,
//! parentheses). A sentence written mostly in capitals is a heading: its
//! words are ordinary words, not acronyms. A candidate is a run of one to
//! six words inside one stretch between breaks that neither starts nor ends
//! with a function word (`data/stop.en`, `data/stop.tr`, which hold
//! cardinal number words too, and English adjectives of the writer's
//! judgement, *important*, *various*, *valuable*; Turkish *ilgili* is one only after *ile* or
//! a word in the comitative -(y)lA, *sayaçlarıyla ilgili*, about the
//! meters, and elsewhere the adjective of *ilgili kişi*, the data subject,
//! and *doğru* only after the dative, *kıyıya doğru*, and elsewhere the
//! adjective of *doğru akım*, direct current; *ilk*, first, is one except
//! before the nouns it makes compounds with, *ilk yardım*, first aid,
//! *ilk müdahale*, first response; English *use* is none after
//! a singular noun, the second noun of *water use permit*, not the verb
//! of *farmers use*),
//! has no function word inside except
//! *of*/*and* (English) or *ve* (Turkish), holds no finite verb (an English
//! verb of `data/verbs.en`, which are never nouns, an English word right
//! before a determiner that ends in -ed, or that is a base form after a
//! plural noun, a modal or *to*: *frost damaged every orchard*, *mild winters
//! cause the buds to open*, *must adopt a policy*; or a Turkish word ending
//! in -(I)yor, -mAktAdIr or -mIştIr; the last word of a sentence, in
//! lower case, in a passive or reflexive aorist after a vowel (ödenir,
//! korunur) or a causative one (oluşturur), unless it is a listed word;
//! a passive aorist such as listelenir
//! or yapılır (not the potential -(y)AbIlIr of yenilenebilir), the
//! aorist's conditional (bulursa, ödemezse; six letters or more, as derse
//! is a noun's dative), the
//! necessitative (bulunmalı, yapılmalıdır; not depolamalı, the -lI
//! adjective of a listed verbal noun), or a plural
//! with the copula: yapılardı), does not end, in English, on a past
//! participle after another word (insurance offered, plan drawn,
//! demolished and rebuilt: a clause's verb or a reduced relative; the
//! irregular ones that are no nouns are listed) or on an adjective of
//! extent after a noun (three metres deep, forty metres wide: a measure),
//! does not start or end with a number (a
//! Turkish ordinal in digits may open one: 1. derece, read as one word
//! with its dot before a lower-case word),
//! and has an apostrophe suffix on its last word only (an English plural
//! possessive stays inside a name or a term, written in one case on both
//! sides of it: *Exporters' Associations*, *looters' pits*; not after a
//! measure of time: *six months' wages*). Nor does it start
//! with an adjective of size, age, expectation, degree or change (*large*,
//! *old*, *expected*, *vulnerable*, *changing*, *rising*; *eski*,
//! *beklenen*, *kırılgan*, *değişen*, *artan*, *düşük*,
//! but *düşük faizli kredi*: before an -lI adjective it is part of that
//! adjective) or a quantity before *of* (*number of*, *tonnes of*,
//! *decares of*),
//! nor hold an amount after *of* (*a fine of 200,000 lira*), nor start
//! with the unit of a number before it (*2.1 GW of installed wind
//! capacity*, *2,1 GW kurulu rüzgâr gücü*, *40 metres high*, *14 days of
//! annual paid leave*, *14 gün yıllık ücretli izin*: the unit, of time too,
//! a symbol or a word, measures; the term starts after it; so does a
//! Turkish adjective in -lI or -lIk that the number makes from a unit or
//! a counter, *177 numaralı*, *40 metrelik*, not *kabuklu*), nor hold a
//! number and a unit word after it (*rotor çapı 170 metre*), nor end on an
//! honorific or abbreviated title, which stands before a name (*meslektaşı
//! Dr*; a trade such as *doctor* or *mühendis* may head a term), nor, in
//! Turkish, start right after a bare noun on a
//! word with the compound marker of a noun the text or a word list has
//! (*aile | sağlığı merkezi*: the span has cut a compound in two; a
//! listed word as written, such as *tarihi*, historic, is no such form),
//! nor hold, before its last word, a Turkish plural with a case ending
//! after it, or with a possessive between (*modellerde rotor çapı*,
//! *merkezlerinde ücretsiz*: an adverbial or an object modifies no noun),
//! or a bare plural in lower case (*hidroelektrik santraller enerji
//! depolaması*, a subject and the predicate of a sentence with no verb: a
//! compound's modifier is never plural),
//! nor, capitalized or not, a possessive with a locative or ablative after
//! it (*Ege Kıyısında Fındık* in a title: the capitals are the title's),
//! nor end on a
//! Turkish verb form no noun shares (the abilitive *çıkabilir*, the
//! negative aorist *durdurulamaz*, the participle *arındırılmış*: they
//! close a clause; an adjective in -lI made from a listed noun,
//! *kızılötesi kameralı*, with an infrared camera, but not a listed noun
//! in -l with its possessive, *kurulu*; a present participle of a listed
//! verb, *servis getiren*, unless it is listed itself, *uzaktan çalışan*)
//! or hold an infinitive anywhere (*bulundurmak
//! zorundadır*), nor be a doubled word (*yarı yarıya*, an adverb), nor hold a listed
//! Turkish word in the accusative before its last word (*aşıyı ücretsiz*:
//! -yI after a vowel, or -nI after the possessive; a term drops the
//! accusative), nor end, in Turkish, on a word without the compound
//! marker right after one with it (-sI after a vowel: *su-enerji-gıda
//! bağlantısı | sulamayı* is a noun phrase and another; inside a term the
//! head after a marked word is marked too, *güneş enerjisi santrali*;
//! sonrası and öncesi make adjectives, *deprem sonrası dönem*), nor start inside
//! a run of capitalized words and run on into lower-case ones (*Sea
//! coast*, *Denizi kıyısı* of the Caspian Sea coast, Hazar Denizi
//! kıyısı: the span has cut a name in two; a hyphenated chain of names
//! after a name starts a name of its own).
//! A name that opens with a year and ends in a name head is a candidate
//! with its year (*1970 UNESCO Convention*, *1970 UNESCO Sözleşmesi*).
//! Three kinds of candidate go past those limits, up to twelve words: a
//! capitalized name joined by *on* or *for* after a name head (*Law on the
//! Conservation of Cultural and Natural Property*; also cut before a later
//! *in*, *under* or *to*, where a place may follow: *High Council for the
//! Conservation of Cultural Property | in Ankara*) or longer than six
//! words (in Turkish across *ve* only after a modifier of one or two words
//! and up to a name head: *Sosyal Sigortalar ve Genel Sağlık Sigortası
//! Kanunu*; a longer run with *ve* mostly joins two names), a name with a list inside, across its commas (*Ministry of
//! Environment, Urbanization and Climate Change*: a name head with *of*,
//! *on* or *for* before the list in English; *Çevre, Şehircilik ve İklim
//! Değişikliği Bakanlığı*: a name head at the end in Turkish), and an
//! acronym's definition found letter by letter (*General
//! Directorate of Cultural Heritage and Museums (GDCHM)*).
//!
//! Inflected forms share a key: the apostrophe suffix is cut (Türkiye'nin,
//! Türkiye’de → Türkiye; İHA'lar → İHA; UAVs → UAV), then each word is
//! lowercased for its language and folded with dotted and dotless i merged
//! (HAKİM = HAKIM), circumflexes dropped and hyphens removed (TB-2 = TB2).
//! A Turkish word is keyed by its lemma: the word read as a one-word form
//! of the shipped word lists followed by a chain of case, plural,
//! possessive and copula suffixes with vowel harmony (*kazısının*,
//! *kazıda*, *kazılar* → *kazı*; *fındığı* → *fındık*; the longest such
//! form wins, so *kanunu* is *kanun*, not *kan*), or, in the text at hand,
//! as a word the text also has on its own (*höyüğü* with *höyük*, a
//! dropped vowel put back, a softened consonant hardened or a doubled one
//! made single: *nehri* → *nehir*, *hakkı* → *hak*), keyed as that word
//! is (*gücünü* reads as *gücü*, keyed *güç*; not as a stop word:
//! *birini* is not keyed *bir*). The first- and
//! second-person singular possessives are not read (*kurum* is not
//! *kuru* with -m). A word read neither way is stemmed with the Snowball Turkish
//! stemmer, whose stems alone are unstable (*kazı* → *kaz*, *kazısı* →
//! *kazıs*; *fındık* → *f*); a stem that only drops a final n or m after
//! ı, i, o, ö, u or ü, read as those possessives, is refused
//! (*konservasyon* keeps its n, as *konservasyonu* does), and so is one
//! that only drops a final -Iz, read as "we are" (*anız* keeps its letters,
//! as *anızı* does; *kesintisiz* is not *kesintis*). Capitalized words are not stemmed: Turkish
//! writes a name's suffixes after an apostrophe, and stemming a name
//! damages it (Aliyeva is not Aliyev + the dative -a); a capital at the
//! start of a sentence, or on any word of a title in title case (*Fındık
//! ve Çay Tarımı*), is read as the lower-case word when the text has
//! that word or its lemma in lower case, or the word lists have its lemma
//! (*Gebelikte* opening a sentence is *gebelik*); at the start of a
//! sentence it is then keyed as that word too (*Yanan alanın* with
//! *yanan alanlar*).
//! English words lose plural endings only (Harman's S-stemmer:
//! -ies → -y, -es → -e, -s): the Snowball English stemmer also strips
//! derivations (regional → region, security and secured → secur) and would
//! merge distinct terms, so its stems serve word links only (below).
//! Acronyms (two to six capitals) are only case-folded, and are never
//! function words (*WHO* is not *who*); a word written in lower case more
//! often than in capitals is no acronym (*GRID* in a line in capitals,
//! beside *grid* elsewhere).
//!
//! Termhood is the C-value of Frantzi, Ananiadou and Mima over those keys,
//! with `log2(|a| + 1)` so that single words count:
//! `C(a) = log2(|a|+1) · (f(a) − mean f(b) over the longer candidates b
//! that contain a)`. A candidate is *strong* when it is a name (in most of
//! its occurrences a whole run of capitalized words, such as Shusha
//! Declaration; a capital at the start of a sentence counts only on a word
//! never seen in lower case and not in a general word list, under any
//! ending (*Gebelikte* beside *gebeliğin*), except in a heading in capitals;
//! one word written in capitals, such a word too, is capitalized by its
//! line and no name (*CONTEXT*, *BAĞLAMINDA* in a title), and so is one
//! word capitalized in a line that capitalizes every content word of
//! three or more, or of two after a section number (*Amendments* in a
//! title in title case, *Fleets* in *7. Airlines and Fleets*); in such a line
//! a capital counts on no word the text also writes in lower case as it
//! stands (*Tea Farming* in a title, beside *tea farming*); a run of
//! capitalized words stops where a hyphenated chain of names follows another
//! name: Hava Komuta ve Kontrol Sistemi | Bakü-Tiflis-Kars demiryolu, while
//! Baku-Tbilisi-Ceyhan Pipeline stays whole), an acronym or its definition
//! ("Unmanned Aerial Vehicles (UAVs)", "insansız hava araçlarının (İHA)",
//! "UAV (Unmanned Aerial Vehicles)": the words before or inside the
//! parentheses whose initials spell the acronym; else, by Schwartz and
//! Hearst (2003), whose letters spell it in order with the first at a word
//! start, as in Trans-Anatolian Natural Gas Pipeline (TANAP) and Food and
//! Agriculture Organization (FAO), or in one long lower-case word, as in
//! photovoltaic (PV) (at least twice the acronym's letters), taken back to the start of a name it
//! would cut when that name's first word also spells the first letter
//! (Energy Exchange Istanbul (EXIST), not Exchange Istanbul); else, for an acronym of the other
//! language such as State Hydraulic Works (DSİ), a capitalized run of as
//! many words as the acronym has letters, kept only when the other
//! language's text spells that acronym out by its letters), a quoted term
//! ('Orta Koridor'), a whole item of a keyword list, or a term of a prior
//! glossary. Termhood in `0..=1` is 1 for a strong candidate, else
//! `min(1, C / 2)`; 0 for a coordination ("Baku and Ankara") whose two parts
//! occur more often on their own, or that joins two noun phrases (the word
//! before the conjunction inflected: costs and European Union food safety).
//!
//! # 2. Variant reconciliation, per language
//!
//! Candidates with different keys are merged into one term when:
//! * they are equal once spaces are removed too (askeri-teknik = askeri
//!   teknik), and, in English, once British spellings are made American
//!   (salinisation = salinization, centre = center, analyse = analyze,
//!   archaeological = archeological, burnt = burned, artefact =
//!   artifact; both
//!   spellings must occur), confidence 1.0; so too spellings that differ
//!   only in where they put spaces and hyphens once closed up, the last
//!   word keyed alone (lityum-iyon batarya = lityum iyon bataryalarla,
//!   doğalgazın = doğal gaz), as a word's own key stems a hyphenated word
//!   whole but spaced words apart; and, in Turkish, a word written closed
//!   up whose letters are a spaced spelling's key and a suffix chain
//!   (kızılçamın = Kızıl çamın: Snowball reads kızılçam as kızılça with a
//!   possessive, so the word's own key is not the spaced one's);
//! * a name of two words or more, read in lower case, has the key of a
//!   common term of the text (the heading Employment Contracts beside
//!   employment contract; 35 Regional Conservation Councils beside the
//!   regional conservation councils): a capitalized word keeps its letters
//!   in its key, so the two would otherwise stay apart. The merged term
//!   stays common, not a name;
//! * both are capitalized (names or parts of names) with the same
//!   [`name_key`](crate::translit::name_key) (Çapkin = Chapkin, Bagayeva =
//!   Baqaeva, Þanlýurfa = Şanlıurfa), confidence 0.95;
//! * one is damaged (a `?` or U+FFFD for a lost letter: `?anl?urfa`; or one
//!   non-ASCII letter of the other dropped: Davutolu for Davutoğlu) and
//!   [`fuzzy_match`](crate::translit::fuzzy_match) accepts the pair,
//!   confidence 0.85;
//! * a prior glossary lists both spellings under one entry (Turkey and
//!   Türkiye in English text).
//!
//! Two names that [`fuzzy_match`](crate::translit::fuzzy_match) accepts
//! without any of this evidence are not merged: each gets a
//! [`LinkKind::PossibleVariantOf`] link to the other with the
//! [`similar`](crate::translit::similar) score as confidence. Look-alikes
//! that differ in their last letter (Aliyev/Aliyeva, Petrov/Petrova) are
//! refused by `fuzzy_match` and by the name key, and names that differ in
//! a number or in a word the general word lists know on both sides get no
//! link at all (6331 sayılı Kanun and 6356 sayılı Kanun, two laws;
//! Kişisel Verileri Koruma Kurulu, the board, and Kurumu, the authority).
//! A one-word name written alike in both languages that is the last word
//! of exactly one longer name entry in both (Aksu beside Kerem Aksu) gets
//! a [`LinkKind::PossibleVariantOf`] link to it at confidence 0.5: most
//! likely the surname used alone, but it may name someone or something
//! else (the Aksu river), so it is not merged. Words that are not
//! capitalized are never merged by the name key, since it merges letters
//! (k/g, c/j) that tell common words apart.
//!
//! **Canonical form.** Of a term's spellings (apostrophe suffixes cut), the
//! citation form is the first by: (1) no damage mark; (2) not capitalized
//! only because it starts sentences, when a lower-case spelling exists (such
//! a spelling competes as its lower-case form instead: Soil
//! salinization, first seen, beside soil salinisation is cited soil
//! salinization; Rüzgâr enerji santrali beside rüzgar enerji santrallerinin
//! is cited rüzgâr enerji santrali); (3)
//! not in capitals, unless every spelling is (Türkiye before TÜRKİYE; HAKİM
//! and HAKIM are both capitals) or the term is one word of six letters or
//! fewer written in capitals more often than not, an acronym's spelling
//! (ÇAYKUR three times beside Çaykur once); (4) not capitalized unless the term is a
//! name; (5) in English, not *self* written apart (self consumption after
//! self-consumption: English hyphenates self- compounds, and a tie of
//! votes below goes the same way); (6) the least inflection (the fewest
//! letters beyond the key in its last word); (7) the highest count; (8) the
//! most non-ASCII letters (HAKİM before HAKIM, Şuşa before Susa); (9) first
//! seen; but of two spellings in different case seen as often, the one the
//! paired term in the other language is spelled as (COVID-19, not
//! Covid-19, beside the Turkish COVID-19); in Turkish, before (6),
//! a spelling whose head lacks the compound marker another spelling has
//! (kuraklık yönetim, cut from kuraklık yönetim planı, after kuraklık
//! yönetimi) comes last, and a spelling with fewer modifiers inflected
//! comes first (güçlendirme maliyetini before güçlendirmenin maliyeti). A common term seen only at the start of sentences
//! (a heading in capitals aside, and spellings inside a sentence with
//! every word capitalized, which have the case of the longer name they
//! stand in: Yenilenebilir Enerji Kaynak of Yenilenebilir Enerji Kaynak
//! Alanı) is cited in lower case (Digital customs → digital customs;
//! Natural property opening a sentence, not Natural Property of a law's
//! title, → natural property) unless its translation is a name or starts with a
//! capitalized word inside a sentence (Karadeniz kıyısı, for the Black Sea
//! coast), or its first word holds a digit (Covid-19 vaccine: a code
//! or a name). A term of two words or more met only in capitals (a
//! heading) whose translation is cited in lower case is cited in lower
//! case too, its capitals kept as a variant (JEOPOLİTİK KONUMLANMASI →
//! jeopolitik konumlanma, for geopolitical position). Otherwise a term of
//! two words or more met only in capitals is cited as the text's running
//! sentences write its words: a word written in lower case there, or a common word
//! of the lists, in lower case; a word written there with an initial
//! capital, as a name's; an acronym in capitals; the words before a
//! name's last word as the name's (THE BAKU-KARS LINE → Baku-Kars line,
//! BAKÜ-KARS HATTI → Bakü-Kars hattı). A word the text writes nowhere
//! else and the lists lack says nothing of case: the spelling stays in
//! capitals. One word capitalized only at sentence starts on both sides,
//! plural on both, the Turkish plural suffix written without an
//! apostrophe, is a pair of common nouns (Inverters ↔ İnvertörler →
//! inverter ↔ invertör): Turkish writes a name's suffixes after an
//! apostrophe. So is a term capitalized only at sentence starts whose
//! translation is written in lower case wherever it occurs (Fotogrametri
//! opening a sentence, for photogrammetry → fotogrametri). That spelling
//! is then put in the nominative
//! singular by [`citation_form`] (insansız hava araçlarının → insansız hava
//! aracı, dış müdahaleye → dış müdahale, water user associations → water
//! user association, Unmanned Aerial Vehicles → Unmanned Aerial Vehicle as
//! the definition of UAVs; names, plural-only nouns such as customs, and
//! -ss/-us/-is/-ics words stay, and so does an English noun after *zero*,
//! which takes the plural: net zero emissions; and so does a Turkish word a word list
//! has with its -lAr: ABD doları is dolar + -ı, not do + -ları; insan
//! hakları keeps the listed plural haklar); each spelling votes by its count for the
//! form its rules give, so that an unambiguous spelling (blok trenler, a
//! bare plural) outvotes an ambiguous one (blok trenleri, possessive or
//! accusative). Votes tied between spellings of one form (hyphens,
//! spaces, case and British or American spelling aside) go to the one
//! whose words the text writes so most often, counting a word's plural and
//! possessive and taking the least-written word of each spelling
//! (wastewater treatment plant beside waste-water treatment plant); only the
//! words the spellings differ in count (labour force participation rate
//! beside labor force participation rate goes by labour and labor, not by
//! rate; işgücü piyasası beside iş gücü piyasası by işgücü); then
//! to the one with fewer hyphens between full words (reinforced concrete
//! beside reinforced-concrete; e-mail keeps its hyphen); then to the one
//! the text writes first (fire watchtower before fire watch tower, civil
//! society organisation before civil society organization). Every other
//! spelling is listed as a variant with its count, except a name's
//! spelling in lower case met only in translated sentences whose other
//! side lacks the name's translation: that is a common noun phrase of its
//! own (Turkish labour law ↔ Türk iş hukuku beside the Labour Law ↔ İş
//! Kanunu), no variant of the name.
//!
//! # 3. Bilingual pairing
//!
//! For each aligned unit (a bead; two keyword lists with as many items are
//! split into one unit per item pair), every English candidate is scored
//! against every Turkish candidate of the same unit. Word links `w(e, t)` in
//! `0..=1` come from: equal numbers; a word pair of a prior glossary or a
//! general word list (1, or 0.999 through the English Snowball stem alone,
//! so that a listed word beside its derivative takes its own translation:
//! date ↔ tarihini beside radiocarbon dating; a stem that keeps half the
//! word or more, as lawfulness, cut to law, is too far from it; a Turkish
//! stem of three letters or fewer only where the word reads as its
//! inflection, as aynı, same, cut to ay, month, does not; 0.999 also for a
//! Turkish word the lists give as another English word's translation,
//! reached by an ending: tehlikeli, hazardous, from hazard ↔ tehlike, so
//! that *hazard class* beside *hazardous* takes tehlike sınıfı, and for an
//! inflected form of another listed word that the English word's
//! translation only derives: fidanlığında, of fidanlık, nursery, beside
//! seedling ↔ fidan; 0.9 for a Turkish noun of four letters or more from
//! which the English word's listed translation is derived, forestry ↔
//! orman through ormancılık, as Turkish names an activity by its object in
//! compounds, orman bölge müdürlüğü; by Snowball stem, or the
//! Turkish word starting with
//! the listed one: kapasitesi ~ kapasite; a listed form of three letters or
//! fewer only before one inflectional ending, so that *kâr* does not begin
//! *karar*; a noun of `data/vowel_drop.tr` also with its last vowel dropped
//! before a vowel: iznine ~ izin; an English past participle and the
//! Turkish passive participle of the listed verb: treated ~ arıtılmış,
//! through treat ↔ arıt; the English word of a listed verbal noun and
//! that noun's passive: processing ~ işlenmesi, through processing ↔
//! işleme); the same word, or capitalized
//! words with one name key; loans: the English word written as Turkish
//! writes a borrowed word (ph → f, th → t, c → k or s, -tion → -syon,
//! -ical → -ik, -ism → -izm, an agent noun's -tor or -ter → -tör (sector →
//! sektör, inverter → invertör), a plural borrowed by its singular, s
//! between vowels → z, a final silent e dropped, a doubled consonant
//! written once, a participle in -ated or -ited with a final -e as French
//! gave it: accredited → akredite, isolated → izole; an i before a vowel
//! after a consonant read also as the glide alone: lithium → lityum
//! beside biometric → biyometrik), four letters
//! or more, equal to the Turkish word or inflected in it (stratigraphy ↔
//! stratigrafisi, conservation ↔ konservasyonu: 1); cognates (`similar ≥
//! 0.8` of the two words or of the loan spelling, words of five letters
//! or more, scaled to `0.4..=1`); a hyphenated English word through its
//! parts (rock-cut ↔ kaya, coal-fired ↔ kömür, low-interest ↔ düşük and
//! faizli: Turkish writes such a modifier as the translation of a part,
//! or of each part, or borrows the part: lithium-ion ↔ lityum and iyon,
//! a loan needing no evidence of its own; at 0.95, and not through a part that is also a word
//! of its own in the sentence: storage, beside pumped-storage, takes its
//! own translation), or, for certain, to a hyphenated Turkish word whose
//! parts translate its parts in the same order (water-energy-food ↔
//! su-enerji-gıda); word Dice over the units (two words that
//! co-occur in two units or more; statistical links are scaled by 0.95 so
//! that dictionary links win ties); IBM Model 1 translation probabilities
//! (five EM iterations each way, the geometric mean of both directions,
//! damped below 50 units). Within a unit, words are then linked
//! competitively (Melamed 2000): strongest link first, each word at most
//! once, so that a word the dictionary explains (investment ↔ yatırım)
//! cannot also claim a co-occurring one. One exception, closed compounds:
//! an English word linked to one Turkish word also takes the unlinked
//! Turkish word next to it when the word cuts into two words of their own
//! in the same modifier–head order and the part left over translates that
//! word (wastewater ↔ atık su, through water ↔ su); and the other way
//! round, two adjacent English words link to one Turkish word written as
//! their translations run together (natural gas ↔ doğalgaz, through
//! natural ↔ doğal and gas ↔ gaz; carbon dioxide ↔ karbondioksit, two
//! loans), a certain link of either word elsewhere passing to another
//! occurrence of that word that has none (the karbon of *karbon yutağı*,
//! taken by the carbon of *carbon dioxide* in a tie, goes to the carbon
//! of *carbon sink*); a Turkish word a word list gives for an English phrase links
//! to its words where they stand together (santral ↔ power plant), less a
//! modifier linked to the Turkish word right before it (solar power plant
//! ↔ güneş enerjisi santrali, power ↔ enerji learnt). A word whose
//! statistical link (0.9 or more, and at least as strong) is to the word
//! its neighbour took joins that link, leaving a weaker one: two words of
//! one side the corpus translates by one word of the other (stink bug ↔
//! kokarca, epicentre ↔ merkez üssü), which competitive linking would
//! split, one of them pairing by chance (bug ↔ mücadele); so does a
//! modifier the corpus never shows without its head, with no link of its
//! own, linked by half or more to the word the head took statistically, as its other uses spread
//! its own association (net of net metering ↔ mahsuplaşma, beside net
//! zero; a word after its neighbour does not: kilovatsaat başına is per
//! kilowatt-hour). An English closed compound that no link explains also links two
//! adjacent free Turkish words when one of its parts is spelled as one of
//! them and the other part translates the other (papillomavirus ↔
//! papilloma virüsü, through virus ↔ virüs), or the two Turkish words are a
//! noun compound (its head with the compound marker), one part translates
//! one of them for certain, and the other part is an English word of its
//! own (watchtower ↔ gözetleme kulesi, through tower ↔ kule; firefighter ↔
//! yangın işçisi). A fragment (below) lies inside a longer term when its
//! key's words do, or when every occurrence lies inside one of the
//! longer term's (fire watch, in fire watch towers, inside fire
//! watchtower). A word linked to several words of the other language links
//! them all inside a candidate pair or none (neither *carbon* ↔
//! *karbondioksit* nor *administrative fine* ↔ *idari para*, where fine ↔
//! *para cezası*). An English word a word list translates by a phrase
//! (polio ↔ çocuk felci) links all its words where they stand together,
//! also when the word already links one of them for certain (pottery ↔
//! *çömlek* grows to *çanak çömlek*: pottery sherd ↔ *çanak çömlek
//! parçası*); a certain link of another word to a word of the phrase
//! passes to another occurrence of that Turkish word that has none
//! (specific ↔ the *belirli* of *belirli süreli*, beside *belirli bir
//! iş*, so fixed-term contract ↔ *belirli süreli iş sözleşmesi*). A word met twice in a
//! unit links, on a tie, to the occurrence nearer (three words or fewer)
//! the strongest partner of the English word beside it (day-ahead market
//! ↔ gün öncesi piyasası, in a sentence that also says Enerji Piyasaları:
//! market takes the piyasa after gün), and where its neighbours link for certain too (a
//! chance link of a neighbour would cross the links; a certain link by the
//! stem counts as one by the word; a capitalized word inside a sentence,
//! keyed with its letters as a name's word is, is the common word it
//! spells, to the word lists and here: *Museums* of a directorate's name
//! beside *state museums* takes the name's *Müzeler*, and *Tea
//! Enterprises* links *Çay İşletmeleri* through enterprise ↔ işletme). An English ordinal
//! (first, 19th, the first part of first-degree) links a Turkish one in
//! digits (1., 19.), and a word also takes, before its Turkish
//! translation, its own loan spelling as that word's modifier (site ↔
//! sit alanı, through site ↔ alan). Inside a candidate
//! pair, elimination links the one word left unlinked on each side when both
//! are free in the unit and in the same place from the head (building
//! permit ↔ yapı ruhsatı, with building ↔ yapı known), and the Turkish
//! word is unknown to the dictionaries — or known in another sense, when
//! both terms read as noun compounds and the word is the head or the word
//! before it (public health ↔ halk sağlığı: adjacent words, singular English
//! modifiers, no English verb, superlative or -ed word, no noun right
//! before them that would make them the end of a longer compound, though
//! an adjective that never opens a term may stand there: large irrigation
//! schemes ↔ büyük sulama şebekelerini gives irrigation scheme ↔ sulama
//! şebekesi, şebeke listed as grid; a Turkish head with
//! the compound marker after a bare noun that is no adjective), or both
//! words are the heads of two-word terms, the English one a dictionary
//! word after a singular modifier and the Turkish one marked as a
//! compound's head, before any case ending (law firm ↔ hukuk bürosunun,
//! firm listed as şirket; risk assessment ↔ risk tespitiyle), or the
//! Turkish word is not the term's last and the English word is in no word
//! list, nor a participle, comparative or superlative (shear wall ↔ perde
//! duvar, perde listed as curtain: a verb after the term would come last,
//! and the lists cannot have left out a translation of a word they do
//! not know), or the English word is the gerund head of its term and the
//! Turkish one the last word of its, every other word of the two linked
//! with certainty (stubble burning ↔ anız yakma, yakma listed for
//! incineration: the -ing word after a translated modifier names the
//! action the Turkish head names). One English word may also face two
//! Turkish words left over that make one noun compound (scree slope ↔
//! taş döküntüsü yamacı, fire break ↔ yangın emniyet şeridi): when the
//! English word is in no word list and is no participle, comparative,
//! superlative or verb in -ise/-ize/-ify, every other word links with
//! certainty, and the compound, in the English word's place from the
//! head, has no case ending before the term's last word. A Turkish
//! modifier with a case ending, a converb or a present participle is never
//! left over (baharda, in spring, is outside the term). A weak link between
//! the two leftovers themselves does not stop elimination when it is a
//! cognate (necropolis ↔ Nekropolü) or both terms read as noun compounds
//! (tea grower ↔ çay üreticisi). Parallel lists: when a unit's English
//! sentence and its Turkish one each hold exactly one list of one length,
//! three items or more (commas and a final *and*/*or*, *ve*/*veya*/*ya
//! da*; a conjunction between two capitalized words joins a name's words,
//! not items), and no word link joins an item to another item, the items
//! correspond in order. A statistical link across items gives way to one
//! inside the English word's own item when the statistics offer one
//! (anonymisation ↔ anonim, not *yok* of the item before, where the words
//! always met together in a title): the lists' order settles what the
//! statistics leave tied; a certain link across items is the translation's
//! own order and stands. Between two commas an item is
//! its words; at a list's edge it is the run of content words before the
//! first comma or after the conjunction, and counts whole only with as many
//! words as its counterpart; otherwise the words of it next to that comma
//! or conjunction, as many as its counterpart has, are the item (*silme*
//! of *kişisel veriler silme, yok etme ya da …* for *erasure, destruction
//! or …*). Two one-word items that no link touches, when
//! another item is linked, link by elimination (proportionality ↔
//! ölçülülük beside purpose limitation ↔ amaçla sınırlılık), and so do a
//! one-word English item and a Turkish one of two or three words where
//! the extent is sure: a middle item, a first item a function word opens
//! in both sentences (*include lawfulness*, *arasında hukuka uygunluk*),
//! or a last item a function word or punctuation closes in both
//! (*anonymisation.*, *anonim hale getirme yoluyla*). The English word then
//! links the Turkish item's words that no link touches, when its own
//! links stay inside that item (anonymisation ↔ anonim, so anonim hale
//! getirme); facing an item no link touches, its statistical links to
//! words outside the other list give way first (*destruction* ↔ *imha*
//! of the verb after the list, so destruction ↔ yok etme); two terms in
//! the same place are supported in that unit (`markup` 0.5 below); and a
//! candidate running from inside a middle item into a later one is a
//! coordination of items (*purpose limitation and proportionality*), no
//! term. Definitions: when both sentences of a unit define one term each
//! (English *known as*, *called*, *termed*, *referred to as* before it;
//! Turkish *denir*, *deniyor*, *adı verilir*, *olarak adlandırılır* and
//! the like after it, back to the thing named, which takes the dative:
//! *bu uygulamaya üretim kısıtlaması deniyor*), the two terms correspond
//! (`markup` 1, as quoted terms), and the one word of one that no link
//! touches links the other's one such word, or all its words when none
//! of them is linked (curtailment ↔ üretim kısıtlaması). Two names, each
//! the whole capitalized run before the same acronym in parentheses
//! (*Turkish Employment Agency (İŞKUR)* ↔ *Türkiye İş Kurumu (İŞKUR)*),
//! correspond too (`markup` 1): the acronym names one body whatever its
//! letters spell. So do two runs in lower case before one acronym in
//! parentheses that one of them spells out (*joint health and safety unit
//! (OSGB)* ↔ *ortak sağlık ve güvenlik birimi (OSGB)*), each run opening
//! its noun phrase (a function word before it, not a content word or a
//! word of degree: not *büyük yer ivmesi* of *en büyük yer ivmesi*); such
//! a pair is taken although a coordination, and its parts met only inside
//! it on both sides are no entries. The score parts of a
//! term pair
//! (see [`ScoreParts`]):
//! * `lexical`: the harmonic mean of the two coverages (the mean over the
//!   English words of their link into the Turkish term, and the same from
//!   the Turkish side); the best over the units the pair occurs in. Inside
//!   a pair of two words or more (not a name) that the links cover at 0.9
//!   or more and that occurs in another unit too, each word of a longer
//!   pair around it counts as covered as well as that pair is
//!   (occupational safety specialist ↔ *iş güvenliği uzmanı* around the
//!   keyword pair occupational safety ↔ *iş güvenliği*, where *iş*, the
//!   word of a hundred terms, links occupational barely). A pair
//!   with a coverage below 0.5 is not considered unless a prior, acronym or
//!   markup part supports it, or its terms (one of them two words or
//!   more) occur together in three distinct units or more (a segment
//!   repeated word for word counts once) with a unit Dice of 0.8 or more,
//!   and some word links join them (`lexical` 0.3 or more in some unit,
//!   or support by links in another): a term translated as a whole
//!   (*data subject* ↔ *ilgili kişi*);
//! * `dice`: `2·f(e,t) / (f(e) + f(t))` over units; `llr`: Dunning's G² of
//!   the same 2×2 table;
//! * `glossary` 1 when a prior glossary has the pair; `acronym` 1 when the
//!   two acronyms' definitions pair (or the two definitions' acronyms pair,
//!   or they are the only acronyms of a unit, of equal length, leaving out
//!   those written alike in both languages and those inside another's
//!   definition, like A.Ş. in Enerji Piyasaları İşletme A.Ş.); `name` 1
//!   when both are names and every word is linked, or exactly one word on
//!   each side is not (the generic heads: Lake Mogan ↔ Mogan Gölü), 0.5
//!   when both are names and `lexical ≥ 0.3`; `markup` 1 when both are quoted in one unit or are
//!   the two items of one keyword-list pair, or the terms the two
//!   sentences of a unit define, or two names before one acronym in
//!   parentheses, 0.5 when they are the same
//!   item of parallel lists (translations of each other, but a list's
//!   items need not be terms); `number` 1 when both contain
//!   the same number.
//!
//! `score = min(1, 0.45·lexical + 0.15·termhood + r·(0.1·dice +
//! 0.05·min(1, G²/10.83)) + 0.4·max(glossary, acronym) + 0.15·name +
//! 0.3·markup + 0.05·number)`, with `termhood` the mean of the two terms'
//! and `r = clamp((f(e,t) − 1) / 2, 0, 1)`: co-occurring once is no
//! association. Two terms of two or three words each (or two English
//! words and a Turkish closed compound, or one English word that is no
//! verb and two Turkish words: airspace ↔ hava sahası; not an ordinal
//! compound such as first-degree ↔ 1. derece, which qualifies a term) that translate word
//! for word through certain links (`lexical` ≥ 0.9: dictionary, identical
//! or name links, one elimination link) have a termhood of at least 0.65,
//! enough to reach the default minimum score seen once: the translation shows where
//! the term ends, which C-value cannot tell from one occurrence nested in a
//! longer run (*vaccination campaign* in "vaccination campaign last
//! spring"). A pair that only adds, to a pair of its own words, words before
//! it in English and after it in Turkish (*reduced river flow* ↔ *nehir
//! akışını azalttı* around *river flow* ↔ *nehir akışı*) is a clause around
//! a term, not a term: both languages put a noun's modifiers before it, and
//! a Turkish verb comes last (English *X of Y*, head first, is exempt;
//! so is a pair whose Turkish words after the shorter pair belong to its
//! translation: *administrative fine* ↔ *idari para cezası* around *fine*
//! ↔ *para*, where fine ↔ *para cezası*). Nor is a pair of two pairs
//! glued by a word or two on each side, one of the Turkish ones with a
//! case ending other than the genitive (*school meal programme offers
//! free fresh fruit* ↔ *okul yemeği programı öğrencilere ücretsiz taze
//! meyve*): a verb and its object, not a word of a term. A verbal noun in
//! -mA is no such word: it heads a compound after its dative object
//! (*işgücüne katılma oranı*, labour force participation rate). Neither rule
//! applies to a pair whose terms occur together as a term translated as a
//! whole does (see `lexical` above): a clause is not repeated word for
//! word. A Turkish genitive construction, a lowercase genitive before
//! the term's last word (*kızamığın yayılması*, spread of measles;
//! *belediyenin su arzı*), paired in one unit only, joins two phrases
//! and is no term; its parts stay free (water supply ↔ su arzı). Seen
//! in two units it is the text's own expression, and an English gerund
//! with its object (*processing of personal data* ↔ *kişisel verilerin
//! işlenmesi*) names an operation as regulations do: both stay. A pair nested in a longer pair whose terms the word links
//! cover (0.8 or more on each side), when it occurs mostly inside the
//! longer term on one side and neither of its terms is strong, gives way to
//! the longer pair (phrase-pair consistency: treatment plant ↔ arıtma tesisi
//! inside wastewater treatment plant ↔ atık su arıtma tesisi), which is
//! taken first on the shorter pair's score. A pair on the compositional
//! floor keeps its place (its translation marks where the term ends),
//! unless it is a coordination or opens with a compound participle and
//! the longer pair, covered as well, adds the head after it in both
//! languages: such modifiers qualify that head (technical and
//! administrative measure ↔ teknik ve idari tedbir, area-based income
//! support ↔ alan bazlı gelir desteği). A term of two words or more seen
//! twice or more, each time inside one candidate a word longer before it,
//! is no term on that side whatever its links cover (C-value's nesting):
//! the pair takes that longer term instead, on one side (filing system ↔
//! veri kayıt sistemi, where *kayıt sistemi* never stands alone) or on both
//! (fresh tea leaf ↔ yaş çay yaprağı, not tea leaf ↔ çay yaprağı), before
//! the shorter pair and on its score; nesting goes on outwards
//! (participation rate, always in force participation rate, always in
//! labour force participation rate). The same holds after the term when
//! both sides nest at once: a pair seen twice or more whose terms stand
//! (but for one occurrence in three, which may sit in a name that goes
//! on otherwise) only before one more word in each language is that
//! longer pair cut short (collective labour ↔ toplu iş, in collective
//! labour agreement ↔ toplu iş sözleşmesi); one side alone does not
//! count, since an English term goes on into the noun it modifies. A Turkish genitive before the term
//! names its possessor (*kadınların işgücüne katılma oranı*, the rate of
//! women), as an English of-phrase after it does: that run is no longer
//! term. Conversely, a pair whose English term adds,
//! before a joint (a preposition or an acronym), words that translate
//! nothing in the same Turkish term (coverage under 0.8) gives way to the
//! pair without them when the links cover that one (lexical ≥ 0.9) and it
//! reaches the minimum score: Nermin Aksoy of Fırat Vadisi University ↔
//! Fırat Vadisi Üniversitesi yields to Fırat Vadisi University, EU Data
//! Protection Directive ↔ Veri Koruma Direktifi to Data Protection
//! Directive. A pair of an English word and a Turkish term gives way, in
//! the same way, to the word list's English phrase for that Turkish term
//! ending in the word (plant ↔ santral to power plant ↔ santral).
//! Pairs are then taken best first, each English and each
//! Turkish term at most once (competitive linking; a pair whose terms are
//! both a role in lower case before a name in title case, the role
//! written so in one language at least, not only capitalized at a
//! sentence start, is no entry: the mediator Selin Kaya ↔ arabulucu Selin
//! Kaya leaves the name to pair alone), down to
//! [`GlossaryBuilder::min_score`] (default 0.5), leaving out section labels
//! of the priors (Abstract/Öz), a nationality adjective of the general
//! word list on its own (Syrian ↔ Suriyeli; a term that opens with one
//! keeps its capital: Syrian refugee ↔ Suriyeli mülteci), coordinations, a single common word seen in
//! fewer than three units, unless it is an item of parallel lists or a
//! loan (an unlisted word borrowed, or the loan of a listed English word
//! of eight letters or more, beside its listed translation: conservation
//! ↔ *konservasyon* besides *koruma*; not season ↔ *sezon*) (a term also written apart, reinforced concrete
//! beside reinforced-concrete, is a compound, not a single word; when the
//! word lists translate the two by each other, neither takes a lesser
//! partner after them: tariff ↔ tarife, seen once, leaves tariff no
//! Alım of Alım garantisi), and a single word whose translation comes from a
//! general word list alone (general vocabulary, not terminology: the two
//! words still translate each other, so the other word then pairs with a
//! longer term only if it meets that term more consistently, by Dice, than
//! the word itself: labour force ↔ işgücü beside labour ↔ işgücü, but not
//! open-ended contract ↔ sözleşme beside contract ↔ sözleşme), nor a
//! single English past participle or -able adjective of a listed verb
//! (installed, occurred; Licensed too, capitalized only at sentence
//! starts), nor an adverb in -ly of a listed word (Separately), nor a
//! superlative of a listed adjective (nearest, largest; not forest), which
//! qualifies or states and names nothing, whatever Turkish
//! phrase it meets. A pair inside a pair of two strong terms already taken,
//! whose term on one side occurs only inside that pair's term and on the
//! other side also outside it, uses up the first side only: it will be
//! dropped as a fragment (below), and the other term stays free for its
//! own translation (höyük of Kemerli Höyük leaves the Turkish höyük,
//! also the common noun, to mound). Last, a
//! pair that contains a better pair and adds words that do not translate
//! (coverage under 0.8) is dropped (an extension: minister Rauf Aliyev opened ↔ bakan Rauf Aliyev),
//! and so is a pair whose terms lie inside the terms of a better pair, or of
//! a pair of two strong terms, with no occurrence of their own outside them
//! on one side (a fragment: Shusha inside Shusha Declaration), unless the
//! two are acronyms a prior glossary pairs (EU ↔ AB inside EU Birds
//! Directive ↔ AB Kuşlar Direktifi), or the English term is the whole of
//! one side of a common "X of Y" or "X and Y" (location data inside
//! location data of drivers; purpose limitation inside purpose limitation
//! and proportionality), or the longer pair only adds a general noun
//! after both terms (case ↔ vaka, service ↔ hizmet, process ↔ süreç:
//! polio case ↔ çocuk felci vakası), or in English before the term with
//! *of* (case of cervical cancer ↔ rahim ağzı kanseri vakası). Such a longer pair counts or offers
//! the term and gives way to it. So does a pair of names that only add
//! one word each before a person's name kept as a pair (two words or more
//! a side, none a common word of the word lists), when those two words
//! translate each other by the word lists or as a loan, and are no
//! nationality adjective: a title or a trade (Minister Rauf Aliyev ↔
//! Bakan Rauf Aliyev, Economist Leyla Aliyeva ↔ Ekonomist Leyla Aliyeva).
//!
//! # Limits
//! No part-of-speech tagging: English candidates can be verb phrases when a
//! verb is not in the stop list. Turkish citation forms come from rules,
//! not a morphological analyser: a noun modifier is told from an adjective
//! only by derivational suffixes (-sAl, -sIz, -lI, a name with -lI such
//! as Suriyeli, the ordinal -(I)ncI: ikinci doz) and short lists (plain adjectives such as derin, Arabic
//! ones such as askeri, with or without the circumflex: tarihî, French
//! loans such as stratejik and aktif, and a loan in -ik after a back vowel,
//! such as kronik, unless the word lists translate it only by nouns: a noun
//! in -ic such as traffic counts as one, so trafik rakamları is cited
//! trafik rakamı); after an adjective a final -I is
//! the accusative or a possessive and goes (antik kenti → antik kent;
//! also after the adjectives of time in -lIk, günlük harçlığı → günlük
//! harçlık, and after dışı, içi and arası, yasa dışı ithalatı → yasa dışı
//! ithalat; a state named in -lI, Selçuklu, is a noun: Selçuklu yapısı),
//! unless a genitive earlier in the term possesses the head (işlemenin
//! gerçek amacı stays) or a bare noun of the word lists stands before the
//! adjective, modifying adjective and head as one noun (kamu iktisadi
//! teşebbüsü, state economic enterprise; not an -lI word, yeterli idari
//! tedbir, nor the noun of *yasa dışı*); a head is a noun, so a word the
//! lists have both as an adjective and as a noun with its possessive
//! (merkezi, central; merkez-i) takes its case ending after that
//! possessive (tarihi merkezinin → tarihi merkez); so
//! -lArI after another adjective is read
//! as a compound marker (biyometrik verileri → biyometrik verisi; Türk
//! gönüllüleri → Türk gönüllüsü); case endings that can be part of
//! a stem (a locative after a short stem, a genitive after a consonant) are
//! cut only when the text has the bare form, or the stem is a softened
//! -lIk noun (zeytinliğin → zeytinlik). Statistics need repetition:
//! on a single abstract most pairs rest on word links and priors, so a pair
//! seen once whose words are in no word list is usually missed (elimination
//! within a sentence pair was tried and does not help without
//! part-of-speech information: the unexplained words are mostly verbs). Two
//! names written side by side without a hyphenated chain or an apostrophe
//! suffix between them form one capitalized run; a personal title before a
//! name (Professor, Dr, Mühendis: `data/titles.en`, `data/titles.tr`) is
//! left out of it, but a profession that is no title still joins it at the
//! start of a sentence (Economist Leyla Aliyeva). An acronym and its definition are two entries
//! joined by an [`LinkKind::AcronymOf`] link, not one concept. Time grows
//! with the number of candidate pairs per unit (up to about 400 × 400 for
//! two long sentences); it is meant for documents and translation memories
//! of thousands of units, not millions.

mod build;
mod candidates;
mod citation;
mod definition;
mod enumeration;
mod input;
mod lemma;
mod reconcile;
mod token;

use crate::align::{Aligner, DocumentError};
use crate::glossary::{Evidence, Glossary};
use crate::Lang;

pub use candidates::{candidates, Candidate};
pub use citation::citation_form;
pub use input::Error;

#[allow(unused_imports)]
use crate::glossary::{LinkKind, ScoreParts};

/// One sentence of one language.
#[derive(Debug, Clone)]
pub(crate) struct Sentence {
    pub text: String,
    pub items: Vec<token::Item>,
}

/// One aligned unit: a sentence (or joined sentences) of each side, and
/// where it came from.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    pub en: usize,
    pub tr: usize,
    pub evidence: Evidence,
    /// The unit is one item pair of two keyword lists.
    pub list_item: bool,
}

/// Aligned English–Turkish text to build a glossary from.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub(crate) en: Vec<Sentence>,
    pub(crate) tr: Vec<Sentence>,
    pub(crate) units: Vec<Unit>,
}

/// Labels that open a keyword list.
const LIST_LABELS: [&str; 6] = [
    "keywords",
    "key words",
    "anahtar kelimeler",
    "anahtar sözcükler",
    "jel codes",
    "jel kodları",
];

impl Corpus {
    /// An empty corpus.
    pub fn new() -> Self {
        Corpus::default()
    }

    /// Appends another corpus (its sentences and units) to this one.
    ///
    /// # Examples
    /// ```
    /// use bitext::glossary::Evidence;
    /// use bitext::terms::Corpus;
    /// let ev = Evidence { src_line: 1, tgt_line: 1 };
    /// let mut a = Corpus::new();
    /// a.add_pair("Baku", "Bakü", ev);
    /// let mut b = Corpus::new();
    /// b.add_pair("Shusha", "Şuşa", ev);
    /// a.append(b);
    /// assert_eq!(a.units(), 2);
    /// ```
    pub fn append(&mut self, other: Corpus) {
        let (en0, tr0) = (self.en.len(), self.tr.len());
        self.en.extend(other.en);
        self.tr.extend(other.tr);
        self.units.extend(other.units.into_iter().map(|mut u| {
            u.en += en0;
            u.tr += tr0;
            u
        }));
    }

    /// The number of aligned units.
    pub fn units(&self) -> usize {
        self.units.len()
    }

    fn push(&mut self, lang: Lang, text: &str) -> usize {
        let sentence = Sentence {
            text: text.to_owned(),
            items: token::tokenize(text, lang),
        };
        let side = if lang == Lang::Tr {
            &mut self.tr
        } else {
            &mut self.en
        };
        side.push(sentence);
        side.len() - 1
    }

    /// Adds an aligned pair (one or more sentences per side). Two keyword
    /// lists with the same number of items (three or more, each of at most
    /// six words; a leading label such as `Keywords:` is dropped) are added
    /// as one unit per item pair, in order.
    ///
    /// # Examples
    /// ```
    /// use bitext::glossary::Evidence;
    /// use bitext::terms::Corpus;
    /// let mut c = Corpus::new();
    /// let ev = Evidence { src_line: 3, tgt_line: 9 };
    /// c.add_pair("Keywords: Karabakh, balance of power, UAV.", "Anahtar Kelimeler: Karabağ, güç dengesi, İHA.", ev);
    /// assert_eq!(c.units(), 3);
    /// ```
    pub fn add_pair(&mut self, en: &str, tr: &str, evidence: Evidence) {
        if let (Some(en_items), Some(tr_items)) = (list_items(en), list_items(tr)) {
            if en_items.len() == tr_items.len() {
                for (e, t) in en_items.iter().zip(&tr_items) {
                    let en_i = self.push(Lang::En, e);
                    let tr_i = self.push(Lang::Tr, t);
                    self.units.push(Unit {
                        en: en_i,
                        tr: tr_i,
                        evidence,
                        list_item: true,
                    });
                }
                return;
            }
        }
        let en_i = self.push(Lang::En, en);
        let tr_i = self.push(Lang::Tr, tr);
        self.units.push(Unit {
            en: en_i,
            tr: tr_i,
            evidence,
            list_item: false,
        });
    }

    /// Adds a sentence with no counterpart: it counts for candidate
    /// frequencies and spellings, not for pairing.
    ///
    /// # Examples
    /// ```
    /// use bitext::terms::Corpus;
    /// use bitext::Lang;
    /// let mut c = Corpus::new();
    /// c.add_unpaired(Lang::En, "The HAKIM project continued.");
    /// assert_eq!(c.units(), 0);
    /// ```
    pub fn add_unpaired(&mut self, lang: Lang, sentence: &str) {
        self.push(lang, sentence);
    }

    /// Splits a mixed document (an English abstract and a Turkish Öz, say),
    /// aligns it with [`Aligner::align_document`], and adds every bead;
    /// sentences left unaligned are added unpaired. Evidence lines are the
    /// lines of the cleaned document text the aligner works on.
    ///
    /// # Errors
    /// [`DocumentError`] when the document does not hold two languages;
    /// [`DocumentError::OneLanguage`] also when they are not English and
    /// Turkish.
    ///
    /// # Examples
    /// ```
    /// use bitext::terms::Corpus;
    /// let doc = "Abstract: The Shusha Declaration shaped the South Caucasus.\n\n\
    ///            Öz: Şuşa Deklarasyonu Güney Kafkasya'yı şekillendirdi.\n";
    /// let c = Corpus::from_document(doc)?;
    /// assert_eq!(c.units(), 1);
    /// # Ok::<(), bitext::align::DocumentError>(())
    /// ```
    pub fn from_document(text: &str) -> Result<Corpus, DocumentError> {
        let doc = Aligner::default().align_document(text, Some((Lang::En, Lang::Tr)))?;
        let a = &doc.aligned;
        if a.src_sentences.is_empty() || a.tgt_sentences.is_empty() {
            let found = if a.src_sentences.is_empty() {
                "tr"
            } else {
                "en"
            };
            return Err(DocumentError::OneLanguage {
                found: found.to_owned(),
            });
        }
        let mut corpus = Corpus::new();
        let text = doc.text.as_str();
        corpus.add_alignment(
            text,
            text,
            &a.src_sentences,
            &a.tgt_sentences,
            a.alignment.beads(),
        );
        Ok(corpus)
    }

    /// Segments and aligns an English text and its Turkish translation (in
    /// either order: the languages are detected) and adds every bead.
    /// Both texts are cleaned first ([`crate::text::clean`]); evidence lines are
    /// the lines of the cleaned texts where a bead starts.
    ///
    /// # Examples
    /// ```
    /// use bitext::terms::Corpus;
    /// let c = Corpus::from_texts("Baku is the capital. It lies on the Caspian Sea.",
    ///                            "Bakü başkenttir. Hazar Denizi kıyısındadır.");
    /// assert_eq!(c.units(), 2);
    /// ```
    pub fn from_texts(a: &str, b: &str) -> Corpus {
        let a = crate::text::clean(a).text;
        let b = crate::text::clean(b).text;
        let (a, b) = (a.as_str(), b.as_str());
        let r = Aligner::default().align_texts(a, b, Lang::Und, Lang::Und);
        let mut corpus = Corpus::new();
        if r.src_lang == Lang::Tr && r.tgt_lang != Lang::Tr {
            // Swap so that English is the source.
            let swapped = Aligner::default().align_texts(b, a, Lang::En, Lang::Tr);
            corpus.add_alignment(
                b,
                a,
                &swapped.src_sentences,
                &swapped.tgt_sentences,
                swapped.alignment.beads(),
            );
        } else {
            corpus.add_alignment(
                a,
                b,
                &r.src_sentences,
                &r.tgt_sentences,
                r.alignment.beads(),
            );
        }
        corpus
    }

    /// Adds every bead of an alignment that is already made: `en` and `tr`
    /// are sentence spans into `en_text` and `tr_text`, `beads` index them
    /// (English as the source side). Evidence lines are the lines of the
    /// texts where a bead starts.
    ///
    /// # Examples
    /// ```
    /// use bitext::{align::Aligner, terms::Corpus, Lang};
    /// let (en, tr) = ("Baku is the capital.", "Bakü başkenttir.");
    /// let a = Aligner::default().align_texts(en, tr, Lang::En, Lang::Tr);
    /// let mut corpus = Corpus::new();
    /// corpus.add_alignment(en, tr, &a.src_sentences, &a.tgt_sentences, a.alignment.beads());
    /// assert_eq!(corpus.units(), 1);
    /// ```
    pub fn add_alignment(
        &mut self,
        en_text: &str,
        tr_text: &str,
        en: &[crate::Span],
        tr: &[crate::Span],
        beads: &[crate::align::Bead],
    ) {
        let join = |text: &str, spans: &[crate::Span], r: std::ops::Range<usize>| -> String {
            spans
                .get(r)
                .unwrap_or(&[])
                .iter()
                .filter_map(|s| s.slice(text))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let line_of = |text: &str, spans: &[crate::Span], i: usize| -> usize {
            spans.get(i).map_or(0, |s| {
                text.as_bytes()
                    .get(..s.start)
                    .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
                    + 1
            })
        };
        for bead in beads {
            let (s, t) = (bead.src(), bead.tgt());
            let e = join(en_text, en, s.clone());
            let r = join(tr_text, tr, t.clone());
            match (s.is_empty(), t.is_empty()) {
                (false, false) => self.add_pair(
                    &e,
                    &r,
                    Evidence {
                        src_line: line_of(en_text, en, s.start),
                        tgt_line: line_of(tr_text, tr, t.start),
                    },
                ),
                (false, true) => self.add_unpaired(Lang::En, &e),
                (true, false) => self.add_unpaired(Lang::Tr, &r),
                (true, true) => {}
            }
        }
    }
}

/// The items of a keyword list, or `None` when the text is not one.
fn list_items(text: &str) -> Option<Vec<String>> {
    let mut body = text.trim();
    let lower = crate::text::lowercase(body, Lang::Tr);
    for label in LIST_LABELS {
        if lower.starts_with(label) {
            body = body
                .get(label.len()..)
                .or_else(|| body.split_once(':').map(|x| x.1))
                .unwrap_or(body);
            body = body.trim_start_matches([':', ' ', '-', '—', '\u{2013}']);
            break;
        }
    }
    let labelled = body.len() != text.trim().len();
    let body = body.trim().trim_end_matches(['.', ';']);
    let items: Vec<String> = body
        .split([',', ';'])
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    if items.len() < 3 || items.iter().any(|i| i.split_whitespace().count() > 6) {
        return None;
    }
    // Without a label, only a list of short noun phrases: no item opens
    // with a function word (an enumeration inside a sentence does:
    // "The corridor crosses Kazakhstan, the Caspian Sea, …").
    if !labelled {
        let short = items.iter().all(|i| i.split_whitespace().count() <= 4);
        let bare = items.iter().all(|i| {
            let first = i.split_whitespace().next().unwrap_or("");
            let lower = crate::text::lowercase(first, Lang::En);
            !token::is_stop(&lower, Lang::En) && !token::is_stop(&lower, Lang::Tr)
        });
        if !(short && bare) {
            return None;
        }
    }
    Some(items)
}

/// Builds a glossary from a [`Corpus`].
///
/// # Examples
/// ```
/// use bitext::glossary::{Entry, Evidence, Glossary};
/// use bitext::terms::{Corpus, GlossaryBuilder};
/// let mut c = Corpus::new();
/// c.add_pair("Our Widget Frame ships today.", "Bizim Aparat Çerçevesi bugün çıkıyor.", Evidence { src_line: 1, tgt_line: 1 });
/// let prior = Glossary { entries: vec![Entry::new("Widget Frame", "Aparat Çerçevesi")] };
/// let g = GlossaryBuilder::new().default_glossary(false).prior(prior).build(&c);
/// assert_eq!(g.entries[0].en, "Widget Frame");
/// assert_eq!(g.entries[0].score_parts.unwrap().glossary, 1.0);
/// ```
#[derive(Debug, Clone)]
pub struct GlossaryBuilder {
    priors: Vec<Glossary>,
    lexicons: Vec<Glossary>,
    default_glossary: bool,
    min_score: f64,
}

impl Default for GlossaryBuilder {
    fn default() -> Self {
        GlossaryBuilder {
            priors: Vec::new(),
            lexicons: Vec::new(),
            default_glossary: true,
            min_score: 0.5,
        }
    }
}

impl GlossaryBuilder {
    /// A builder with the shipped glossaries as priors and the default
    /// threshold.
    pub fn new() -> Self {
        GlossaryBuilder::default()
    }

    /// Adds a glossary whose pairs are priors (the `glossary` score part)
    /// and whose single-word pairs are word links.
    pub fn prior(&mut self, glossary: Glossary) -> &mut Self {
        self.priors.push(glossary);
        self
    }

    /// Adds a general word list: its single-word pairs become word links
    /// (so that multiword terms pair through their words), and a single
    /// common word paired through it alone is left out as general
    /// vocabulary rather than a term.
    pub fn lexicon(&mut self, glossary: Glossary) -> &mut Self {
        self.lexicons.push(glossary);
        self
    }

    /// Whether to use the shipped glossaries ([`crate::glossary::shipped`]):
    /// the seed glossary as a prior, the general word list as a lexicon
    /// (default: yes).
    pub fn default_glossary(&mut self, yes: bool) -> &mut Self {
        self.default_glossary = yes;
        self
    }

    /// The lowest score a pair needs to become an entry (`0.0..=1.0`,
    /// default 0.5; clamped).
    pub fn min_score(&mut self, score: f64) -> &mut Self {
        self.min_score = if score.is_nan() {
            0.5
        } else {
            score.clamp(0.0, 1.0)
        };
        self
    }

    /// Builds the glossary: entries best first.
    pub fn build(&self, corpus: &Corpus) -> Glossary {
        let mut priors: Vec<&Glossary> = self.priors.iter().collect();
        let mut lexicons: Vec<&Glossary> = self.lexicons.iter().collect();
        if self.default_glossary {
            let shipped = crate::glossary::shipped();
            priors.extend(shipped.first());
            lexicons.extend(shipped.iter().skip(1));
        }
        build::build(corpus, &priors, &lexicons, self.min_score)
    }
}

#[cfg(test)]
mod tests;

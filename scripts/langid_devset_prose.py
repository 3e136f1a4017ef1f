"""Build a second language-identification development set (NOT test data)
from running prose that Debian packages install, in the layout of lingua's
test data: OUT/language-models/{tr,en,az}/testdata/{single-words,word-pairs,
sentences}.txt. Used only to decide changes to bitext::lang; nothing from it
is shipped, and nothing in it was chosen by looking at lingua's test files.

Sources (read at run time; the texts stay where Debian put them):
  tr  the Turkish manual pages of `manpages-tr` (TLBP translations; GPL, see
      /usr/share/doc/manpages-tr/copyright), /usr/share/man/tr
  en  the English manual pages of `manpages` (Linux man-pages project; the
      per-page licences in /usr/share/doc/manpages/copyright)
  az  Firefox ESR's Azerbaijani language pack (`firefox-esr-l10n-az`, MPL-2.0;
      only downloaded with `apt-get download` and unpacked in a temporary
      directory, not installed) and the Azerbaijani translations under
      /usr/share/locale/az (GPL/LGPL), which is all the Azerbaijani prose
      Debian has

The items are made the way lingua's TestDataFilesWriter makes its files
(lingua-rs src/writer.rs): sentences are lines of running text as they are;
single words are the words of those sentences with punctuation and digits
removed, lowercased (str.lower, which like Rust's to_lowercase turns İ into
i + U+0307), keeping words with five or more letters; word pairs are
successive non-overlapping pairs of that word list. Unlike lingua, the
sentence pool is shuffled with a fixed seed before words are taken (so that
the words come from many documents), and every file is deduplicated.

Manual pages are preprocessed so that only prose remains: roff requests that
set commands, options, file names and examples (.B, .I, .BR …, .TP tags,
.nf/.fi and .EX/.EE blocks, headings) are dropped, words in bold or italics
are removed together with a suffix attached to them (`\\fIDOSYA\\fR'larla`),
and a sentence is kept only if it ends in . ! or ?, has at least five words
and no code-like token (/, =, _, $, <, >, a leading -, a backslash).
Localised strings whose words are mostly English (untranslated strings) are
dropped from tr and az.

    apt-get update && apt-get install -y manpages-tr manpages
    python3 scripts/langid_devset_prose.py [OUT]   (default OUT: /tmp/langdev-prose)
    cargo run --release --example eval_langid -- /tmp/langdev-prose
"""
import glob
import gettext
import gzip
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/langdev-prose"
SEED = 11
N_WORDS = 2000
N_PAIRS = 2000
N_SENTENCES = 1000

# ---------------------------------------------------------------- roff -> prose

DROP_REQUESTS = re.compile(
    r"^\.(B|I|BR|BI|IB|IR|RB|RI|SB|SM|SH|SS|SY|OP|UR|UE|MT|ME|TH|IX|Nm|Op|Fl|Ar|Pa|Xr)\b"
)
BREAK_REQUESTS = re.compile(r"^\.(PP|P|LP|sp|br|IP|TP|HP|RS|RE|in|ti|TQ|YS|PD|ad|nh|hy|ne|bp|ft|fi|nf|EX|EE)\b")
# A font change to bold/italic/constant width, its text, the change back, and
# an attached suffix or apostrophe suffix.
MARKED = re.compile(
    r"\\f(?:[BIC]|\([A-Z]{2}|\[[A-Z]+\])(?:(?!\\f).)*(?:\\f(?:[RP]|\[R?\]|\(R))?(?:['’]?[^\W\d_]+)?"
)
ESCAPES = [
    (r"\-", "-"), (r"\&", ""), (r"\e", "\\"), (r"\(aq", "'"), (r"\(em", "—"), (r"\(en", "–"),
    (r"\(lq", "“"), (r"\(rq", "”"), (r"\(oq", "‘"), (r"\(cq", "’"), (r"\(dq", '"'),
    (r"\*(lq", "“"), (r"\*(rq", "”"), (r"\ ", " "), (r"\~", " "), (r"\%", ""), (r"\c", ""),
    (r"\:", ""), (r"\|", ""), (r"\^", ""), (r"\fR", ""), (r"\fP", ""), (r"\f[]", ""),
    (r"\f[R]", ""),
]


def roff_paragraphs(source):
    """Paragraphs of running text in a man page source."""
    paragraphs, current = [], []
    skip_block = None
    drop_next = False

    def flush():
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for line in source.splitlines():
        if skip_block:
            if line.startswith(skip_block):
                skip_block = None
            continue
        if line.startswith(".ig") or line.startswith(".de"):
            flush(); skip_block = ".."; continue
        if line.startswith(".nf"):
            flush(); skip_block = ".fi"; continue
        if line.startswith(".EX"):
            flush(); skip_block = ".EE"; continue
        if line.startswith(".\\\"") or line.startswith("'\\\"") or line.startswith('\\"'):
            continue
        if line.startswith(".TP"):
            flush(); drop_next = True; continue
        if line.startswith("."):
            if DROP_REQUESTS.match(line):
                # Inline .B/.I words belong to code; headings end a paragraph.
                if re.match(r"^\.(SH|SS|TH|SY)\b", line):
                    flush()
                continue
            flush()
            continue
        if drop_next:
            drop_next = False
            continue
        if not line.strip():
            flush()
            continue
        text = MARKED.sub(" ", line)
        for old, new in ESCAPES:
            text = text.replace(old, new)
        text = re.sub(r"\\\(..|\\\[[^\]]*\]|\\\*\(..|\\\*.|\\f.", " ", text)
        current.append(text)
    flush()
    return paragraphs


def man_pages(paths):
    out = []
    for path in paths:
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                src = f.read()
        except (OSError, UnicodeDecodeError):
            continue
        if src.startswith(".so "):
            continue
        out.extend(roff_paragraphs(src))
    return out

# ------------------------------------------------------------- localised strings


def mo_strings(lang):
    out = []
    for f in sorted(glob.glob(f"/usr/share/locale/{lang}/LC_MESSAGES/*.mo")):
        if "iso_" in f:
            continue  # country and language names
        try:
            with open(f, "rb") as fh:
                catalog = gettext.GNUTranslations(fh)._catalog
        except Exception:
            continue
        for key, value in catalog.items():
            if isinstance(key, tuple):
                key = key[0]
            if value and value != key:
                out.append(value)
    return out


def firefox_strings(lang):
    """Values of Firefox's Fluent (.ftl) and .properties files for `lang`."""
    with tempfile.TemporaryDirectory(prefix="langdev-ff-") as tmp:
        return _firefox_strings(lang, tmp)


def _firefox_strings(lang, tmp):
    package = f"firefox-esr-l10n-{lang}"
    r = subprocess.run(["apt-get", "download", package], cwd=tmp, capture_output=True, text=True)
    debs = glob.glob(f"{tmp}/*.deb")
    if r.returncode != 0 or not debs:
        sys.exit(f"langid_devset_prose: apt-get download {package} failed: {r.stderr.strip()}")
    subprocess.run(["dpkg-deb", "-x", debs[0], f"{tmp}/x"], check=True)
    out = []
    for xpi in glob.glob(f"{tmp}/x/**/*.xpi", recursive=True):
        with zipfile.ZipFile(xpi) as z:
            for name in sorted(z.namelist()):
                if not (name.endswith(".ftl") or name.endswith(".properties")):
                    continue
                text = z.read(name).decode("utf-8", "replace")
                value = None
                for line in text.splitlines():
                    if line.startswith("#") or not line.strip():
                        if value:
                            out.append(value)
                        value = None
                        continue
                    if line.startswith((" ", "\t")) and value is not None:
                        # Fluent continuation line (attributes start with a dot).
                        stripped = line.strip()
                        if stripped.startswith(".") and "=" in stripped:
                            out.append(value)
                            value = stripped.split("=", 1)[1].strip()
                        elif not stripped.startswith(("[", "*[", "}")):
                            value += " " + stripped
                        continue
                    if value:
                        out.append(value)
                    value = line.split("=", 1)[1].strip() if "=" in line else None
                if value:
                    out.append(value)
    return out


def clean_ui(s):
    s = re.sub(r"\{[^{}]*\}(?:[-'’]?[^\W\d_]+)?", " ", s)  # Fluent placeables (+ suffix)
    s = re.sub(r"<[^>]*>", " ", s)
    s = re.sub(r"%(?:\d+\$)?[-0-9.]*[a-zA-Z@]|#\d|&[a-z]+;|\\n|_", " ", s)
    return " ".join(s.split())

# ----------------------------------------------------------------- items


SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘(]?[A-ZÇĞİÖŞÜƏ])")
CODE = re.compile(r"[/=_$<>\\{}\[\]|@#*]|(?:^|\s)-\S|\.\w+\(|\w\.\w")


def sentences_of(paragraphs):
    out = []
    for p in paragraphs:
        p = " ".join(p.split())
        for s in SENTENCE_END.split(p):
            s = s.strip()
            words = s.split()
            if len(words) < 5 or s[-1:] not in ".!?" or CODE.search(s):
                continue
            letters = sum(c.isalpha() for c in s)
            if letters < 0.7 * len(s.replace(" ", "")):
                continue
            out.append(s)
    return out


def lingua_words(sentence):
    """The words lingua's writer takes from a line: no punctuation (P*) or
    digits (N*), lowercased, five or more letters in a row."""
    kept = "".join(
        c for c in sentence if not unicodedata.category(c).startswith(("P", "N"))
    ).replace('"', "")
    words = []
    for w in " ".join(kept.split()).split(" "):
        w = w.strip().lower()
        if re.search(r"[^\W\d_]{5,}", w):
            words.append(w)
    return words


def english_share(s, vocab):
    ws = [w.lower() for w in re.findall(r"[^\W\d_]+", s) if len(w) >= 2]
    return sum(w in vocab for w in ws) / max(len(ws), 1)


def build(sentences, rng):
    pool = sorted(set(sentences))
    rng.shuffle(pool)
    words = [w for s in pool for w in lingua_words(s)]
    pairs = [f"{a} {b}" for a, b in zip(words[0::2], words[1::2])]

    def first_unique(items, n):
        seen, out = set(), []
        for item in items:
            if item not in seen:
                seen.add(item)
                out.append(item)
            if len(out) == n:
                break
        return out

    return first_unique(words, N_WORDS), first_unique(pairs, N_PAIRS), pool[:N_SENTENCES]


def main():
    en_pages = sorted(
        p for p in subprocess.run(["dpkg", "-L", "manpages"], capture_output=True, text=True).stdout.split()
        if p.startswith("/usr/share/man/man") and p.endswith(".gz")
    )
    tr_pages = sorted(glob.glob("/usr/share/man/tr/man*/*.gz"))
    if not tr_pages or not en_pages:
        sys.exit("langid_devset_prose: install manpages-tr and manpages first (see the header)")
    en_sentences = sentences_of(man_pages(en_pages))
    # English vocabulary of the English pages: a string that is mostly made of
    # it was left untranslated.
    vocab = {w.lower() for s in en_sentences for w in re.findall(r"[^\W\d_]+", s)}
    turkic = set("çğıöşüəÇĞİÖŞÜƏ")
    vocab = {w for w in vocab if not (set(w) & turkic)}

    def translated(s):
        return english_share(s, vocab) < 0.5

    tr_sentences = [s for s in sentences_of(man_pages(tr_pages)) if translated(s)]
    az_texts = [clean_ui(s) for s in firefox_strings("az") + mo_strings("az")]
    az_sentences = [s for s in sentences_of(az_texts) if translated(s)]

    rng = random.Random(SEED)
    for lang, sentences in (("tr", tr_sentences), ("en", en_sentences), ("az", az_sentences)):
        d = f"{OUT}/language-models/{lang}/testdata"
        os.makedirs(d, exist_ok=True)
        for name, items in zip(("single-words", "word-pairs", "sentences"), build(sentences, rng)):
            with open(f"{d}/{name}.txt", "w", encoding="utf-8") as f:
                f.write("\n".join(items) + "\n")
            print(lang, name, len(items), f"(from {len(set(sentences))} sentences)")


if __name__ == "__main__":
    main()

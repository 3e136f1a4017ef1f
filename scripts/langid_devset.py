"""Build a language-identification development set (NOT test data) from the
Turkish and Azerbaijani translations Debian installs under /usr/share/locale
and their English source strings, in the layout of lingua's test data:
OUT/language-models/{tr,en,az}/testdata/{single-words,word-pairs,sentences}.txt.
Used only to decide changes to bitext::lang; nothing from it is shipped.

    python3 scripts/langid_devset.py [OUT]      (default OUT: /tmp/langdev)
    cargo run --release --example eval_langid -- /tmp/langdev
"""
import gettext, glob, os, random, re, sys
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/langdev"
random.seed(7)
def strings(lang):
    out=[]
    for f in sorted(glob.glob(f'/usr/share/locale/{lang}/LC_MESSAGES/*.mo')):
        if 'iso_' in f: continue   # country/language names: mostly proper names
        try: cat=gettext.GNUTranslations(open(f,'rb'))._catalog
        except Exception as e: continue
        for k,v in cat.items():
            if isinstance(k,tuple): k=k[0]
            if not v or v==k: continue
            out.append((k,v))
    return out
word=re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
def clean(s):
    s=re.sub(r'%[-0-9.]*[a-zA-Z]|\{[^}]*\}|<[^>]*>|_|&[a-z]+;|\\n',' ',s)
    return s
def sets(texts):
    words=[];pairs=[];sents=[]
    for t in texts:
        t=clean(t)
        ws=[w for w in word.findall(t) if len(w)>=2]
        for w in ws:
            if len(w)>=3: words.append(w)
        for a,b in zip(ws,ws[1:]): pairs.append(f"{a} {b}")
        s=' '.join(t.split())
        if len(ws)>=6 and s[-1:] in '.!?': sents.append(s)
    res=[]
    for lst in (words,pairs,sents):
        lst=sorted(set(lst)); random.shuffle(lst); res.append(lst[:1000])
    return res
tr=strings('tr'); az=strings('az')
en=[k for k,_ in az]+[k for k,_ in tr]
for lang,texts in (('tr',[v for _,v in tr]),('az',[v for _,v in az]),('en',en)):
    d=f'{OUT}/language-models/{lang}/testdata'; os.makedirs(d,exist_ok=True)
    for name,lst in zip(('single-words','word-pairs','sentences'),sets(texts)):
        open(f'{d}/{name}.txt','w').write('\n'.join(lst)+'\n'); print(lang,name,len(lst))

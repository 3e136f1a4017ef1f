import gettext, glob, os, random, re
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
    d=f'language-models/{lang}/testdata'; os.makedirs(d,exist_ok=True)
    for name,lst in zip(('single-words','word-pairs','sentences'),sets(texts)):
        open(f'{d}/{name}.txt','w').write('\n'.join(lst)+'\n'); print(lang,name,len(lst))

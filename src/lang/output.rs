//! The files `bitext split` and `bitext run` write for a split document.

use super::SplitDocument;

impl SplitDocument {
    /// The files that describe this document split by language, as
    /// (file name, contents): `<stem>.<lang>.txt` for each language (its
    /// parts in order, without section labels) and `<stem>.sections.json`
    /// (each part's section, language, label, line and byte ranges in the
    /// cleaned text and in its language file). `source` names the input in
    /// the JSON.
    ///
    /// # Examples
    /// ```
    /// let doc = bitext::lang::split("Abstract: The study is short.\n\nÖz: Çalışma kısadır.\n");
    /// let files = doc.output_files("paper", "paper.txt");
    /// let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    /// assert_eq!(names, ["paper.en.txt", "paper.tr.txt", "paper.sections.json"]);
    /// assert_eq!(files[1].1, "Çalışma kısadır.\n".as_bytes());
    /// ```
    pub fn output_files(&self, stem: &str, source: &str) -> Vec<(String, Vec<u8>)> {
        let doc = self;
        let mut files: Vec<(String, Vec<u8>)> = Vec::new();
        let mut file_names = serde_json::Map::new();
        let mut file_offsets: Vec<Option<(String, usize, usize)>> = vec![None; doc.parts.len()];
        for lang in doc.languages() {
            let file = format!("{stem}.{}.txt", lang.code());
            let body = doc.text_of(lang);
            // Locate each part in the language file, in order.
            let mut from = 0;
            for (i, part) in doc.parts.iter().enumerate() {
                if part.lang != lang || part.span.is_empty() {
                    continue;
                }
                let piece = doc.slice(part.span);
                if let Some(at) = body.get(from..).and_then(|rest| rest.find(piece)) {
                    let start = from + at;
                    file_offsets[i] = Some((file.clone(), start, start + piece.len()));
                    from = start + piece.len();
                }
            }
            file_names.insert(
                lang.code().to_owned(),
                serde_json::Value::from(file.clone()),
            );
            files.push((file, body.into_bytes()));
        }
        let newlines: Vec<usize> = doc.text.match_indices('\n').map(|(i, _)| i).collect();
        let parts: Vec<serde_json::Value> = doc
            .parts
            .iter()
            .zip(&file_offsets)
            .map(|(part, place)| {
                let line = newlines.partition_point(|&i| i < part.span.start) + 1;
                serde_json::json!({
                    "section": part.section,
                    "lang": part.lang,
                    "confidence": (part.confidence * 10_000.0).round() / 10_000.0,
                    "label": part.label.map(|l| doc.slice(l)),
                    "start": part.span.start,
                    "end": part.span.end,
                    "line": line,
                    "file": place.as_ref().map(|p| p.0.clone()),
                    "file_start": place.as_ref().map(|p| p.1),
                    "file_end": place.as_ref().map(|p| p.2),
                })
            })
            .collect();
        let report = serde_json::json!({
            "source": source,
            "cleaned_bytes": doc.text.len(),
            "offsets": "start/end and line point into the cleaned text (bitext clean); file_start/file_end into the language file",
            "languages": doc.languages(),
            "files": file_names,
            "parts": parts,
        });
        // Serializing a json! value cannot fail.
        let mut json = serde_json::to_vec_pretty(&report).unwrap_or_default();
        json.push(b'\n');
        files.push((format!("{stem}.sections.json"), json));
        files
    }
}

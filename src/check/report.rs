//! The human report: findings grouped by segment, offending words marked.

use std::fmt::Write;
use std::ops::Range;

use super::Finding;

/// Renders findings for a reader: one block per segment (in the order
/// given), the source and target text with the offending words between
/// `[[` and `]]`, then one line per finding: severity, check ID, message.
/// Line numbers are shown 1-based, as editors count. Ends with a summary
/// line.
///
/// # Examples
/// ```
/// use bitext::check::{render_text, Checker, Config, Pair, TermBase};
/// use bitext::Lang;
/// let mut terms = TermBase::new(Lang::En, Lang::Tr);
/// terms.add(&["Middle Corridor"], &["Orta Koridor"], false);
/// let pairs = [Pair::new(4, "The Middle Corridor grew.", "Orta Kuşak büyüdü.")];
/// let text = render_text(&Checker::new(terms, Config::default()).check(&pairs));
/// assert!(text.contains("src 5: The [[Middle Corridor]] grew."));
/// assert!(text.contains("error term-missing:"));
/// assert!(text.ends_with("1 finding (1 error, 0 warnings)\n"));
/// ```
pub fn render_text(findings: &[Finding]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while let Some(first) = findings.get(i) {
        let mut group = vec![first];
        let mut j = i + 1;
        while let Some(f) = findings.get(j) {
            if f.src_lines != first.src_lines
                || f.tgt_lines != first.tgt_lines
                || f.src != first.src
                || f.tgt != first.tgt
            {
                break;
            }
            group.push(f);
            j += 1;
        }
        let src_marks: Vec<Range<usize>> = group
            .iter()
            .flat_map(|f| f.src_marks.iter().cloned())
            .collect();
        let tgt_marks: Vec<Range<usize>> = group
            .iter()
            .flat_map(|f| f.tgt_marks.iter().cloned())
            .collect();
        let _ = writeln!(
            out,
            "src {}: {}",
            lines(&first.src_lines),
            mark(&first.src, &src_marks)
        );
        let _ = writeln!(
            out,
            "tgt {}: {}",
            lines(&first.tgt_lines),
            mark(&first.tgt, &tgt_marks)
        );
        for f in group {
            let _ = writeln!(out, "  {} {}: {}", f.severity, f.check, f.message);
        }
        out.push('\n');
        i = j;
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == super::Severity::Error)
        .count();
    let warnings = findings
        .iter()
        .filter(|f| f.severity == super::Severity::Warning)
        .count();
    let n = findings.len();
    let _ = writeln!(
        out,
        "{n} finding{} ({errors} error{}, {warnings} warning{})",
        if n == 1 { "" } else { "s" },
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" },
    );
    out
}

fn lines(l: &[usize]) -> String {
    match (l.first(), l.last()) {
        (None, _) | (_, None) => "-".to_owned(),
        (Some(a), Some(b)) if a == b => (a + 1).to_string(),
        (Some(a), Some(b)) => format!("{}-{}", a + 1, b + 1),
    }
}

/// `text` with each range wrapped in `[[ ]]`; overlapping ranges merged,
/// ranges off character boundaries ignored.
fn mark(text: &str, ranges: &[Range<usize>]) -> String {
    let mut r: Vec<Range<usize>> = ranges
        .iter()
        .filter(|r| r.start < r.end && text.get(r.start..r.end).is_some())
        .cloned()
        .collect();
    r.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for x in r {
        match merged.last_mut() {
            Some(last) if x.start <= last.end => last.end = last.end.max(x.end),
            _ => merged.push(x),
        }
    }
    if merged.len() == 1
        && merged
            .first()
            .is_some_and(|m| m.start == 0 && m.end == text.len())
    {
        return format!("[[{text}]]");
    }
    let mut out = String::with_capacity(text.len() + 8 * merged.len());
    let mut at = 0;
    for m in merged {
        out.push_str(text.get(at..m.start).unwrap_or_default());
        out.push_str("[[");
        out.push_str(text.get(m.clone()).unwrap_or_default());
        out.push_str("]]");
        at = m.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_merge_and_skip_bad_ranges() {
        assert_eq!(mark("abc def", &[0..3, 1..2, 4..7]), "[[abc]] [[def]]");
        assert_eq!(mark("şa", std::slice::from_ref(&(1..2))), "şa");
        assert_eq!(lines(&[2, 3]), "3-4");
        assert_eq!(lines(&[]), "-");
    }
}

//! Blocks: the stretches of text between hard breaks (blank lines, and line
//! breaks that do not wrap a sentence), which the scanner segments one by one.

/// Splits `text` into blocks: a blank line always ends one, and so does a
/// line break, unless the next line starts in lowercase and the line before
/// it does not end in punctuation (a sentence wrapped mid-way).
pub(crate) fn blocks(text: &str) -> Vec<(usize, usize)> {
    let mut blocks = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut start = 0;
    while start <= text.len() {
        let end = text
            .get(start..)
            .and_then(|rest| rest.find('\n'))
            .map_or(text.len(), |n| start + n);
        let line = text.get(start..end).unwrap_or("");
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(block) = current.take() {
                blocks.push(block);
            }
        } else {
            let content_end = start + line.trim_end().len();
            current = match current {
                Some((bs, be)) if continues(text.get(bs..be).unwrap_or(""), trimmed) => {
                    Some((bs, content_end))
                }
                Some(block) => {
                    blocks.push(block);
                    Some((start, content_end))
                }
                None => Some((start, content_end)),
            };
        }
        if end >= text.len() {
            break;
        }
        start = end + 1;
    }
    if let Some(block) = current {
        blocks.push(block);
    }
    blocks
}

fn continues(previous: &str, line: &str) -> bool {
    let starts_lower = line.chars().next().is_some_and(char::is_lowercase);
    let last = previous.trim_end().chars().next_back();
    starts_lower && last.is_some_and(|c| c.is_alphanumeric() || c == ',' || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_and_line_breaks_end_blocks_unless_a_sentence_wraps() {
        let text = "Title\nA sentence\nwrapped here.\n\n  Next  \nLine ends.\nlower after a period";
        let got: Vec<&str> = blocks(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(
            got,
            [
                "Title",
                "A sentence\nwrapped here.",
                "  Next",
                "Line ends.",
                "lower after a period"
            ]
        );
        assert!(blocks("").is_empty());
        assert!(blocks("\n \n").is_empty());
    }
}

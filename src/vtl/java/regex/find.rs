//! Java's `Matcher.find()` loop. Unlike fancy-regex's iterators, Java lets
//! an empty match directly follow a non-empty one (`"aaa".replaceAll("a*",
//! "-")` is `--`) and, after an empty match, retries one position later.
//! `\G` matches only where the previous match ended.

use fancy_regex::{Captures, Regex, RegexInput};

use super::error::RegexError;

/// Group spans of one match as byte ranges; index 0 is the whole match.
pub(crate) struct Found {
    pub(crate) groups: Vec<Option<(usize, usize)>>,
}

impl Found {
    fn from_captures(caps: &Captures<'_, str>) -> Found {
        Found {
            groups: (0..caps.len())
                .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
                .collect(),
        }
    }

    pub(crate) fn span(&self) -> (usize, usize) {
        self.groups.first().copied().flatten().unwrap_or((0, 0))
    }
}

/// Calls `visit` for each match in Java order until it returns `false`.
pub(crate) fn find_each(
    re: &Regex,
    text: &str,
    mut visit: impl FnMut(&Found) -> Result<bool, RegexError>,
) -> Result<(), RegexError> {
    let mut last_end = 0;
    let mut last_was_empty = false;
    loop {
        let mut from = last_end;
        if last_was_empty {
            // Java steps one UTF-16 unit and may land inside a surrogate
            // pair; a &str cannot, so we step one whole character.
            match text[from..].chars().next() {
                Some(c) => from += c.len_utf8(),
                None => return Ok(()),
            }
        }
        let input = RegexInput::new(text)
            .from_pos(from)
            .continue_from_previous_match_end(!last_was_empty);
        let Some(caps) = re.captures_input(input).map_err(RegexError::engine)? else {
            return Ok(());
        };
        let found = Found::from_captures(&caps);
        let (start, end) = found.span();
        if !visit(&found)? {
            return Ok(());
        }
        last_end = end;
        last_was_empty = start == end;
    }
}

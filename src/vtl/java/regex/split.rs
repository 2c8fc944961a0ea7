//! `String.split(regex, limit)` as `Pattern.split` does it: no leading
//! empty string for a zero-width match at index 0, the whole input when
//! nothing was split off, at most `limit` parts when `limit > 0`, and
//! trailing empty strings dropped when `limit == 0`.

use fancy_regex::Regex;

use super::error::RegexError;
use super::find::find_each;

pub(crate) fn split(re: &Regex, text: &str, limit: i32) -> Result<Vec<String>, RegexError> {
    let limited = limit > 0;
    let max_parts = usize::try_from(limit).unwrap_or(0);
    let mut index = 0;
    let mut parts: Vec<String> = Vec::new();
    find_each(re, text, |found| {
        let (start, end) = found.span();
        if !limited || parts.len() < max_parts - 1 {
            if index == 0 && start == 0 && start == end {
                return Ok(true);
            }
            parts.push(text[index..start].to_string());
            index = end;
            Ok(true)
        } else {
            // The last part takes the rest; Java keeps finding but adds
            // nothing more, so stopping here gives the same result.
            parts.push(text[index..].to_string());
            index = end;
            Ok(false)
        }
    })?;
    if index == 0 {
        return Ok(vec![text.to_string()]);
    }
    if !limited || parts.len() < max_parts {
        parts.push(text[index..].to_string());
    }
    if limit == 0 {
        while parts.last().is_some_and(String::is_empty) {
            parts.pop();
        }
    }
    Ok(parts)
}

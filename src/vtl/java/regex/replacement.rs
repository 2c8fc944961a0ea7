//! Java replacement strings (`Matcher.appendReplacement`): `\x` is a
//! literal x, `$n` takes more digits only while that group exists, `${name}`
//! names a group, and anything else after `$` is an error. Rust's `$$`
//! escape and `$name` syntax do not exist in Java.

use std::collections::HashMap;

use super::error::RegexError;
use super::find::Found;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Piece {
    Text(String),
    Group(usize),
}

/// Parses `replacement` for a pattern with `group_count` groups. Java
/// parses it at each match, so callers parse lazily at the first match:
/// with no match, a bad replacement is no error.
pub(crate) fn parse(
    replacement: &str,
    group_count: usize,
    names: &HashMap<String, usize>,
) -> Result<Vec<Piece>, RegexError> {
    let chars: Vec<char> = replacement.chars().collect();
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' {
            i += 1;
            let escaped = chars
                .get(i)
                .ok_or_else(|| RegexError::new("character to be escaped is missing"))?;
            text.push(*escaped);
            i += 1;
        } else if c == '$' {
            i += 1;
            let next = *chars.get(i).ok_or_else(|| {
                RegexError::new("Illegal group reference: group index is missing")
            })?;
            let group = if next == '{' {
                i += 1;
                let begin = i;
                while i < chars.len() && chars[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                if begin == i {
                    return Err(RegexError::new("named capturing group has 0 length name"));
                }
                if chars.get(i) != Some(&'}') {
                    return Err(RegexError::new(
                        "named capturing group is missing trailing '}'",
                    ));
                }
                let name: String = chars[begin..i].iter().collect();
                i += 1;
                if name.starts_with(|c: char| c.is_ascii_digit()) {
                    let msg =
                        format!("capturing group name {{{name}}} starts with digit character");
                    return Err(RegexError::new(msg));
                }
                *names
                    .get(&name)
                    .ok_or_else(|| RegexError::new(format!("No group with name {{{name}}}")))?
            } else {
                let mut num =
                    ascii_digit(next).ok_or_else(|| RegexError::new("Illegal group reference"))?;
                i += 1;
                while let Some(d) = chars.get(i).copied().and_then(ascii_digit) {
                    let longer = num * 10 + d;
                    if group_count < longer {
                        break;
                    }
                    num = longer;
                    i += 1;
                }
                if num > group_count {
                    return Err(RegexError::new(format!("No group {num}")));
                }
                num
            };
            if !text.is_empty() {
                pieces.push(Piece::Text(std::mem::take(&mut text)));
            }
            pieces.push(Piece::Group(group));
        } else {
            text.push(c);
            i += 1;
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

fn ascii_digit(c: char) -> Option<usize> {
    c.is_ascii_digit().then(|| c as usize - '0' as usize)
}

/// Appends one match's replacement; a group that did not take part in the
/// match contributes nothing.
pub(crate) fn expand(pieces: &[Piece], text: &str, found: &Found, out: &mut String) {
    for piece in pieces {
        match piece {
            Piece::Text(s) => out.push_str(s),
            Piece::Group(n) => {
                if let Some(Some((start, end))) = found.groups.get(*n) {
                    out.push_str(&text[*start..*end]);
                }
            }
        }
    }
}

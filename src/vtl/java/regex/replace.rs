//! `Matcher.replaceAll` / `replaceFirst`: text between matches is copied,
//! each match is replaced by the expanded replacement, and with no match
//! the input comes back unchanged (so a bad replacement is then no error).

use std::collections::HashMap;

use fancy_regex::Regex;

use super::error::RegexError;
use super::find::find_each;
use super::replacement::{self, Piece};

pub(crate) struct Groups<'a> {
    pub(crate) count: usize,
    pub(crate) names: &'a HashMap<String, usize>,
}

pub(crate) fn replace(
    re: &Regex,
    text: &str,
    replacement: &str,
    groups: &Groups<'_>,
    all: bool,
) -> Result<String, RegexError> {
    let mut out = String::new();
    let mut appended = 0;
    let mut pieces: Option<Vec<Piece>> = None;
    find_each(re, text, |found| {
        let (start, end) = found.span();
        let expansion = match &pieces {
            Some(p) => p,
            None => pieces.insert(replacement::parse(replacement, groups.count, groups.names)?),
        };
        out.push_str(&text[appended..start]);
        replacement::expand(expansion, text, found, &mut out);
        appended = end;
        Ok(all)
    })?;
    if pieces.is_none() {
        return Ok(text.to_string());
    }
    out.push_str(&text[appended..]);
    Ok(out)
}

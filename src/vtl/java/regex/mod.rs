//! `java.util.regex` semantics for `String.matches`, `replaceAll`,
//! `replaceFirst` and `split`, on top of fancy-regex.
//!
//! fancy-regex syntax looks like Java's but means different things (`\w`
//! `\d` `\s` are Unicode, `$` ignores a final newline, `(?U)` swaps greed,
//! `\h` is a hex digit, ...), so Java patterns are never handed over as
//! they are: [`translate`] parses them as `java.util.regex.Pattern` does
//! (JDK 17) and emits flag-free fancy-regex syntax with Java's meaning. The
//! match loop, replacement strings and split rules are Java's too.

mod anchors;
mod ast;
mod blocks;
mod cache;
mod class;
mod class_parse;
mod cursor;
mod emit;
mod error;
mod escape;
mod find;
mod flags;
mod parse;
mod props;
mod quote;
mod replacement;
mod split;
mod study;
mod translate;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

pub use error::RegexError;

/// fancy-regex's own default; Java has no limit (it would hang instead).
const DEFAULT_BACKTRACK_LIMIT: usize = 1_000_000;

/// A compiled Java (java.util.regex) pattern.
#[derive(Clone, Debug)]
pub struct JavaRegex {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    /// For `find`-style use (replace, split).
    find: fancy_regex::Regex,
    /// `\A(?:p)\z` for `matches`, built on first use.
    whole: OnceLock<Result<fancy_regex::Regex, RegexError>>,
    fancy: String,
    backtrack_limit: usize,
    group_count: usize,
    names: HashMap<String, usize>,
}

fn build(
    fancy: &str,
    backtrack_limit: usize,
    overrides: bool,
) -> Result<fancy_regex::Regex, RegexError> {
    fancy_regex::RegexBuilder::new(fancy)
        .backtrack_limit(backtrack_limit)
        // Lets the find loop switch `\G` off after an empty match.
        .allow_input_assertion_overrides(overrides)
        .build()
        .map_err(RegexError::engine)
}

impl JavaRegex {
    /// Compiles a Java pattern with the default backtracking limit.
    pub fn compile(pattern: &str) -> Result<JavaRegex, RegexError> {
        JavaRegex::compile_with_limit(pattern, DEFAULT_BACKTRACK_LIMIT)
    }

    /// Compiles a Java pattern; matching fails with a [`RegexError`] once
    /// the backtracking VM takes more than `backtrack_limit` steps.
    pub fn compile_with_limit(
        pattern: &str,
        backtrack_limit: usize,
    ) -> Result<JavaRegex, RegexError> {
        let translated = translate::translate(pattern)?;
        let find = build(
            &translated.fancy,
            backtrack_limit,
            translated.uses_last_match,
        )?;
        Ok(JavaRegex {
            inner: Arc::new(Inner {
                find,
                whole: OnceLock::new(),
                fancy: translated.fancy,
                backtrack_limit,
                group_count: translated.group_count,
                names: translated.names,
            }),
        })
    }

    /// Thread-local cache of compiled patterns (templates call replaceAll in loops); bounded size.
    pub fn cached(pattern: &str, backtrack_limit: usize) -> Result<JavaRegex, RegexError> {
        cache::cached(pattern, backtrack_limit)
    }

    /// `String.matches`: the whole text must match.
    pub fn is_match_whole(&self, text: &str) -> Result<bool, RegexError> {
        let whole = self.inner.whole.get_or_init(|| {
            let fancy = format!(r"\A(?:{})\z", self.inner.fancy);
            build(&fancy, self.inner.backtrack_limit, false)
        });
        match whole {
            Ok(re) => re.is_match(text).map_err(RegexError::engine),
            Err(e) => Err(e.clone()),
        }
    }

    /// `String.replaceAll`.
    pub fn replace_all(&self, text: &str, replacement: &str) -> Result<String, RegexError> {
        self.replace(text, replacement, true)
    }

    /// `String.replaceFirst`.
    pub fn replace_first(&self, text: &str, replacement: &str) -> Result<String, RegexError> {
        self.replace(text, replacement, false)
    }

    /// `String.split(regex)`, which is `split(regex, 0)`.
    pub fn split(&self, text: &str) -> Result<Vec<String>, RegexError> {
        self.split_limit(text, 0)
    }

    /// `String.split(regex, limit)`.
    pub fn split_limit(&self, text: &str, limit: i32) -> Result<Vec<String>, RegexError> {
        split::split(&self.inner.find, text, limit)
    }

    fn replace(&self, text: &str, replacement: &str, all: bool) -> Result<String, RegexError> {
        let mut out = String::new();
        let mut appended = 0;
        let mut pieces: Option<Vec<replacement::Piece>> = None;
        let mut matched = false;
        find::find_each(&self.inner.find, text, |found| {
            let (start, end) = found.span();
            if pieces.is_none() {
                pieces = Some(replacement::parse(
                    replacement,
                    self.inner.group_count,
                    &self.inner.names,
                )?);
            }
            out.push_str(&text[appended..start]);
            if let Some(p) = &pieces {
                replacement::expand(p, text, found, &mut out);
            }
            appended = end;
            matched = true;
            Ok(all)
        })?;
        if !matched {
            return Ok(text.to_string());
        }
        out.push_str(&text[appended..]);
        Ok(out)
    }
}

/// The fancy-regex text a Java pattern translates to (for debugging).
#[doc(hidden)]
pub fn debug_translate(pattern: &str) -> Result<String, RegexError> {
    translate::translate(pattern).map(|t| t.fancy)
}

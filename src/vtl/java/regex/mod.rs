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
mod behind;
mod blocks;
mod cache;
mod class;
mod class_parse;
mod cursor;
mod emit;
mod engine;
mod error;
mod escape;
mod find;
mod flags;
mod group;
mod parse;
mod props;
mod quantifier;
mod quote;
mod replace;
mod replacement;
mod split;
mod study;
mod translate;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::Arc;

use engine::Engine;
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
    engine: Engine,
    group_count: usize,
    names: HashMap<String, usize>,
}

impl JavaRegex {
    /// Compiles a Java pattern with the default backtracking limit.
    pub fn compile(pattern: &str) -> Result<JavaRegex, RegexError> {
        JavaRegex::compile_with_limit(pattern, DEFAULT_BACKTRACK_LIMIT)
    }

    /// Compiles a Java pattern; a search fails with a [`RegexError`] when
    /// it needs more than `backtrack_limit` backtracking steps (plus an
    /// allowance proportional to the input, see [`engine`]).
    pub fn compile_with_limit(
        pattern: &str,
        backtrack_limit: usize,
    ) -> Result<JavaRegex, RegexError> {
        let translated = translate::translate(pattern)?;
        let engine = Engine::new(
            translated.fancy,
            backtrack_limit,
            translated.uses_last_match,
        )?;
        Ok(JavaRegex {
            inner: Arc::new(Inner {
                engine,
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
        self.inner.engine.matches_whole(text)
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
        self.inner
            .engine
            .with_find(text, |re| split::split(re, text, limit))
    }

    fn replace(&self, text: &str, replacement: &str, all: bool) -> Result<String, RegexError> {
        let groups = replace::Groups {
            count: self.inner.group_count,
            names: &self.inner.names,
        };
        self.inner.engine.with_find(text, |re| {
            replace::replace(re, text, replacement, &groups, all)
        })
    }
}

//! The compiled fancy-regex programs behind a [`super::JavaRegex`], and the
//! backtracking budget.
//!
//! fancy-regex counts every backtracking step of one search, including the
//! step to each next start position of an unanchored scan, so a plain
//! `(?m)^word` over 300 KB already passes the 1,000,000 default. The limit
//! is meant to stop catastrophic patterns, not long inputs, so a search that
//! hits it is retried once with the limit raised by a fixed number of steps
//! per input byte: linear work always fits, exponential work still fails.

use std::sync::OnceLock;

use super::error::{RegexError, BACKTRACK_LIMIT_MESSAGE};

/// Extra steps allowed per input byte on the retry.
const STEPS_PER_BYTE: usize = 64;

#[derive(Debug)]
pub(crate) struct Engine {
    fancy: String,
    limit: usize,
    /// `\G` needs assertion overrides (which force fancy-regex's VM).
    overrides: bool,
    find: fancy_regex::Regex,
    /// `\A(?:p)\z` for `matches`, built on first use.
    whole: OnceLock<Result<fancy_regex::Regex, RegexError>>,
}

fn build(fancy: &str, limit: usize, overrides: bool) -> Result<fancy_regex::Regex, RegexError> {
    fancy_regex::RegexBuilder::new(fancy)
        .backtrack_limit(limit)
        // fancy-regex 0.20.2's optimizer mishandles a lazy body under a
        // greedy star: `(a+?)*` finds only "a" in "aa" (Java and the regex
        // crate find "aa"); found by differential fuzzing.
        .optimize(false)
        // Lets the find loop switch `\G` off after an empty match.
        .allow_input_assertion_overrides(overrides)
        .build()
        .map_err(RegexError::engine)
}

fn whole_pattern(fancy: &str) -> String {
    format!(r"\A(?:{fancy})\z")
}

impl Engine {
    pub(crate) fn new(fancy: String, limit: usize, overrides: bool) -> Result<Engine, RegexError> {
        let find = build(&fancy, limit, overrides)?;
        Ok(Engine {
            fancy,
            limit,
            overrides,
            find,
            whole: OnceLock::new(),
        })
    }

    /// Runs `op` with the find program, retrying with a budget scaled to
    /// `text` if the first run hit the limit.
    pub(crate) fn with_find<T>(
        &self,
        text: &str,
        op: impl Fn(&fancy_regex::Regex) -> Result<T, RegexError>,
    ) -> Result<T, RegexError> {
        match op(&self.find) {
            Err(e) if e.message == BACKTRACK_LIMIT_MESSAGE => match self.scaled(text) {
                Some(limit) => op(&build(&self.fancy, limit, self.overrides)?),
                None => Err(e),
            },
            other => other,
        }
    }

    /// `String.matches`.
    pub(crate) fn matches_whole(&self, text: &str) -> Result<bool, RegexError> {
        let whole = self
            .whole
            .get_or_init(|| build(&whole_pattern(&self.fancy), self.limit, false));
        let re = whole.as_ref().map_err(Clone::clone)?;
        match re.is_match(text).map_err(RegexError::engine) {
            Err(e) if e.message == BACKTRACK_LIMIT_MESSAGE => match self.scaled(text) {
                Some(limit) => build(&whole_pattern(&self.fancy), limit, false)?
                    .is_match(text)
                    .map_err(RegexError::engine),
                None => Err(e),
            },
            other => other,
        }
    }

    fn scaled(&self, text: &str) -> Option<usize> {
        let limit = self
            .limit
            .saturating_add(text.len().saturating_mul(STEPS_PER_BYTE));
        (limit > self.limit).then_some(limit)
    }
}

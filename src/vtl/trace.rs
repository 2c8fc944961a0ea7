//! A record of what a render did, for `--trace` and coverage.

use crate::vtl::span::Span;

#[derive(Debug, Clone, PartialEq)]
pub enum TraceEvent {
    /// An `#if`: which branch ran (`None`: no branch ran). Branch `n` is the `n`-th
    /// condition; the `#else` block is `branches`.
    If {
        branch: Option<usize>,
        branches: usize,
    },
    /// A `#set` stored this value (printed the Java way), or left the variable alone.
    Set {
        target: String,
        value: Option<String>,
    },
    /// One `#foreach` iteration with its index; `Done` after the last.
    Iteration {
        index: usize,
    },
    LoopDone {
        iterations: usize,
        stopped_by_limit: bool,
    },
    MacroCall {
        name: String,
    },
    /// A reference was printed.
    Output {
        text_len: usize,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct TraceEntry {
    pub span: Span,
    pub event: TraceEvent,
}

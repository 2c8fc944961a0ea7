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

/// Which template text produced each stretch of the output: `(output offset, source span)`
/// in output order. Recorded by traced renders.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OutputMap {
    entries: Vec<(usize, Span)>,
}

impl OutputMap {
    pub(crate) fn push(&mut self, output_offset: usize, span: Span) {
        self.entries.push((output_offset, span));
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The source position that printed the output byte at `offset`: inside a text node the
    /// corresponding byte of its source, otherwise the start of the reference or directive.
    pub fn source_offset(&self, offset: usize, text_spans_verbatim: bool) -> Option<usize> {
        let i = self.entries.partition_point(|(o, _)| *o <= offset);
        let (start, span) = *self.entries.get(i.checked_sub(1)?)?;
        let delta = offset - start;
        if text_spans_verbatim && delta < span.len() {
            Some(span.start as usize + delta)
        } else {
            Some(span.start as usize)
        }
    }
}

//! The compiled form of a path: Jayway 2.0.0's chain of `PathToken`s, kept as a vector.

use super::criteria::Filter;
use super::functions::Function;

/// `ArrayPathToken.Operation`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ArrayOp {
    /// `[n]`
    SingleIndex,
    /// `[a,b,...]`
    IndexSequence,
    /// `[(@.length-n)]`
    ContextSize,
    /// `[a:]`
    SliceFrom,
    /// `[:b]`
    SliceTo,
    /// `[a:b]`
    SliceBetween,
}

#[derive(Debug)]
pub(super) enum Token {
    /// `$` (also wherever a later `$` appears: Jayway restarts from the current value).
    Root,
    /// `['a']`, `.a`, or `['a','b']` (several names: a map of those found, leaf only).
    Property(Vec<String>),
    /// Index operations; `None` where the 2.0.0 analyzer chose no operation, which fails
    /// with a `NullPointerException` when evaluated.
    Array(Option<ArrayOp>, Vec<i32>),
    /// `[*]`, `.*`
    Wildcard,
    /// `..`
    Scan,
    /// `[?(...)]`; `None` entries are `[?]` placeholders whose filter was never supplied.
    Predicate(Vec<Option<Filter>>),
    /// `.length()` etc., only with [`Dialect::functions`](super::Dialect::functions).
    Function(Function),
}

impl Token {
    /// `isTokenDefinite()`.
    pub(super) fn is_definite(&self) -> bool {
        match self {
            Token::Root | Token::Property(_) | Token::Function(_) => true,
            Token::Array(op, _) => matches!(op, Some(ArrayOp::SingleIndex | ArrayOp::ContextSize)),
            Token::Wildcard | Token::Scan | Token::Predicate(_) => false,
        }
    }

    /// `getPathFragment()`, used in messages and in the path's `toString()`.
    pub(super) fn fragment(&self) -> String {
        match self {
            Token::Root => "$".into(),
            Token::Property(names) => format!("[{}]", quoted(names, ",")),
            Token::Array(op, n) => {
                let at = |i: usize| n.get(i).map_or_else(|| "null".into(), |v| v.to_string());
                match op {
                    Some(ArrayOp::SingleIndex | ArrayOp::IndexSequence) => {
                        let parts: Vec<String> = n.iter().map(|v| v.to_string()).collect();
                        format!("[{}]", parts.join(","))
                    }
                    Some(ArrayOp::ContextSize) => format!("[@.size(){}]", at(0)),
                    Some(ArrayOp::SliceFrom) => format!("[{}:]", at(0)),
                    Some(ArrayOp::SliceTo) => format!("[:{}]", at(0)),
                    Some(ArrayOp::SliceBetween) => format!("[{}:{}]", at(0), at(1)),
                    None => "NOT IMPLEMENTED".into(),
                }
            }
            Token::Wildcard => "[*]".into(),
            Token::Scan => "..".into(),
            Token::Predicate(filters) => {
                let marks = vec!["?"; filters.len().max(1)];
                format!("[{}]", marks.join(","))
            }
            Token::Function(f) => format!(".{}()", f.name()),
        }
    }
}

/// `Utils.join(delimiter, "'", names)`.
pub(super) fn quoted(names: &[String], delimiter: &str) -> String {
    let parts: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    parts.join(delimiter)
}

/// A compiled path: Jayway's `CompiledPath`.
#[derive(Debug)]
pub(super) struct Path {
    pub(super) tokens: Vec<Token>,
    /// Byte offset in the source text of each token, for diagnostics.
    pub(super) offsets: Vec<usize>,
    /// Starts with `$` (evaluated against the document root inside filters) rather than `@`.
    pub(super) is_root_path: bool,
}

impl Path {
    pub(super) fn is_definite(&self) -> bool {
        self.tokens.iter().all(Token::is_definite)
    }

    /// `PathToken.toString()` from token `from` on: the fragments of the rest of the chain.
    pub(super) fn to_string_from(&self, from: usize) -> String {
        self.tokens.iter().skip(from).map(Token::fragment).collect()
    }

    /// `isUpstreamDefinite()` of token `i`.
    pub(super) fn upstream_definite(&self, i: usize) -> bool {
        self.tokens.iter().take(i).all(Token::is_definite)
    }

    pub(super) fn is_leaf(&self, i: usize) -> bool {
        i + 1 >= self.tokens.len()
    }

    pub(super) fn offset(&self, i: usize) -> usize {
        self.offsets.get(i).copied().unwrap_or(0)
    }
}

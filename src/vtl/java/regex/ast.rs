//! The parsed pattern: Java's node kinds, reduced to what emission and the
//! look-behind length check need.

use super::class::ClassExpr;
use super::flags::Fold;

#[derive(Clone, Debug)]
pub(crate) enum Node {
    Empty,
    /// A run of literal code points (Java's Single or Slice).
    Literal(Vec<u32>, Fold),
    /// A one-character predicate: `[...]`, `\p{..}`, `.`, `\w`, ...
    Class(ClassExpr, Fold),
    /// A zero-width assertion, already in fancy-regex syntax.
    Assert(String),
    /// `\R`, Java's LineEnding: `\r\n` or one vertical-space character.
    LineEnding,
    Group(GroupKind, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Repeat>),
    /// A back reference to a Java group number that does exist.
    Backref(usize, Fold),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum GroupKind {
    Capture,
    NonCapture,
    Ahead,
    NotAhead,
    Behind,
    NotBehind,
    Atomic,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug)]
pub(crate) struct Repeat {
    pub(crate) node: Node,
    pub(crate) min: u32,
    /// `None` is Java's MAX_REPS (unbounded).
    pub(crate) max: Option<u32>,
    pub(crate) greed: Greed,
}

impl Node {
    /// Whether Java built this as a `CharProperty` (a one-character node),
    /// which is what makes `x*` a CharPropertyGreedy in Java's `curly()`.
    pub(crate) fn is_char_property(&self) -> bool {
        match self {
            Node::Class(..) => true,
            Node::Literal(cps, _) => cps.len() == 1,
            _ => false,
        }
    }

    /// True when the node can only match the empty string; fancy-regex
    /// refuses to repeat such nodes, Java accepts them.
    pub(crate) fn is_zero_width(&self) -> bool {
        match self {
            Node::Empty | Node::Assert(_) => true,
            Node::Literal(cps, _) => cps.is_empty(),
            Node::Class(..) | Node::LineEnding | Node::Backref(..) => false,
            Node::Group(kind, body) => match kind {
                GroupKind::Ahead
                | GroupKind::NotAhead
                | GroupKind::Behind
                | GroupKind::NotBehind => true,
                _ => body.is_zero_width(),
            },
            Node::Concat(items) | Node::Alt(items) => items.iter().all(Node::is_zero_width),
            Node::Repeat(r) => r.max == Some(0) || r.node.is_zero_width(),
        }
    }
}

//! Recursive descent over the Java pattern: a port of `Pattern.expr`,
//! `sequence` and `atom` (groups are in `group.rs`, quantifiers in
//! `quantifier.rs`). Inline flags are parser state, and every construct is
//! resolved under the flags in force where it appears, so nothing
//! flag-dependent is left for fancy-regex to reinterpret.

use std::collections::HashMap;

use super::anchors;
use super::ast::Node;
use super::cursor::Cursor;
use super::error::RegexError;
use super::escape::Escaped;
use super::flags::{self, Fold, DOTALL, MULTILINE, UNIX_LINES};
use super::props;

pub(crate) const MAX_GROUP_DEPTH: usize = 200;

pub(crate) struct Parser {
    pub(crate) cur: Cursor,
    /// Java's `capturingGroupCount`: the number the next group gets.
    pub(crate) group_count: usize,
    pub(crate) names: HashMap<String, usize>,
    /// Nesting of groups and classes; bounded so deep input cannot
    /// overflow our stack (Java would throw StackOverflowError).
    pub(crate) depth: usize,
    /// Whether `\G` occurs (see [`super::find`]).
    pub(crate) uses_last_match: bool,
}

pub(crate) fn is(ch: u32, c: char) -> bool {
    ch == u32::from(c)
}

impl Parser {
    pub(crate) fn new(temp: Vec<u32>) -> Parser {
        Parser {
            cur: Cursor::new(temp),
            group_count: 1,
            names: HashMap::new(),
            depth: 0,
            uses_last_match: false,
        }
    }

    /// Alternation.
    pub(crate) fn expr(&mut self) -> Result<Node, RegexError> {
        let mut alternatives = Vec::new();
        loop {
            alternatives.push(self.sequence()?);
            if !is(self.cur.peek(), '|') {
                break;
            }
            self.cur.next();
        }
        Ok(if alternatives.len() == 1 {
            alternatives.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alternatives)
        })
    }

    fn sequence(&mut self) -> Result<Node, RegexError> {
        let mut items = Vec::new();
        loop {
            let ch = self.cur.peek();
            let node = match char::from_u32(ch).unwrap_or('\u{FFFD}') {
                '(' => {
                    if let Some(group) = self.group0()? {
                        items.push(group);
                    }
                    continue;
                }
                '[' => {
                    let set = self.clazz(true)?;
                    Node::Class(set, flags::fold_of(self.cur.flags))
                }
                '\\' => {
                    let next = self.cur.next_escaped();
                    if is(next, 'p') || is(next, 'P') {
                        Node::Class(self.property(is(next, 'P'))?, Fold::None)
                    } else {
                        self.cur.unread();
                        self.atom()?
                    }
                }
                '^' => {
                    self.cur.next();
                    Node::Assert(anchors::caret(
                        self.cur.has(MULTILINE),
                        self.cur.has(UNIX_LINES),
                    ))
                }
                '$' => {
                    self.cur.next();
                    Node::Assert(anchors::dollar(
                        self.cur.has(MULTILINE),
                        self.cur.has(UNIX_LINES),
                    ))
                }
                '.' => {
                    self.cur.next();
                    let set = if self.cur.has(DOTALL) {
                        props::all()
                    } else {
                        props::dot(self.cur.has(UNIX_LINES))
                    };
                    Node::Class(set, Fold::None)
                }
                '|' | ')' => break,
                c @ ('?' | '*' | '+') => {
                    self.cur.next();
                    return Err(self.cur.error(&format!("Dangling meta character '{c}'")));
                }
                '\0' if self.cur.at_end() => break,
                _ => self.atom()?,
            };
            items.push(self.closure(node)?);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// A run of literal characters. Before a quantifier the last character
    /// is given back, so `ab*` repeats only `b`.
    fn atom(&mut self) -> Result<Node, RegexError> {
        let mut buf: Vec<u32> = Vec::new();
        let mut prev = self.cur.pos;
        let mut ch = self.cur.peek();
        loop {
            match char::from_u32(ch).unwrap_or('\u{FFFD}') {
                '*' | '+' | '?' | '{' => {
                    if buf.len() > 1 {
                        self.cur.pos = prev;
                        buf.pop();
                    }
                    break;
                }
                '$' | '.' | '^' | '(' | '[' | '|' | ')' => break,
                '\\' => {
                    let next = self.cur.next_escaped();
                    if is(next, 'p') || is(next, 'P') {
                        if !buf.is_empty() {
                            self.cur.unread();
                            break;
                        }
                        return Ok(Node::Class(self.property(is(next, 'P'))?, Fold::None));
                    }
                    self.cur.unread();
                    prev = self.cur.pos;
                    match self.escape(false, false)? {
                        Escaped::Char(c) => {
                            buf.push(c);
                            ch = self.cur.peek();
                            continue;
                        }
                        other if buf.is_empty() => {
                            return Ok(match other {
                                Escaped::Class(set) => Node::Class(set, Fold::None),
                                Escaped::Node(node) => node,
                                Escaped::Char(c) => Node::Literal(vec![c], Fold::None),
                            });
                        }
                        _ => {
                            self.cur.pos = prev;
                            break;
                        }
                    }
                }
                '\0' if self.cur.at_end() => break,
                _ => {
                    prev = self.cur.pos;
                    buf.push(ch);
                    ch = self.cur.next();
                }
            }
        }
        Ok(Node::Literal(buf, flags::fold_of(self.cur.flags)))
    }
}

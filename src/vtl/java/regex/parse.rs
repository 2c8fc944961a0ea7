//! Recursive descent over the Java pattern: a port of `Pattern.expr`,
//! `sequence`, `atom`, `group0`, `closure` and `addFlag`. Inline flags are
//! parser state (restored when a group closes, as Java's `flags0 = save`),
//! and every construct is resolved under the flags in force where it
//! appears, so nothing flag-dependent is left for fancy-regex to reinterpret.

use std::collections::HashMap;

use super::anchors;
use super::ast::{Greed, GroupKind, Node, Repeat};
use super::cursor::Cursor;
use super::error::RegexError;
use super::escape::Escaped;
use super::flags::{self, Fold, DOTALL, MULTILINE, UNIX_LINES};
use super::props;
use super::study::{study, TreeInfo};

const MAX_GROUP_DEPTH: usize = 200;

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

fn is(ch: u32, c: char) -> bool {
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

    /// `(...)` in all its forms; `None` for a bare flag group like `(?i)`.
    fn group0(&mut self) -> Result<Option<Node>, RegexError> {
        self.depth += 1;
        if self.depth > MAX_GROUP_DEPTH {
            return Err(self.cur.error("Groups nested too deeply"));
        }
        let result = self.group0_body();
        self.depth -= 1;
        result
    }

    fn group0_body(&mut self) -> Result<Option<Node>, RegexError> {
        let saved_flags = self.cur.flags;
        let ch = self.cur.next();
        let (kind, body) = if is(ch, '?') {
            let ch = self.cur.skip();
            match char::from_u32(ch).unwrap_or('\u{FFFD}') {
                ':' => (GroupKind::NonCapture, self.expr()?),
                '=' => (GroupKind::Ahead, self.expr()?),
                '!' => (GroupKind::NotAhead, self.expr()?),
                '>' => (GroupKind::Atomic, self.expr()?),
                '<' => {
                    let ch = self.cur.read();
                    if !is(ch, '=') && !is(ch, '!') {
                        let name = self.group_name(ch)?;
                        if self.names.contains_key(&name) {
                            let msg = format!("Named capturing group <{name}> is already defined");
                            return Err(self.cur.error(&msg));
                        }
                        self.names.insert(name, self.group_count);
                        self.group_count += 1;
                        (GroupKind::Capture, self.expr()?)
                    } else {
                        let body = self.expr()?;
                        let mut info = TreeInfo::new();
                        study(&body, &mut info);
                        if !info.max_valid {
                            return Err(self.cur.error(
                                "Look-behind group does not have an obvious maximum length",
                            ));
                        }
                        let kind = if is(ch, '=') {
                            GroupKind::Behind
                        } else {
                            GroupKind::NotBehind
                        };
                        (kind, body)
                    }
                }
                '$' | '@' => return Err(self.cur.error("Unknown group type")),
                _ => {
                    self.cur.unread();
                    self.add_flag();
                    let ch = self.cur.read();
                    if is(ch, ')') {
                        // Flags stay on until the enclosing group closes.
                        return Ok(None);
                    }
                    if !is(ch, ':') {
                        return Err(self.cur.error("Unknown inline modifier"));
                    }
                    (GroupKind::NonCapture, self.expr()?)
                }
            }
        } else {
            self.group_count += 1;
            (GroupKind::Capture, self.expr()?)
        };
        if !is(self.cur.read(), ')') {
            return Err(self.cur.error("Unclosed group"));
        }
        self.cur.flags = saved_flags;
        self.closure(Node::Group(kind, Box::new(body))).map(Some)
    }

    fn add_flag(&mut self) {
        let mut ch = self.cur.peek();
        loop {
            match flags::for_letter(ch) {
                Some(bits) => self.cur.flags |= bits,
                None if is(ch, '-') => {
                    ch = self.cur.next();
                    while let Some(bits) = flags::for_letter(ch) {
                        self.cur.flags &= !bits;
                        ch = self.cur.next();
                    }
                    return;
                }
                None => return,
            }
            ch = self.cur.next();
        }
    }

    /// A quantifier after `prev`, if any.
    fn closure(&mut self, prev: Node) -> Result<Node, RegexError> {
        let ch = self.cur.peek();
        let (min, max) = match char::from_u32(ch).unwrap_or('\u{FFFD}') {
            '?' => (0, Some(1)),
            '*' => (0, None),
            '+' => (1, None),
            '{' => match self.counted()? {
                Some(bounds) => bounds,
                None => return Ok(prev),
            },
            _ => return Ok(prev),
        };
        let greed = self.qtype();
        Ok(Node::Repeat(Box::new(Repeat {
            node: prev,
            min,
            max,
            greed,
        })))
    }

    /// `{n}`, `{n,}`, `{n,m}`; leaves the cursor on the closing `}` as
    /// Java's `closure` does before calling `qtype()`.
    fn counted(&mut self) -> Result<Option<(u32, Option<u32>)>, RegexError> {
        let digit = |c: u32| char::from_u32(c).and_then(|c| c.to_digit(10));
        let mut ch = self.cur.skip();
        let Some(mut d) = digit(ch) else {
            return Err(self.cur.error("Illegal repetition"));
        };
        let overflow = |p: &Parser| p.cur.error("Illegal repetition range");
        let mut cmin: i32 = 0;
        loop {
            cmin = cmin
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as i32))
                .ok_or_else(|| overflow(self))?;
            ch = self.cur.read();
            match digit(ch) {
                Some(next) => d = next,
                None => break,
            }
        }
        let cmax = if is(ch, ',') {
            ch = self.cur.read();
            if is(ch, '}') {
                self.cur.unread();
                return Ok(Some((cmin as u32, None)));
            }
            let mut cmax: i32 = 0;
            while let Some(d) = digit(ch) {
                cmax = cmax
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(d as i32))
                    .ok_or_else(|| overflow(self))?;
                ch = self.cur.read();
            }
            cmax
        } else {
            cmin
        };
        if !is(ch, '}') {
            return Err(self.cur.error("Unclosed counted closure"));
        }
        if cmax < cmin {
            return Err(self.cur.error("Illegal repetition range"));
        }
        self.cur.unread();
        Ok(Some((cmin as u32, Some(cmax as u32))))
    }

    fn qtype(&mut self) -> Greed {
        let ch = self.cur.next();
        if is(ch, '?') {
            self.cur.next();
            Greed::Lazy
        } else if is(ch, '+') {
            self.cur.next();
            Greed::Possessive
        } else {
            Greed::Greedy
        }
    }
}

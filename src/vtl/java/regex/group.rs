//! Groups: a port of `Pattern.group0` and `addFlag`. A bare flag group
//! like `(?i)` changes the parser's flags until the enclosing group closes
//! (Java restores `flags0` at each `)`), and a look-behind body must have
//! an "obvious maximum length" by Java's study.

use super::ast::{GroupKind, Node};
use super::behind;
use super::error::RegexError;
use super::flags;
use super::parse::{is, Parser, MAX_GROUP_DEPTH};
use super::study::{study, TreeInfo};

impl Parser {
    /// `(...)` in all its forms; `None` for a bare flag group like `(?i)`.
    pub(crate) fn group0(&mut self) -> Result<Option<Node>, RegexError> {
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
                        if !is(self.cur.read(), ')') {
                            return Err(self.cur.error("Unclosed group"));
                        }
                        self.cur.flags = saved_flags;
                        let node = behind::look_behind(is(ch, '!'), body, info.min, info.max);
                        return self.closure(node).map(Some);
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
}

//! Backslash escapes: a port of `Pattern.escape` and its helpers `o()`,
//! `x()`, `u()`, `c()`. Java reports unknown letters as
//! "Illegal/unsupported escape sequence"; any other escaped character is
//! itself.

use super::anchors;
use super::ast::Node;
use super::class::ClassExpr;
use super::error::RegexError;
use super::flags::{self, UNICODE_CHARACTER_CLASS, UNIX_LINES};
use super::parse::Parser;
use super::props;

/// What an escape stands for.
pub(crate) enum Escaped {
    Char(u32),
    Class(ClassExpr),
    Node(Node),
}

const ILLEGAL: &str = "Illegal/unsupported escape sequence";

impl Parser {
    /// Called with the cursor on the backslash.
    pub(crate) fn escape(&mut self, in_class: bool, is_range: bool) -> Result<Escaped, RegexError> {
        let ch = self.cur.skip();
        let unicode = self.cur.has(UNICODE_CHARACTER_CLASS);
        let Some(c) = char::from_u32(ch) else {
            return Ok(Escaped::Char(ch));
        };
        let node = |n: Node| -> Result<Escaped, RegexError> { Ok(Escaped::Node(n)) };
        let class = |c: ClassExpr| -> Result<Escaped, RegexError> { Ok(Escaped::Class(c)) };
        let digit = || {
            if unicode {
                props::unicode_digit()
            } else {
                props::ascii_digit()
            }
        };
        let space = || {
            if unicode {
                props::unicode_space()
            } else {
                props::ascii_space()
            }
        };
        let word = || {
            if unicode {
                props::unicode_word()
            } else {
                props::ascii_word()
            }
        };
        match c {
            '0' => Ok(Escaped::Char(self.octal()?)),
            '1'..='9' if !in_class => node(self.backref(ch - u32::from('0'))),
            'A' if !in_class => node(Node::Assert(r"\A".into())),
            'B' if !in_class => node(Node::Assert(anchors::boundary(true, unicode))),
            'D' => class(digit().negate()),
            'G' if !in_class => {
                self.uses_last_match = true;
                node(Node::Assert(r"\G".into()))
            }
            'H' => class(props::horizontal_ws().negate()),
            'N' => Err(self.cur.error("Unsupported escape sequence \\N{name}")),
            'R' if !in_class => node(Node::LineEnding),
            'S' => class(space().negate()),
            'V' => class(props::vertical_ws().negate()),
            'W' => class(word().negate()),
            'X' if !in_class => Err(self.cur.error("Unsupported grapheme cluster escape \\X")),
            'Z' if !in_class => node(Node::Assert(anchors::dollar(
                false,
                self.cur.has(UNIX_LINES),
            ))),
            'a' => Ok(Escaped::Char(0x07)),
            'b' if !in_class => self.bound(unicode),
            'c' => Ok(Escaped::Char(self.control()?)),
            'd' => class(digit()),
            'e' => Ok(Escaped::Char(0x1B)),
            'f' => Ok(Escaped::Char(0x0C)),
            'h' => class(props::horizontal_ws()),
            'k' if !in_class => node(self.named_backref()?),
            'n' => Ok(Escaped::Char(0x0A)),
            'r' => Ok(Escaped::Char(0x0D)),
            's' => class(space()),
            't' => Ok(Escaped::Char(0x09)),
            'u' => Ok(Escaped::Char(self.unicode_escape()?)),
            // Java 8+: \v is vertical whitespace, but 0x0B as a range end.
            'v' if is_range => Ok(Escaped::Char(0x0B)),
            'v' => class(props::vertical_ws()),
            'w' => class(word()),
            'x' => Ok(Escaped::Char(self.hex()?)),
            'z' if !in_class => node(Node::Assert(r"\z".into())),
            c if c.is_ascii_alphanumeric() => Err(self.cur.error(ILLEGAL)),
            _ => Ok(Escaped::Char(ch)),
        }
    }

    /// `\b`, or Java's `\b{g}` grapheme boundary, which is not supported.
    fn bound(&mut self, unicode: bool) -> Result<Escaped, RegexError> {
        if self.cur.peek() == u32::from('{') {
            if self.cur.skip() == u32::from('g') {
                if self.cur.read() == u32::from('}') {
                    return Err(self.cur.error("Unsupported grapheme boundary \\b{g}"));
                }
                return Err(self.cur.error(ILLEGAL));
            }
            self.cur.unread();
            self.cur.unread();
        }
        Ok(Escaped::Node(Node::Assert(anchors::boundary(
            false, unicode,
        ))))
    }

    fn octal(&mut self) -> Result<u32, RegexError> {
        let is_oct = |c: u32| (0x30..=0x37).contains(&c);
        let n = self.cur.read();
        if is_oct(n) {
            let m = self.cur.read();
            if is_oct(m) {
                let o = self.cur.read();
                if is_oct(o) && (0x30..=0x33).contains(&n) {
                    return Ok((n - 0x30) * 64 + (m - 0x30) * 8 + (o - 0x30));
                }
                self.cur.unread();
                return Ok((n - 0x30) * 8 + (m - 0x30));
            }
            self.cur.unread();
            return Ok(n - 0x30);
        }
        Err(self.cur.error("Illegal octal escape sequence"))
    }

    fn hex(&mut self) -> Result<u32, RegexError> {
        let n = self.cur.read();
        if let Some(hi) = hex_digit(n) {
            if let Some(lo) = hex_digit(self.cur.read()) {
                return Ok(hi * 16 + lo);
            }
        } else if n == u32::from('{') && hex_digit(self.cur.peek()).is_some() {
            let mut value: u32 = 0;
            let mut n = self.cur.read();
            while let Some(d) = hex_digit(n) {
                value = (value << 4) + d;
                if value > 0x10_FFFF {
                    return Err(self.cur.error("Hexadecimal codepoint is too big"));
                }
                n = self.cur.read();
            }
            if n != u32::from('}') {
                return Err(self.cur.error("Unclosed hexadecimal escape sequence"));
            }
            return Ok(value);
        }
        Err(self.cur.error("Illegal hexadecimal escape sequence"))
    }

    fn uxxxx(&mut self) -> Result<u32, RegexError> {
        let mut n = 0;
        for _ in 0..4 {
            let d = hex_digit(self.cur.read())
                .ok_or_else(|| self.cur.error("Illegal Unicode escape sequence"))?;
            n = n * 16 + d;
        }
        Ok(n)
    }

    /// `\uhhhh`; a high surrogate followed by `\u` + low surrogate pairs up.
    fn unicode_escape(&mut self) -> Result<u32, RegexError> {
        let n = self.uxxxx()?;
        if (0xD800..=0xDBFF).contains(&n) {
            let saved = self.cur.pos;
            if self.cur.read() == u32::from('\\') && self.cur.read() == u32::from('u') {
                let n2 = self.uxxxx()?;
                if (0xDC00..=0xDFFF).contains(&n2) {
                    return Ok(0x10000 + ((n - 0xD800) << 10) + (n2 - 0xDC00));
                }
            }
            self.cur.pos = saved;
        }
        Ok(n)
    }

    /// `\cX` is X xor 64, for any X.
    fn control(&mut self) -> Result<u32, RegexError> {
        if self.cur.pos < self.cur.len {
            return Ok(self.cur.read() ^ 64);
        }
        Err(self.cur.error("Illegal control escape sequence"))
    }

    /// Java's `ref()`: the first digit is always a group number; more digits
    /// join only while that many groups have been opened so far.
    fn backref(&mut self, first: u32) -> Node {
        let mut num = first as usize;
        loop {
            let ch = self.cur.peek();
            let Some(d) = char::from_u32(ch).and_then(|c| c.to_digit(10)) else {
                break;
            };
            let next = num.saturating_mul(10).saturating_add(d as usize);
            if self.group_count - 1 < next {
                break;
            }
            num = next;
            self.cur.read();
        }
        Node::Backref(num, flags::fold_of(self.cur.flags))
    }

    fn named_backref(&mut self) -> Result<Node, RegexError> {
        if self.cur.read() != u32::from('<') {
            return Err(self
                .cur
                .error("\\k is not followed by '<' for named capturing group"));
        }
        let first = self.cur.read();
        let name = self.group_name(first)?;
        let Some(&num) = self.names.get(&name) else {
            return Err(self
                .cur
                .error(&format!("named capturing group <{name}> does not exist")));
        };
        Ok(Node::Backref(num, flags::fold_of(self.cur.flags)))
    }

    /// `groupname()`: an ASCII letter, then ASCII letters and digits, then `>`.
    pub(crate) fn group_name(&mut self, mut ch: u32) -> Result<String, RegexError> {
        let alpha = |c: u32| char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic());
        let alnum = |c: u32| char::from_u32(c).is_some_and(|c| c.is_ascii_alphanumeric());
        if !alpha(ch) {
            return Err(self
                .cur
                .error("capturing group name does not start with a Latin letter"));
        }
        let mut name = String::new();
        while alnum(ch) {
            name.extend(char::from_u32(ch));
            ch = self.cur.read();
        }
        if ch != u32::from('>') {
            return Err(self
                .cur
                .error("named capturing group is missing trailing '>'"));
        }
        Ok(name)
    }
}

fn hex_digit(c: u32) -> Option<u32> {
    char::from_u32(c).and_then(|c| c.to_digit(16))
}

//! The parser's reading head, a port of `Pattern`'s `peek`/`read`/`next`/
//! `skip`/`unread`. Java reads a code-point array that ends in two zeros and
//! skips whitespace and `#` comments on every read while COMMENTS is on; the
//! port keeps those mechanics so error indices and quirks match.

use super::error::RegexError;
use super::flags::{COMMENTS, UNIX_LINES};

pub(crate) struct Cursor {
    pub(crate) temp: Vec<u32>,
    /// Code points before the two terminating zeros.
    pub(crate) len: usize,
    pub(crate) pos: usize,
    pub(crate) flags: u32,
}

impl Cursor {
    pub(crate) fn new(temp: Vec<u32>) -> Cursor {
        let len = temp.len().saturating_sub(2);
        Cursor {
            temp,
            len,
            pos: 0,
            flags: 0,
        }
    }

    pub(crate) fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// `temp[i]`, reading the terminator past the end (Java would throw an
    /// ArrayIndexOutOfBounds there; reading 0 keeps us panic-free).
    pub(crate) fn at(&self, i: usize) -> u32 {
        self.temp.get(i).copied().unwrap_or(0)
    }

    pub(crate) fn peek(&mut self) -> u32 {
        let ch = self.at(self.pos);
        if self.has(COMMENTS) {
            self.peek_past_whitespace(ch)
        } else {
            ch
        }
    }

    pub(crate) fn read(&mut self) -> u32 {
        let ch = self.at(self.pos);
        self.pos += 1;
        if self.has(COMMENTS) {
            self.parse_past_whitespace(ch)
        } else {
            ch
        }
    }

    pub(crate) fn next(&mut self) -> u32 {
        self.pos += 1;
        let ch = self.at(self.pos);
        if self.has(COMMENTS) {
            self.peek_past_whitespace(ch)
        } else {
            ch
        }
    }

    pub(crate) fn next_escaped(&mut self) -> u32 {
        self.pos += 1;
        self.at(self.pos)
    }

    pub(crate) fn skip(&mut self) -> u32 {
        let ch = self.at(self.pos + 1);
        self.pos += 2;
        ch
    }

    pub(crate) fn unread(&mut self) {
        self.pos = self.pos.saturating_sub(1);
    }

    pub(crate) fn at_end(&self) -> bool {
        self.pos >= self.len
    }

    /// Java's `error(s)`: the index is `cursor - 1`.
    pub(crate) fn error(&self, description: &str) -> RegexError {
        RegexError::syntax(description, self.pos as isize - 1)
    }

    fn peek_past_whitespace(&mut self, mut ch: u32) -> u32 {
        while is_space(ch) || ch == u32::from('#') {
            while is_space(ch) {
                self.pos += 1;
                ch = self.at(self.pos);
            }
            if ch == u32::from('#') {
                ch = self.peek_past_line();
            }
        }
        ch
    }

    fn parse_past_whitespace(&mut self, mut ch: u32) -> u32 {
        while is_space(ch) || ch == u32::from('#') {
            while is_space(ch) {
                ch = self.at(self.pos);
                self.pos += 1;
            }
            if ch == u32::from('#') {
                ch = self.parse_past_line();
            }
        }
        ch
    }

    fn parse_past_line(&mut self) -> u32 {
        let mut ch = self.at(self.pos);
        self.pos += 1;
        while ch != 0 && !self.is_line_separator(ch) {
            ch = self.at(self.pos);
            self.pos += 1;
        }
        if ch == 0 && self.pos > self.len {
            self.pos = self.len;
            ch = self.at(self.pos);
            self.pos += 1;
        }
        ch
    }

    fn peek_past_line(&mut self) -> u32 {
        self.pos += 1;
        let mut ch = self.at(self.pos);
        while ch != 0 && !self.is_line_separator(ch) {
            self.pos += 1;
            ch = self.at(self.pos);
        }
        if ch == 0 && self.pos > self.len {
            self.pos = self.len;
            ch = self.at(self.pos);
        }
        ch
    }

    fn is_line_separator(&self, ch: u32) -> bool {
        if self.has(UNIX_LINES) {
            ch == 0x0A
        } else {
            ch == 0x0A || ch == 0x0D || (ch | 1) == 0x2029 || ch == 0x85
        }
    }
}

/// Java's `ASCII.isSpace`: space, \t, \n, \x0B, \f, \r.
pub(crate) fn is_space(ch: u32) -> bool {
    ch == 0x20 || (0x09..=0x0D).contains(&ch)
}

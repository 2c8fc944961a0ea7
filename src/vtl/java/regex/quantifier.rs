//! Quantifiers: a port of `Pattern.closure`, `curly` and `qtype`, with
//! Java's errors ("Illegal repetition" for `{x`, "Illegal repetition range"
//! for `{2,1}` or overflow, "Unclosed counted closure").

use super::ast::{Greed, Node, Repeat};
use super::error::RegexError;
use super::parse::{is, Parser};

impl Parser {
    /// A quantifier after `prev`, if any.
    pub(crate) fn closure(&mut self, prev: Node) -> Result<Node, RegexError> {
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

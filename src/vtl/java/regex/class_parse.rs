//! `[...]` and `\p{..}` parsing: a port of `Pattern.clazz`, `range`,
//! `bitsOrSingle` and `family`, quirks included (e.g. `[]a]` holds `]`,
//! `[a&&&b]` is `[ab]`, and the Latin-1 "bits" set keeps growing across
//! `&&`), so the same sets and the same errors come out.

use super::class::{ascii_fold_range, ascii_fold_single, ClassExpr};
use super::error::RegexError;
use super::escape::Escaped;
use super::flags::{self, Fold, CASE_INSENSITIVE, UNICODE_CASE, UNICODE_CHARACTER_CLASS};
use super::parse::Parser;
use super::props;

const MAX_CLASS_DEPTH: usize = 200;

fn union(prev: Option<ClassExpr>, next: ClassExpr) -> ClassExpr {
    match prev {
        None => next,
        Some(p) => p.union(next),
    }
}

impl Parser {
    /// Called with the cursor on `[` (or, for `consume == false`, just
    /// before the first character of an `&&` operand).
    pub(crate) fn clazz(&mut self, consume: bool) -> Result<ClassExpr, RegexError> {
        self.depth += 1;
        if self.depth > MAX_CLASS_DEPTH {
            return Err(self.cur.error("Character classes nested too deeply"));
        }
        let result = self.clazz_body(consume);
        self.depth -= 1;
        result
    }

    fn clazz_body(&mut self, consume: bool) -> Result<ClassExpr, RegexError> {
        let mut prev: Option<ClassExpr> = None;
        let mut curr: Option<ClassExpr> = None;
        let mut bits: Vec<(u32, u32)> = Vec::new();
        let mut has_bits = false;
        let mut negated = false;
        let mut ch = self.cur.next();
        if ch == u32::from('^') && self.cur.at(self.cur.pos - 1) == u32::from('[') {
            ch = self.cur.next();
            negated = true;
        }
        loop {
            if ch == u32::from('[') {
                let inner = self.clazz(true)?;
                curr = Some(inner.clone());
                prev = Some(union(prev, inner));
                ch = self.cur.peek();
                continue;
            }
            if ch == u32::from('&') {
                ch = self.cur.next();
                if ch == u32::from('&') {
                    ch = self.cur.next();
                    let mut right: Option<ClassExpr> = None;
                    while ch != u32::from(']') && ch != u32::from('&') {
                        let operand = if ch == u32::from('[') {
                            self.clazz(true)?
                        } else {
                            self.cur.unread();
                            self.clazz(false)?
                        };
                        right = Some(union(right, operand));
                        ch = self.cur.peek();
                    }
                    if has_bits {
                        let b = ClassExpr::Ranges(bits.clone());
                        if prev.is_none() {
                            curr = Some(b.clone());
                            prev = Some(b);
                        } else {
                            prev = Some(union(prev, b));
                        }
                        has_bits = false;
                    }
                    let had_right = right.is_some();
                    if let Some(r) = right {
                        curr = Some(r);
                    }
                    prev = match prev {
                        None if !had_right => return Err(self.cur.error("Bad class syntax")),
                        None => curr.clone(),
                        Some(p) => {
                            let c = curr
                                .clone()
                                .ok_or_else(|| self.cur.error("Bad intersection syntax"))?;
                            Some(p.and(c))
                        }
                    };
                    continue;
                }
                // A lone `&` is literal.
                self.cur.unread();
            } else if ch == 0 && self.cur.at_end() {
                return Err(self.cur.error("Unclosed character class"));
            } else if ch == u32::from(']') && (prev.is_some() || has_bits) {
                if consume {
                    self.cur.next();
                }
                let mut set = match prev {
                    None => ClassExpr::Ranges(bits),
                    Some(p) if has_bits => p.union(ClassExpr::Ranges(bits)),
                    Some(p) => p,
                };
                if negated {
                    set = set.negate();
                }
                return Ok(set);
            }
            if let Some(c) = self.range(&mut bits)? {
                curr = Some(c.clone());
                prev = Some(union(prev, c));
            } else {
                has_bits = true;
            }
            ch = self.cur.peek();
        }
    }

    /// One item: a property, an escape, a character, or `a-z`. `None`
    /// means the character went into `bits`.
    fn range(&mut self, bits: &mut Vec<(u32, u32)>) -> Result<Option<ClassExpr>, RegexError> {
        let mut ch = self.cur.peek();
        if ch == u32::from('\\') {
            ch = self.cur.next_escaped();
            if ch == u32::from('p') || ch == u32::from('P') {
                return self.property(ch == u32::from('P')).map(Some);
            }
            let is_range = self.cur.at(self.cur.pos + 1) == u32::from('-');
            self.cur.unread();
            match self.escape(true, is_range)? {
                Escaped::Char(c) => ch = c,
                Escaped::Class(c) => return Ok(Some(c)),
                Escaped::Node(_) => {
                    return Err(self.cur.error("Illegal/unsupported escape sequence"))
                }
            }
        } else {
            self.cur.next();
        }
        if self.cur.peek() == u32::from('-') {
            let end = self.cur.at(self.cur.pos + 1);
            if end == u32::from('[') {
                return Ok(self.bits_or_single(bits, ch));
            }
            if end != u32::from(']') {
                self.cur.next();
                let m = self.cur.peek();
                let m = if m == u32::from('\\') {
                    match self.escape(true, true)? {
                        Escaped::Char(c) => Some(c),
                        _ => None,
                    }
                } else {
                    self.cur.next();
                    Some(m)
                };
                let m = match m {
                    Some(m) if m >= ch => m,
                    _ => return Err(self.cur.error("Illegal character range")),
                };
                return Ok(Some(match flags::fold_of(self.cur.flags) {
                    Fold::Ascii => ascii_fold_range(ch, m),
                    _ => ClassExpr::range(ch, m),
                }));
            }
        }
        Ok(self.bits_or_single(bits, ch))
    }

    /// Latin-1 characters go into the shared bit set (folded by ASCII case
    /// under CASE_INSENSITIVE); others become single predicates. Under
    /// UNICODE_CASE the whole class is folded at emission instead.
    fn bits_or_single(&mut self, bits: &mut Vec<(u32, u32)>, ch: u32) -> Option<ClassExpr> {
        let fold = flags::fold_of(self.cur.flags);
        let special = [0xFF, 0xB5, 0x49, 0x69, 0x53, 0x73, 0x4B, 0x6B, 0xC5, 0xE5];
        let unicode_ci = self.cur.has(CASE_INSENSITIVE) && self.cur.has(UNICODE_CASE);
        if ch < 256 && !(unicode_ci && special.contains(&ch)) {
            if fold == Fold::Ascii && ch < 0x80 {
                if let ClassExpr::Ranges(r) = ascii_fold_single(ch) {
                    bits.extend(r);
                }
            } else {
                bits.push((ch, ch));
            }
            return None;
        }
        Some(ClassExpr::single(ch))
    }

    /// `\p..`/`\P..` with the cursor on the `p`: Java's caller code plus
    /// `family()`.
    pub(crate) fn property(&mut self, complement: bool) -> Result<ClassExpr, RegexError> {
        let ch = self.cur.next();
        let one_letter = ch != u32::from('{');
        if one_letter {
            self.cur.unread();
        }
        self.cur.next();
        let name: String = if one_letter {
            let c = self.cur.at(self.cur.pos);
            self.cur.read();
            char::from_u32(c).map(String::from).unwrap_or_default()
        } else {
            let start = self.cur.pos;
            loop {
                let c = self.cur.at(self.cur.pos);
                self.cur.pos += 1;
                if c == u32::from('}') || self.cur.pos > self.cur.len {
                    break;
                }
            }
            let end = self.cur.pos;
            if end > self.cur.len {
                return Err(self.cur.error("Unclosed character family"));
            }
            if start + 1 >= end {
                return Err(self.cur.error("Empty character family"));
            }
            self.cur.temp[start..end - 1]
                .iter()
                .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}'))
                .collect()
        };
        let ci = self.cur.has(CASE_INSENSITIVE);
        let unicode = self.cur.has(UNICODE_CHARACTER_CLASS);
        let set = props::family(&name, ci, unicode).map_err(|d| self.cur.error(&d))?;
        Ok(if complement { set.negate() } else { set })
    }
}

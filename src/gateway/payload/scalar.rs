//! Strings and numbers as json-smart 2.2 reads them (`JSONParserMemory.readString`,
//! `JSONParserBase.readString2`, `readUnicode`, `JSONParserMemory.readNumber`,
//! `JSONParserBase.parseNumber` and `extractFloat`), in `MODE_PERMISSIVE`.

use std::sync::Arc;

use super::cursor::{java_trim, EOI};
use super::decimal::{big_decimal_error, big_integer_text};
use super::error::{number_format, parse_error, Kind, PayloadError};
use super::parser::{Parser, Stop};
use crate::vtl::java::number::{big_decimal_to_string, parse_java_double};
use crate::vtl::value::Value;

/// `MAX_STOP`: characters from 126 on are never stop characters, and end a number.
const MAX_STOP: u32 = 126;

impl Parser<'_> {
    /// `readString`: a quoted string, `c` being its opening `"` or `'`. A string without a
    /// backslash is cut out between the quotes as it is (control characters kept); one with a
    /// backslash is re-read character by character by [`Self::read_string_escaped`].
    pub(super) fn read_string(&mut self) -> Result<String, PayloadError> {
        let quote = self.cur.c;
        let start = self.cur.pos() + quote.len_utf8();
        let close = self
            .cur
            .text
            .get(start..)
            .and_then(|rest| rest.find(quote))
            .map(|i| start + i);
        let Some(close) = close else {
            let len = self.cur.java_index(self.cur.len());
            return Err(parse_error(len, Kind::Eof("null")));
        };
        let body = self.cur.slice(start, close);
        if !body.contains('\\') {
            self.cur.set(close);
            self.cur.read();
            return Ok(body.to_string());
        }
        self.read_string_escaped()
    }

    /// `readString2`. With `IGNORE_CONTROL_CHAR` (part of `MODE_PERMISSIVE`) control characters
    /// are dropped here, unlike on the fast path; a U+001A ends the input as `EOI` would.
    fn read_string_escaped(&mut self) -> Result<String, PayloadError> {
        let sep = self.cur.c;
        let mut sb: Vec<u16> = Vec::new();
        let mut buf = [0u16; 2];
        loop {
            self.cur.read();
            let c = self.cur.c;
            match c {
                EOI => {
                    return Err(parse_error(
                        self.cur.jpos().saturating_sub(1),
                        Kind::Eof("null"),
                    ))
                }
                '"' | '\'' if c == sep => {
                    self.cur.read();
                    // Lone surrogates from `\uD800` escapes cannot live in a Rust string.
                    return Ok(String::from_utf16_lossy(&sb));
                }
                '\\' => {
                    self.cur.read();
                    let unit = match self.cur.c {
                        't' => Some(u16::from(b'\t')),
                        'n' => Some(u16::from(b'\n')),
                        'r' => Some(u16::from(b'\r')),
                        'f' => Some(0x0c),
                        'b' => Some(0x08),
                        '\\' => Some(u16::from(b'\\')),
                        '/' => Some(u16::from(b'/')),
                        '\'' => Some(u16::from(b'\'')),
                        '"' => Some(u16::from(b'"')),
                        'u' => Some(self.read_unicode(4)?),
                        'x' => Some(self.read_unicode(2)?),
                        // Any other escaped character is dropped, itself included.
                        _ => None,
                    };
                    sb.extend(unit);
                }
                '\u{0}'..='\u{19}' | '\u{1b}'..='\u{1f}' | '\u{7f}' => {}
                c => sb.extend_from_slice(c.encode_utf16(&mut buf)),
            }
        }
    }

    /// `readUnicode(n)`: `n` hex digits after `\u` (4) or `\x` (2), as one UTF-16 unit.
    fn read_unicode(&mut self, digits: usize) -> Result<u16, PayloadError> {
        let mut value: u32 = 0;
        for _ in 0..digits {
            value *= 16;
            self.cur.read();
            let c = self.cur.c;
            match c.to_digit(16) {
                Some(d) if c.is_ascii() => value += d,
                _ if c == EOI => return Err(parse_error(self.cur.jpos(), Kind::Eof("EOF"))),
                _ => return Err(parse_error(self.cur.jpos(), Kind::Unicode(c))),
            }
        }
        Ok(value as u16)
    }

    /// `readNumber`: `c` is a digit or `-`. Text that goes on with a character that is neither
    /// a stop character nor `>= 126` turns the whole token into an unquoted string (`1-2`,
    /// `1.5x`, `1 2`); otherwise the trimmed token is an integer or a float.
    pub(super) fn read_number(&mut self, stop: Stop) -> Result<Value, PayloadError> {
        let start = self.cur.pos();
        self.cur.read();
        self.skip_digits();
        let c = self.cur.c;
        if c != '.' && c != 'E' && c != 'e' {
            self.skip_space();
            if self.continues_as_text(stop) {
                return Ok(self.rest_as_string(start, stop));
            }
            let xs = self.token(start);
            return Ok(parse_number(xs));
        }
        if self.cur.c == '.' {
            self.cur.read();
            self.skip_digits();
        }
        if self.cur.c != 'E' && self.cur.c != 'e' {
            self.skip_space();
            if self.continues_as_text(stop) {
                return Ok(self.rest_as_string(start, stop));
            }
            return self.extract_float(start);
        }
        self.cur.read();
        let c = self.cur.c;
        if c == '+' || c == '-' || c.is_ascii_digit() {
            self.cur.read();
            self.skip_digits();
            self.skip_space();
            if self.continues_as_text(stop) {
                return Ok(self.rest_as_string(start, stop));
            }
            return self.extract_float(start);
        }
        Ok(self.rest_as_string(start, stop))
    }

    /// `c >= 0 && c < MAX_STOP && !stop[c] && c != EOI`.
    fn continues_as_text(&self, stop: Stop) -> bool {
        let c = self.cur.c;
        (c as u32) < MAX_STOP && !stop.contains(c)
    }

    fn rest_as_string(&mut self, start: usize, stop: Stop) -> Value {
        self.skip_nq_string(stop);
        Value::str(self.token(start))
    }

    /// `extractStringTrim(start, pos)`.
    fn token(&self, start: usize) -> &str {
        java_trim(self.cur.slice(start, self.cur.pos()))
    }

    /// `extractFloat` with `USE_HI_PRECISION_FLOAT`: text longer than 18 characters becomes a
    /// `BigDecimal`, shorter text a `Double`. json-smart 2.2 does not catch the
    /// `NumberFormatException` of a dangling exponent (`1e+`), so neither do we.
    fn extract_float(&self, start: usize) -> Result<Value, PayloadError> {
        let xs = self.token(start);
        // Computed only on failure: converting to a UTF-16 index walks the text.
        let position = || self.cur.java_index(start);
        if xs.len() > 18 {
            return match big_decimal_to_string(xs) {
                Some(text) => Ok(Value::BigDecimal(Arc::from(text))),
                None => Err(number_format(big_decimal_error(xs), position())),
            };
        }
        match parse_java_double(xs) {
            Some(d) => Ok(Value::Double(d)),
            None => Err(number_format(
                format!("For input string: \"{xs}\""),
                position(),
            )),
        }
    }
}

/// `parseNumber` with `USE_INTEGER_STORAGE`: `Integer` when it fits, else `Long`, else
/// `BigInteger` (any text longer than a `long` can be, leading zeros included). A lone `-`
/// reads as `0`.
fn parse_number(s: &str) -> Value {
    let b = s.as_bytes();
    let neg = b.first() == Some(&b'-');
    let mut p = usize::from(neg);
    let mut max = if neg { 20 } else { 19 };
    let l = b.len();
    let must_check = if l < max {
        max = l;
        false
    } else if l > max {
        return Value::BigInt(Arc::from(big_integer_text(s)));
    } else {
        max = l - 1;
        true
    };
    // Accumulated negatively, as Java does, so that Long.MIN_VALUE fits.
    let mut r: i64 = 0;
    while p < max {
        r = r
            .wrapping_mul(10)
            .wrapping_sub(i64::from(b[p].wrapping_sub(b'0')));
        p += 1;
    }
    if must_check {
        let last = b[p];
        let is_big = if r > -922_337_203_685_477_580 {
            false
        } else if r < -922_337_203_685_477_580 {
            true
        } else if neg {
            last > b'8'
        } else {
            last > b'7'
        };
        if is_big {
            return Value::BigInt(Arc::from(big_integer_text(s)));
        }
        r = r
            .wrapping_mul(10)
            .wrapping_sub(i64::from(last.wrapping_sub(b'0')));
    }
    let r = if neg { r } else { r.wrapping_neg() };
    match i32::try_from(r) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::Long(r),
    }
}

//! The grammar of json-smart 2.2's `JSONParserBase` (`readFirst`, `readMain`, `readObject`,
//! `readArray`) in `MODE_PERMISSIVE` (-1: every leniency on, trailing data ignored), building
//! what `JsonReader.DEFAULT_ORDERED` builds: `LinkedHashMap` and `JSONArray`.

use super::cursor::{java_trim, Cursor, EOI};
use super::error::{parse_error, Kind, PayloadError};
use crate::vtl::value::Entries;
use crate::vtl::value::{ListKind, MapKind, Value};

/// Debian's json-smart 2.2 (with the CVE-2023-1370 fix) refuses arrays and objects nested
/// deeper than this; it also keeps our recursion bounded.
const MAX_DEPTH: usize = 400;

/// json-smart's stop tables: the characters that end an unquoted token in each context
/// (every table also holds `EOI`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Stop {
    /// `stopX`, the top level: only the end of input.
    Top,
    /// `stopArray`: `,` `]`.
    Array,
    /// `stopValue`: `,` `}`.
    Value,
    /// `stopKey`: `:`.
    Key,
}

impl Stop {
    pub(super) fn contains(self, c: char) -> bool {
        c == EOI
            || match self {
                Stop::Top => false,
                Stop::Array => c == ',' || c == ']',
                Stop::Value => c == ',' || c == '}',
                Stop::Key => c == ':',
            }
    }
}

pub(super) struct Parser<'a> {
    pub(super) cur: Cursor<'a>,
    depth: usize,
}

impl<'a> Parser<'a> {
    pub(super) fn new(text: &'a str) -> Parser<'a> {
        Parser {
            cur: Cursor::new(text),
            depth: 0,
        }
    }

    /// `parse`: `pos = -1; read(); readFirst()`. Whatever follows the first value is ignored
    /// (`ACCEPT_TAILLING_DATA` and `ACCEPT_TAILLING_SPACE`).
    pub(super) fn parse(&mut self) -> Result<Value, PayloadError> {
        self.cur.read();
        self.read_value(Stop::Top)
    }

    /// `readFirst` / `readMain`: one value of any kind.
    fn read_value(&mut self, stop: Stop) -> Result<Value, PayloadError> {
        loop {
            let c = self.cur.c;
            return match c {
                ' ' | '\r' | '\n' | '\t' => {
                    self.cur.read();
                    continue;
                }
                ':' | '}' | ']' => Err(parse_error(self.cur.jpos(), Kind::Char(c))),
                '{' => self.read_object(),
                '[' => self.read_array(),
                '"' | '\'' => Ok(Value::string(self.read_string()?)),
                'n' => Ok(self.read_word(stop, "null", Value::Null)),
                'f' => Ok(self.read_word(stop, "false", Value::Bool(false))),
                't' => Ok(self.read_word(stop, "true", Value::Bool(true))),
                // json-smart returns Float.NaN; a Double NaN prints the same.
                'N' => Ok(self.read_word(stop, "NaN", Value::Double(f64::NAN))),
                '0'..='9' | '-' => self.read_number(stop),
                _ => Ok(Value::str(self.read_nq_string(stop))),
            };
        }
    }

    /// An unquoted token that is `literal` only when it is exactly that word (`nullx` and
    /// `true false` are strings).
    fn read_word(&mut self, stop: Stop, literal: &str, value: Value) -> Value {
        let xs = self.read_nq_string(stop);
        if xs == literal {
            value
        } else {
            Value::str(xs)
        }
    }

    /// `readObject`. Keys may be quoted either way or bare; a repeated key keeps its first
    /// position and takes the last value (`LinkedHashMap.put`); stray commas are skipped.
    fn read_object(&mut self) -> Result<Value, PayloadError> {
        self.enter()?;
        let mut entries = Entries::default();
        loop {
            self.cur.read();
            let c = self.cur.c;
            match c {
                ' ' | '\r' | '\t' | '\n' | ',' => continue,
                ':' | ']' | '[' | '{' => return Err(parse_error(self.cur.jpos(), Kind::Char(c))),
                '}' => return Ok(self.close_object(entries)),
                _ => {}
            }
            let key = if c == '"' || c == '\'' {
                self.read_string()?
            } else {
                self.read_nq_string(Stop::Key).to_string()
            };
            self.skip_space();
            if self.cur.c != ':' {
                let at = self.cur.jpos().saturating_sub(1);
                return Err(match self.cur.c {
                    EOI => parse_error(at, Kind::Eof("null")),
                    other => parse_error(at, Kind::Char(other)),
                });
            }
            self.read_no_end()?;
            let value = self.read_value(Stop::Value)?;
            entries.insert(key.into(), value);
            self.skip_space();
            match self.cur.c {
                '}' => return Ok(self.close_object(entries)),
                EOI => {
                    return Err(parse_error(
                        self.cur.jpos().saturating_sub(1),
                        Kind::Eof("null"),
                    ))
                }
                ',' => {}
                other => {
                    let at = self.cur.jpos().saturating_sub(1);
                    return Err(parse_error(at, Kind::Token(other.to_string())));
                }
            }
        }
    }

    fn close_object(&mut self, entries: Entries) -> Value {
        self.depth -= 1;
        self.cur.read();
        Value::new_map(MapKind::Linked, entries)
    }

    /// `readArray`. Stray commas are skipped (`[,1,,2,]` is `[1,2]`).
    fn read_array(&mut self) -> Result<Value, PayloadError> {
        self.enter()?;
        let mut items = Vec::new();
        self.cur.read();
        loop {
            let c = self.cur.c;
            match c {
                ' ' | '\r' | '\n' | '\t' | ',' => self.cur.read(),
                ']' => {
                    self.depth -= 1;
                    self.cur.read();
                    return Ok(Value::new_list(ListKind::JsonArray, items));
                }
                ':' | '}' => return Err(parse_error(self.cur.jpos(), Kind::Char(c))),
                EOI => {
                    return Err(parse_error(
                        self.cur.jpos().saturating_sub(1),
                        Kind::Eof("EOF"),
                    ))
                }
                _ => items.push(self.read_value(Stop::Array)?),
            }
        }
    }

    /// The depth check at the start of `readArray`/`readObject`.
    fn enter(&mut self) -> Result<(), PayloadError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(parse_error(self.cur.jpos(), Kind::Depth(self.cur.c)));
        }
        Ok(())
    }

    /// `readNoEnd`: step over the `:`; the end of input right after it is an error.
    fn read_no_end(&mut self) -> Result<(), PayloadError> {
        self.cur.read();
        if self.cur.at_end() {
            return Err(parse_error(
                self.cur.jpos().saturating_sub(1),
                Kind::Eof("EOF"),
            ));
        }
        Ok(())
    }

    /// `readNQString`: an unquoted token up to a stop character, trimmed.
    pub(super) fn read_nq_string(&mut self, stop: Stop) -> &'a str {
        let start = self.cur.pos();
        self.skip_nq_string(stop);
        java_trim(self.cur.slice(start, self.cur.pos()))
    }

    pub(super) fn skip_nq_string(&mut self, stop: Stop) {
        while !stop.contains(self.cur.c) {
            self.cur.read();
        }
    }

    /// `skipSpace`: everything up to `' '` counts as space here (unlike in the value switch).
    pub(super) fn skip_space(&mut self) {
        while self.cur.c <= ' ' && self.cur.c != EOI {
            self.cur.read();
        }
    }

    pub(super) fn skip_digits(&mut self) {
        while self.cur.c.is_ascii_digit() {
            self.cur.read();
        }
    }
}

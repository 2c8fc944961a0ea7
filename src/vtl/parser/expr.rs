//! Expressions inside directive parentheses: `#set`, `#if` and the argument lists of methods,
//! macros and `#foreach`. Velocity 1.7 has two levels: full expressions (`#set` right-hand
//! sides, `#if` conditions) and "parameters" (literals and references only: method and macro
//! arguments, list elements, map entries, indexes and `#foreach` collections).

use std::sync::Arc;

use super::cursor::{is_arg_space, is_ident_start};
use super::Parser;
use crate::vtl::ast::{BinaryOp, Expr, ExprKind};
use crate::vtl::error::SyntaxError;
use crate::vtl::span::Span;

impl Parser<'_> {
    pub(super) fn skip_arg_space(&mut self) {
        while self.pos < self.bytes.len() && is_arg_space(self.bytes[self.pos]) {
            self.pos += 1;
        }
    }

    pub(super) fn expect_byte(&mut self, b: u8, what: &str) -> Result<(), SyntaxError> {
        if self.peek() == Some(b) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected(what))
        }
    }

    /// A syntax error at the current position: "expected X, found Y".
    pub(super) fn unexpected(&self, expected: &str) -> SyntaxError {
        let found = match self.peek() {
            None => String::from("end of template"),
            Some(b'\n') => String::from("end of line"),
            Some(_) => {
                let rest = &self.src[self.pos..];
                let c = rest.chars().next().unwrap_or(' ');
                format!("`{c}`")
            }
        };
        let end = (self.pos + 1).min(self.src.len().max(self.pos));
        SyntaxError::new(
            self.span(self.pos, end),
            format!("expected {expected}, found {found}"),
        )
        .label(format!("expected {expected}"))
    }

    /// A full expression.
    pub(super) fn expression(&mut self) -> Result<Expr, SyntaxError> {
        self.enter()?;
        let e = self.binary_expr(0);
        self.depth -= 1;
        e
    }

    /// Operands joined by operators binding at least as tightly as `min` (precedence
    /// climbing: every level is left-associative, as in Velocity's grammar, where `||` binds
    /// loosest, then `&&`, `==`/`!=`, the comparisons, `+`/`-` and `*`/`/`/`%`).
    fn binary_expr(&mut self, min: u8) -> Result<Expr, SyntaxError> {
        let mut left = self.unary_expr()?;
        loop {
            self.skip_arg_space();
            let Some((op, len)) = self.binary_operator() else {
                return Ok(left);
            };
            let precedence = precedence(op);
            if precedence < min {
                return Ok(left);
            }
            self.pos += len;
            let right = self.binary_expr(precedence + 1)?;
            left = binary(op, left, right);
        }
    }

    /// The binary operator at the current position and its length, without consuming it.
    fn binary_operator(&self) -> Option<(BinaryOp, usize)> {
        let rest = &self.bytes[self.pos..];
        let next = rest.get(1).copied();
        let op = match (*rest.first()?, next) {
            (b'|', Some(b'|')) => (BinaryOp::Or, 2),
            (b'&', Some(b'&')) => (BinaryOp::And, 2),
            (b'=', Some(b'=')) => (BinaryOp::Eq, 2),
            (b'!', Some(b'=')) => (BinaryOp::Ne, 2),
            (b'<', Some(b'=')) => (BinaryOp::Le, 2),
            (b'>', Some(b'=')) => (BinaryOp::Ge, 2),
            (b'<', _) => (BinaryOp::Lt, 1),
            (b'>', _) => (BinaryOp::Gt, 1),
            (b'+', _) => (BinaryOp::Add, 1),
            // `-1` is an integer literal to Velocity's lexer even after an operand, so
            // `$a -1` is a syntax error in 1.7; only a `-` not followed by a digit subtracts.
            (b'-', next) if !next.is_some_and(|b| b.is_ascii_digit() || b == b'.') => {
                (BinaryOp::Sub, 1)
            }
            (b'*', _) => (BinaryOp::Mul, 1),
            (b'/', _) => (BinaryOp::Div, 1),
            (b'%', _) => (BinaryOp::Mod, 1),
            (b'a'..=b'z', _) => {
                const WORDS: [(&str, BinaryOp); 8] = [
                    ("or", BinaryOp::Or),
                    ("and", BinaryOp::And),
                    ("eq", BinaryOp::Eq),
                    ("ne", BinaryOp::Ne),
                    ("lt", BinaryOp::Lt),
                    ("le", BinaryOp::Le),
                    ("gt", BinaryOp::Gt),
                    ("ge", BinaryOp::Ge),
                ];
                let (word, op) = WORDS.iter().find(|(w, _)| self.at_keyword(w))?;
                (*op, word.len())
            }
            _ => return None,
        };
        Some(op)
    }

    fn unary_expr(&mut self) -> Result<Expr, SyntaxError> {
        self.skip_arg_space();
        let start = self.pos;
        let negated = if self.peek() == Some(b'!') && self.peek_at(1) != Some(b'=') {
            self.pos += 1;
            true
        } else {
            self.keyword("not")
        };
        if negated {
            self.enter()?;
            let inner = self.unary_expr();
            self.depth -= 1;
            let inner = inner?;
            return Ok(Expr {
                span: self.span(start, self.pos),
                kind: ExprKind::Not(Box::new(inner)),
            });
        }
        if self.peek() == Some(b'(') {
            self.pos += 1;
            let inner = self.expression()?;
            self.skip_arg_space();
            self.expect_byte(b')', "`)`")?;
            return Ok(inner);
        }
        self.value("an expression")
    }

    /// Consumes `word` if it stands alone (not the start of a longer name).
    pub(super) fn keyword(&mut self, word: &str) -> bool {
        if self.at_keyword(word) {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    /// `word` stands alone at the current position.
    fn at_keyword(&self, word: &str) -> bool {
        let rest = &self.bytes[self.pos..];
        rest.starts_with(word.as_bytes())
            && !rest
                .get(word.len())
                .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
    }

    /// A "parameter": a literal, a list, range or map literal, or a reference, with optional
    /// whitespace around it.
    pub(super) fn parameter(&mut self) -> Result<Expr, SyntaxError> {
        self.skip_arg_space();
        let e = self.value("a value (a literal or a $reference)")?;
        self.skip_arg_space();
        Ok(e)
    }

    fn value(&mut self, expected: &str) -> Result<Expr, SyntaxError> {
        let start = self.pos;
        let kind = match self.peek() {
            Some(b'$') => match self.reference_at(self.pos)? {
                Some((r, end)) => {
                    self.pos = end;
                    ExprKind::Reference(r)
                }
                None => return Err(self.unexpected(expected)),
            },
            Some(b'"') | Some(b'\'') => self.string_literal()?,
            Some(b'[') => self.list_or_range()?,
            Some(b'{') => self.map_literal()?,
            Some(b) if b.is_ascii_digit() || b == b'-' || b == b'.' => self.number()?,
            Some(_) if self.keyword("true") => ExprKind::Bool(true),
            Some(_) if self.keyword("false") => ExprKind::Bool(false),
            Some(b) if is_ident_start(b) => {
                let end = self.bytes[self.pos..]
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric() && *b != b'_')
                    .map_or(self.bytes.len(), |i| i + self.pos);
                return Err(SyntaxError::new(
                    self.span(self.pos, end),
                    format!("unexpected word `{}`", &self.src[self.pos..end]),
                )
                .label("not a value")
                .help("variables start with `$`, strings need quotes"));
            }
            _ => return Err(self.unexpected(expected)),
        };
        Ok(Expr {
            kind,
            span: self.span(start, self.pos),
        })
    }

    fn number(&mut self) -> Result<ExprKind, SyntaxError> {
        let start = self.pos;
        let b = self.bytes;
        let mut i = self.pos;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        let int_start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let mut is_float = false;
        // `1..3` is a range: the first `.` belongs to `..`, not to a decimal.
        if b.get(i) == Some(&b'.') && b.get(i + 1) != Some(&b'.') {
            let mut j = i + 1;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if j > i + 1 || i > int_start {
                is_float = true;
                i = j;
            }
        }
        if i > int_start && matches!(b.get(i), Some(b'e') | Some(b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+') | Some(b'-')) {
                j += 1;
            }
            let digits = j;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if j > digits {
                is_float = true;
                i = j;
            }
        }
        let text = &self.src[start..i];
        if i == int_start || text == "-" || text == "." || text == "-." {
            return Err(self.unexpected("a number"));
        }
        self.pos = i;
        if is_float {
            return match text.parse::<f64>() {
                Ok(d) => Ok(ExprKind::Double(d)),
                Err(_) => Err(SyntaxError::new(self.span(start, i), "invalid number")),
            };
        }
        // ASTIntegerLiteral: Integer, else Long, else BigInteger.
        if let Ok(v) = text.parse::<i32>() {
            Ok(ExprKind::Int(v))
        } else if let Ok(v) = text.parse::<i64>() {
            Ok(ExprKind::Long(v))
        } else {
            let digits = text.trim_start_matches('-').trim_start_matches('0');
            let neg = text.starts_with('-') && !digits.is_empty();
            let canon = format!(
                "{}{}",
                if neg { "-" } else { "" },
                if digits.is_empty() { "0" } else { digits }
            );
            Ok(ExprKind::BigInt(Arc::from(canon)))
        }
    }

    fn list_or_range(&mut self) -> Result<ExprKind, SyntaxError> {
        self.pos += 1; // [
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(ExprKind::List(Vec::new()));
        }
        let first = self.parameter()?;
        if self.src[self.pos..].starts_with("..") {
            let bound_ok = |e: &Expr| matches!(e.kind, ExprKind::Int(_) | ExprKind::Reference(_));
            if !bound_ok(&first) {
                return Err(SyntaxError::new(
                    first.span,
                    "a range bound must be an integer or a $reference",
                )
                .label("not an integer"));
            }
            self.pos += 2;
            let last = self.parameter()?;
            if !bound_ok(&last) {
                return Err(SyntaxError::new(
                    last.span,
                    "a range bound must be an integer or a $reference",
                )
                .label("not an integer"));
            }
            self.expect_byte(b']', "`]` to close the range")?;
            return Ok(ExprKind::Range(Box::new(first), Box::new(last)));
        }
        let mut items = vec![first];
        loop {
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    items.push(self.parameter()?);
                }
                Some(b']') => {
                    self.pos += 1;
                    return Ok(ExprKind::List(items));
                }
                _ => return Err(self.unexpected("`,` or `]`")),
            }
        }
    }

    fn map_literal(&mut self) -> Result<ExprKind, SyntaxError> {
        self.pos += 1; // {
        self.skip_arg_space();
        let mut entries = Vec::new();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(ExprKind::Map(entries));
        }
        loop {
            let key = self.parameter()?;
            self.expect_byte(b':', "`:` between a map key and its value")?;
            let value = self.parameter()?;
            entries.push((key, value));
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(ExprKind::Map(entries));
                }
                _ => return Err(self.unexpected("`,` or `}`")),
            }
        }
    }

    /// `"..."` (interpolated) or `'...'` (literal). Only `\uXXXX` escapes are processed
    /// (ASTStringLiteral); a quote is written by doubling it.
    fn string_literal(&mut self) -> Result<ExprKind, SyntaxError> {
        let quote = self.bytes[self.pos];
        let start = self.pos;
        let content_start = self.pos + 1;
        let mut i = content_start;
        loop {
            match self.bytes.get(i) {
                None => {
                    return Err(SyntaxError::new(
                        self.span(start, start + 1),
                        "unterminated string literal",
                    )
                    .label("this string is never closed")
                    .help(format!(
                        "close it with {q}; write {q}{q} for a literal {q}",
                        q = quote as char
                    )))
                }
                Some(&b) if b == quote => {
                    if self.bytes.get(i + 1) == Some(&quote) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                Some(_) => i += 1,
            }
        }
        let i = i.min(self.bytes.len());
        let raw = &self.src[content_start..i];
        self.pos = i + 1;
        let q = quote as char;
        let doubled = [q, q].iter().collect::<String>();
        let content = raw.replace(&doubled, &q.to_string());
        // Only double-quoted literals process `\uXXXX` ('\u0041' stays as written).
        let content = if quote == b'"' {
            unescape_unicode(&content)
        } else {
            content
        };
        if quote == b'"' && (content.contains('$') || content.contains('#')) {
            // Velocity parses the literal as a template of its own, with a space appended that
            // it removes again after rendering (ASTStringLiteral.init / value).
            let sub_source = format!("{content} ");
            let block = self.sub_template(&sub_source, content_start)?;
            return Ok(ExprKind::Interpolated(block));
        }
        Ok(ExprKind::Str(Arc::from(content)))
    }
}

/// How tightly an operator binds (higher binds tighter).
fn precedence(op: BinaryOp) -> u8 {
    match op {
        BinaryOp::Or => 0,
        BinaryOp::And => 1,
        BinaryOp::Eq | BinaryOp::Ne => 2,
        BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge => 3,
        BinaryOp::Add | BinaryOp::Sub => 4,
        BinaryOp::Mul | BinaryOp::Div | BinaryOp::Mod => 5,
    }
}

fn binary(op: BinaryOp, left: Expr, right: Expr) -> Expr {
    Expr {
        span: Span::new(left.span.start as usize, right.span.end as usize),
        kind: ExprKind::Binary(op, Box::new(left), Box::new(right)),
    }
}

/// Replaces `\uXXXX` escapes; every other backslash stays as written.
fn unescape_unicode(s: &str) -> String {
    if !s.contains("\\u") {
        return s.to_string();
    }
    let mut units: Vec<u16> = Vec::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("\\u") {
        units.extend(rest[..i].encode_utf16());
        let hex = rest
            .get(i + 2..i + 6)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
        match hex.and_then(|h| u16::from_str_radix(h, 16).ok()) {
            Some(unit) => {
                units.push(unit);
                rest = &rest[i + 6..];
            }
            None => {
                units.extend("\\u".encode_utf16());
                rest = &rest[i + 2..];
            }
        }
    }
    units.extend(rest.encode_utf16());
    String::from_utf16_lossy(&units)
}

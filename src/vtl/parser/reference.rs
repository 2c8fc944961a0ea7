//! References: `$a`, `${a}`, `$!a`, `$!{a}` with property, method and index parts.

use super::cursor::{is_ident_char, is_ident_start};
use super::Parser;
use crate::vtl::ast::{Name, RefPart, Reference};
use crate::vtl::error::SyntaxError;

impl Parser<'_> {
    /// Parses the reference starting at the `$` at `start`. `Ok(None)` when the text there only
    /// looks like one (`$5`, `$ `, `${ `): Velocity prints such text as it is.
    pub(super) fn reference_at(
        &mut self,
        start: usize,
    ) -> Result<Option<(Reference, usize)>, SyntaxError> {
        let b = self.bytes;
        let mut i = start + 1;
        let quiet = b.get(i) == Some(&b'!');
        if quiet {
            i += 1;
        }
        let braced = b.get(i) == Some(&b'{');
        if braced {
            i += 1;
        }
        if !b.get(i).copied().is_some_and(is_ident_start) {
            return Ok(None);
        }
        let root_start = i;
        while i < b.len() && is_ident_char(b[i]) {
            i += 1;
        }
        let root = Name::new(&self.src[root_start..i]);
        self.note_root(&self.src[root_start..i]);
        let saved = self.pos;
        self.pos = i;
        let parts = self.reference_parts();
        let parts = match parts {
            Ok(p) => p,
            Err(e) => {
                self.pos = saved;
                return Err(e);
            }
        };
        if braced {
            if self.peek() == Some(b'}') {
                self.pos += 1;
            } else {
                let e = self
                    .unexpected("`}` to close `${`")
                    .help("a `${...}` reference must end with `}`");
                self.pos = saved;
                return Err(e);
            }
        }
        let end = self.pos;
        self.pos = saved;
        Ok(Some((
            Reference {
                quiet,
                root,
                parts,
                text: Name::new(&self.src[start..end]),
                span: self.span(start, end),
            },
            end,
        )))
    }

    fn reference_parts(&mut self) -> Result<Vec<RefPart>, SyntaxError> {
        // Most chains are one to three parts long (`$input.json('$')`, `$context.identity.sourceIp`).
        let mut parts = match self.peek() {
            Some(b'.' | b'[') => Vec::with_capacity(3),
            _ => Vec::new(),
        };
        loop {
            let b = self.bytes;
            let i = self.pos;
            // After a `.`, a property must start with a letter (`$a.1`, `$a._x` are text).
            if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic()) {
                let name_start = i + 1;
                let mut j = name_start;
                while j < b.len() && is_ident_char(b[j]) {
                    j += 1;
                }
                let name = Name::new(&self.src[name_start..j]);
                self.pos = j;
                if b.get(j) == Some(&b'(') {
                    self.enter()?;
                    let args = self.method_arguments();
                    self.depth -= 1;
                    parts.push(RefPart::Method {
                        name,
                        args: args?,
                        span: self.span(name_start, self.pos),
                    });
                } else {
                    parts.push(RefPart::Property {
                        name,
                        span: self.span(name_start, j),
                    });
                }
            } else if b.get(i) == Some(&b'[') {
                self.pos += 1;
                self.enter()?;
                let index = self.parameter();
                self.depth -= 1;
                let index = index?;
                self.expect_byte(b']', "`]` to close the index")?;
                parts.push(RefPart::Index {
                    index,
                    span: self.span(i, self.pos),
                });
            } else {
                return Ok(parts);
            }
        }
    }

    /// `(a, b)` after a method name. Velocity 1.7 takes only literals and references here:
    /// `$s.substring($i + 1)` is a syntax error, and so is `$s.trim( )`.
    fn method_arguments(&mut self) -> Result<Vec<crate::vtl::ast::Expr>, SyntaxError> {
        self.pos += 1; // (
        let mut args = Vec::new();
        if self.peek() == Some(b')') {
            self.pos += 1;
            return Ok(args);
        }
        loop {
            let arg = self.parameter().map_err(|e| {
                e.help("method arguments must be literals or $references; compute values with #set first")
            })?;
            args.push(arg);
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b')') => {
                    self.pos += 1;
                    return Ok(args);
                }
                _ => {
                    return Err(self
                        .unexpected("`,` or `)` in the method arguments")
                        .help("method arguments must be literals or $references; compute values with #set first"))
                }
            }
        }
    }
}

//! Evaluating references: `$a.b`, `$a.m(x)`, `$a[i]`.

use super::Renderer;
use crate::vtl::ast::{Expr, RefPart, Reference};
use crate::vtl::error::{RenderError, RenderErrorKind};
use crate::vtl::methods::{self, MemberError};
use crate::vtl::span::Span;
use crate::vtl::value::Value;

impl Renderer<'_> {
    /// The value of a reference. A null anywhere in the chain ends it; under
    /// [`crate::vtl::NullReference::EmptyString`] the result is then `""`.
    pub(super) fn reference(&mut self, r: &Reference) -> Result<Value, RenderError> {
        let v = self.reference_prefix(r, r.parts.len())?;
        if v.is_null() && self.null_is_empty() {
            return Ok(Value::empty_str());
        }
        Ok(v)
    }

    /// The value of the root and the first `n` parts (null if the chain breaks).
    pub(super) fn reference_prefix(
        &mut self,
        r: &Reference,
        n: usize,
    ) -> Result<Value, RenderError> {
        let mut v = self.lookup(&r.root)?;
        for part in &r.parts[..n] {
            if v.is_null() {
                return Ok(Value::Null);
            }
            v = self.member(v, part)?;
        }
        Ok(v)
    }

    fn member(&mut self, receiver: Value, part: &RefPart) -> Result<Value, RenderError> {
        // A `#define` block is a `Block$Reference`: it has `toString()` and nothing else.
        if let Value::Define(_) = receiver {
            return match part {
                RefPart::Method { name, args, .. } if &**name == "toString" && args.is_empty() => {
                    self.materialize(receiver, part.span())
                }
                _ => Ok(Value::Null),
            };
        }
        let result = match part {
            RefPart::Property { name, .. } => methods::property(&receiver, name),
            RefPart::Method { name, args, .. } => {
                let limits = &self.settings.limits;
                // Most calls take one or two arguments: those stay on the stack.
                match args.as_slice() {
                    [] => methods::call(&receiver, name, &[], limits),
                    [a] => {
                        let a = self.argument(a)?;
                        methods::call(&receiver, name, &[a], limits)
                    }
                    [a, b] => {
                        let (a, b) = (self.argument(a)?, self.argument(b)?);
                        methods::call(&receiver, name, &[a, b], limits)
                    }
                    _ => {
                        let mut values = Vec::with_capacity(args.len());
                        for a in args {
                            values.push(self.argument(a)?);
                        }
                        methods::call(&receiver, name, &values, limits)
                    }
                }
            }
            RefPart::Index { index, .. } => {
                let key = self.expr(index)?;
                methods::index(&receiver, &key)
            }
        };
        match result {
            Ok(v) => {
                self.check_value_size(&receiver, &v, part.span())?;
                Ok(v)
            }
            Err(MemberError::NotFound) => Ok(Value::Null),
            Err(MemberError::Threw(e)) => Err(RenderError::new(
                RenderErrorKind::MethodThrew {
                    class: e.class.to_string(),
                    message: e.message,
                },
                part.span(),
            )),
            Err(MemberError::Limit(limit, value)) => Err(RenderError::new(
                RenderErrorKind::LimitExceeded { limit, value },
                part.span(),
            )),
        }
    }

    /// A method argument's value (a `#define` block passes its text).
    fn argument(&mut self, a: &Expr) -> Result<Value, RenderError> {
        let v = self.expr(a)?;
        self.materialize(v, a.span)
    }

    /// Strings and lists grown by method calls (`$s.concat($s)`, `$l.addAll($l)`) are bounded
    /// like the ones expressions build.
    fn check_value_size(
        &self,
        receiver: &Value,
        result: &Value,
        span: Span,
    ) -> Result<(), RenderError> {
        let limits = &self.settings.limits;
        if let Value::Str(s) = result {
            if s.len() > limits.max_string_bytes {
                return Err(RenderError::new(
                    RenderErrorKind::LimitExceeded {
                        limit: "max_string_bytes",
                        value: limits.max_string_bytes,
                    },
                    span,
                ));
            }
        }
        if let Value::List(l) = receiver {
            if l.borrow().items.len() > limits.max_collection_size {
                return Err(RenderError::new(
                    RenderErrorKind::LimitExceeded {
                        limit: "max_collection_size",
                        value: limits.max_collection_size,
                    },
                    span,
                ));
            }
        }
        Ok(())
    }

    /// A `#define` block used as an object is its rendered text.
    pub(super) fn materialize(&mut self, v: Value, span: Span) -> Result<Value, RenderError> {
        match v {
            Value::Define(body) => Ok(Value::string(self.render_to_string(&body, span)?)),
            other => Ok(other),
        }
    }
}

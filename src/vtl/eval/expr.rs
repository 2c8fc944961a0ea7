//! Evaluating expressions with Velocity 1.7's operator semantics.

use std::sync::Arc;

use super::Renderer;
use crate::vtl::ast::{BinaryOp, Expr, ExprKind};
use crate::vtl::error::{RenderError, RenderErrorKind};
use crate::vtl::value::Entries;
use crate::vtl::value::{
    arithmetic, to_java_string, velocity_compare, velocity_equals, ArithOp, ListKind, MapKind,
    Value,
};

impl Renderer<'_> {
    pub(super) fn expr(&mut self, e: &Expr) -> Result<Value, RenderError> {
        Ok(match &e.kind {
            ExprKind::Str(s) => Value::Str(s.clone()),
            ExprKind::Interpolated(block) => {
                let mut s = self.render_to_string(block, e.span)?;
                // Velocity appended a space before parsing the literal; it removes it here.
                if s.ends_with(' ') {
                    s.pop();
                }
                Value::string(s)
            }
            ExprKind::Int(i) => Value::Int(*i),
            ExprKind::Long(l) => Value::Long(*l),
            ExprKind::BigInt(s) => Value::BigInt(s.clone()),
            ExprKind::Double(d) => Value::Double(*d),
            ExprKind::Bool(b) => Value::Bool(*b),
            ExprKind::Reference(r) => self.reference(r)?,
            ExprKind::List(items) => {
                self.check_size(items.len(), e)?;
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(self.expr(item)?);
                }
                Value::new_list(ListKind::ArrayList, values)
            }
            ExprKind::Map(entries) => {
                let mut map = Entries::with_capacity_and_hasher(entries.len(), Default::default());
                for (k, v) in entries {
                    let key = self.expr(k)?;
                    let value = self.expr(v)?;
                    let key = to_java_string(&key).unwrap_or_else(|| String::from("null"));
                    map.insert(Arc::from(key), value);
                }
                Value::new_map(MapKind::Linked, map)
            }
            ExprKind::Range(from, to) => {
                let a = self.expr(from)?;
                let b = self.expr(to)?;
                // ASTIntegerRange: both ends must be numbers; otherwise the range is null.
                let (Some(a), Some(b)) = (range_bound(&a), range_bound(&b)) else {
                    return Ok(Value::Null);
                };
                let len = (a - b).unsigned_abs() as usize + 1;
                self.check_size(len, e)?;
                let items: Vec<Value> = if a <= b {
                    (a..=b).map(|i| Value::Int(i as i32)).collect()
                } else {
                    (b..=a).rev().map(|i| Value::Int(i as i32)).collect()
                };
                Value::new_list(ListKind::ArrayList, items)
            }
            ExprKind::Not(inner) => Value::Bool(!self.truth(inner)?),
            ExprKind::Binary(op, l, r) => self.binary(*op, l, r)?,
        })
    }

    /// An expression as a condition (`#if`, `&&`, `||`, `!`). In Velocity 1.7 only references,
    /// `true`/`false`, comparisons and logical operators have a truth value: every other
    /// literal (`"x"`, `1`, `[1]`, `{}`, ranges, arithmetic) evaluates as false
    /// (SimpleNode.evaluate), so `#if("x")` does not run and `#if(!"x")` does.
    pub(super) fn truth(&mut self, e: &Expr) -> Result<bool, RenderError> {
        match &e.kind {
            ExprKind::Bool(b) => Ok(*b),
            ExprKind::Reference(_) => Ok(self.expr(e)?.is_truthy()),
            ExprKind::Not(_) => Ok(self.expr(e)?.is_truthy()),
            ExprKind::Binary(op, ..)
                if !matches!(
                    op,
                    BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div | BinaryOp::Mod
                ) =>
            {
                Ok(self.expr(e)?.is_truthy())
            }
            _ => Ok(false),
        }
    }

    fn check_size(&self, len: usize, e: &Expr) -> Result<(), RenderError> {
        let max = self.settings.limits.max_collection_size;
        if len > max {
            return Err(RenderError::new(
                RenderErrorKind::LimitExceeded {
                    limit: "max_collection_size",
                    value: max,
                },
                e.span,
            ));
        }
        Ok(())
    }

    fn binary(&mut self, op: BinaryOp, l: &Expr, r: &Expr) -> Result<Value, RenderError> {
        match op {
            BinaryOp::And => {
                let a = self.truth(l)?;
                return Ok(Value::Bool(a && self.truth(r)?));
            }
            BinaryOp::Or => {
                let a = self.truth(l)?;
                return Ok(Value::Bool(a || self.truth(r)?));
            }
            _ => {}
        }
        let a = self.expr(l)?;
        let a = self.materialize(a, l.span)?;
        let b = self.expr(r)?;
        let b = self.materialize(b, r.span)?;
        Ok(match op {
            BinaryOp::Eq => Value::Bool(velocity_equals(&a, &b)),
            BinaryOp::Ne => Value::Bool(!velocity_equals(&a, &b)),
            BinaryOp::Lt => Value::Bool(velocity_compare(&a, &b).is_some_and(|o| o.is_lt())),
            BinaryOp::Le => Value::Bool(velocity_compare(&a, &b).is_some_and(|o| o.is_le())),
            BinaryOp::Gt => Value::Bool(velocity_compare(&a, &b).is_some_and(|o| o.is_gt())),
            BinaryOp::Ge => Value::Bool(velocity_compare(&a, &b).is_some_and(|o| o.is_ge())),
            BinaryOp::Add if matches!(a, Value::Str(_)) || matches!(b, Value::Str(_)) => {
                // Velocity 1.7 concatenates when either side is a String (ASTAddNode).
                let mut s = to_java_string(&a).unwrap_or_else(|| l_text(l));
                s.push_str(&to_java_string(&b).unwrap_or_else(|| l_text(r)));
                let max = self.settings.limits.max_string_bytes;
                if s.len() > max {
                    return Err(RenderError::new(
                        RenderErrorKind::LimitExceeded {
                            limit: "max_string_bytes",
                            value: max,
                        },
                        r.span,
                    ));
                }
                Value::string(s)
            }
            _ => {
                let op = match op {
                    BinaryOp::Add => ArithOp::Add,
                    BinaryOp::Sub => ArithOp::Sub,
                    BinaryOp::Mul => ArithOp::Mul,
                    BinaryOp::Div => ArithOp::Div,
                    _ => ArithOp::Mod,
                };
                match (a.as_number(), b.as_number()) {
                    (Some(x), Some(y)) => arithmetic(op, x, y).unwrap_or(Value::Null),
                    // Velocity logs "not a number" and the result is null.
                    _ => Value::Null,
                }
            }
        })
    }
}

/// The literal text of an operand, which ASTAddNode prints for a null beside a String.
fn l_text(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Reference(r) => r.text.to_string(),
        _ => String::from("null"),
    }
}

fn range_bound(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i as i64),
        Value::Long(l) => i32::try_from(*l).ok().map(|i| i as i64),
        // Velocity takes `intValue()` of any Number.
        Value::Double(d) => Some(*d as i32 as i64),
        _ => None,
    }
}

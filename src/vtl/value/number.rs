//! Velocity 1.7 arithmetic (`org.apache.velocity.util.MathUtils`): integer results keep the
//! widest operand type but widen on overflow (Integer → Long → BigInteger); any Double makes
//! the result a Double; division or modulo by zero yields null.

use std::sync::Arc;

use super::Value;

/// A Java number, widened for computation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// Integer, Long and BigInteger values that fit in 128 bits; `rank` is the Java type
    /// (0 Integer, 1 Long, 2 BigInteger).
    Integral { value: i128, rank: u8 },
    /// Double (and BigDecimal, approximated: templates almost never meet one).
    Real(f64),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
}

impl Number {
    pub fn from_value(v: &Value) -> Option<Number> {
        Some(match v {
            Value::Int(i) => Number::Integral {
                value: *i as i128,
                rank: 0,
            },
            Value::Long(l) => Number::Integral {
                value: *l as i128,
                rank: 1,
            },
            Value::BigInt(s) => match s.parse::<i128>() {
                Ok(value) => Number::Integral { value, rank: 2 },
                Err(_) => Number::Real(s.parse::<f64>().ok()?),
            },
            Value::Double(d) => Number::Real(*d),
            Value::BigDecimal(s) => Number::Real(s.parse::<f64>().ok()?),
            _ => return None,
        })
    }

    pub fn as_f64(self) -> f64 {
        match self {
            Number::Integral { value, .. } => value as f64,
            Number::Real(d) => d,
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            Number::Integral { value, .. } => value == 0,
            Number::Real(d) => d == 0.0,
        }
    }

    /// Narrows an integral result to the smallest Java type at least as wide as `rank`
    /// (MathUtils.wrapPrimitive).
    fn integral_value(value: i128, rank: u8) -> Value {
        if rank == 0 {
            if let Ok(i) = i32::try_from(value) {
                return Value::Int(i);
            }
        }
        if rank <= 1 {
            if let Ok(l) = i64::try_from(value) {
                return Value::Long(l);
            }
        }
        Value::BigInt(Arc::from(value.to_string()))
    }
}

/// `left op right` with Velocity 1.7 rules; `None` is Velocity's null result (division by
/// zero), which a `#set` ignores.
pub fn arithmetic(op: ArithOp, left: Number, right: Number) -> Option<Value> {
    match (left, right) {
        (Number::Integral { value: a, rank: ra }, Number::Integral { value: b, rank: rb }) => {
            let rank = ra.max(rb);
            // Integer and Long arithmetic happens in Java `long`; an overflow there is what
            // promotes to BigInteger (MathUtils checks the sign bits / the division back).
            let in_long = rank <= 1;
            let result = match op {
                ArithOp::Add => a.checked_add(b)?,
                ArithOp::Sub => a.checked_sub(b)?,
                ArithOp::Mul if in_long => {
                    // MathUtils detects a long overflow with `r / b != a`, which misses
                    // Long.MIN_VALUE * -1 (Java's MIN / -1 is MIN): that product wraps.
                    let (x, y) = (a as i64, b as i64);
                    let r = x.wrapping_mul(y);
                    if y != 0 && r.wrapping_div(y) != x {
                        a * b
                    } else {
                        r as i128
                    }
                }
                ArithOp::Mul => a.checked_mul(b)?,
                ArithOp::Div => {
                    if b == 0 {
                        return None;
                    }
                    if in_long {
                        // Java long division wraps on Long.MIN_VALUE / -1.
                        return Some(Number::integral_value(
                            (a as i64).wrapping_div(b as i64) as i128,
                            rank,
                        ));
                    }
                    a.checked_div(b)?
                }
                ArithOp::Mod => {
                    if b == 0 {
                        return None;
                    }
                    if in_long {
                        return Some(Number::integral_value(
                            (a as i64).wrapping_rem(b as i64) as i128,
                            rank,
                        ));
                    }
                    a.checked_rem(b)?
                }
            };
            let rank = if in_long && i64::try_from(result).is_err() {
                2
            } else {
                rank
            };
            Some(Number::integral_value(result, rank))
        }
        (l, r) => {
            let (a, b) = (l.as_f64(), r.as_f64());
            let result = match op {
                ArithOp::Add => a + b,
                ArithOp::Sub => a - b,
                ArithOp::Mul => a * b,
                ArithOp::Div => {
                    if b == 0.0 {
                        return None;
                    }
                    a / b
                }
                ArithOp::Mod => {
                    if b == 0.0 {
                        return None;
                    }
                    a % b
                }
            };
            Some(Value::Double(result))
        }
    }
}

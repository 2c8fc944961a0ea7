//! `new BigDecimal(String)` and `new BigInteger(String)` as far as json-smart and Jayway need
//! them: exact values to compare, canonical integer text, and JDK 17's
//! `NumberFormatException` messages for text that is not a number.

use std::cmp::Ordering;

/// An exact decimal `(-1)^neg * digits * 10^exp`, `digits` without leading zeros (empty for 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Decimal {
    neg: bool,
    digits: Vec<u8>,
    exp: i64,
}

const NOT_A_NUMBER_CHAR: &str =
    " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.";

/// Parses like JDK 17's `BigDecimal(char[], int, int)`; `Err` is the exception's message
/// (empty where the JDK throws a `NumberFormatException` without one, e.g. `""` or `1e`).
pub(crate) fn parse_big_decimal(s: &str) -> Result<Decimal, String> {
    let mut chars = s.chars().peekable();
    let neg = match chars.peek() {
        None => return Err(String::new()),
        Some('-') => {
            chars.next();
            true
        }
        Some('+') => {
            chars.next();
            false
        }
        Some(_) => false,
    };
    let mut digits: Vec<u8> = Vec::new();
    let mut seen_digit = false;
    let mut dot = false;
    let mut scale: i64 = 0;
    let mut exp: i64 = 0;
    while let Some(c) = chars.next() {
        match c {
            '0'..='9' => {
                seen_digit = true;
                if !(digits.is_empty() && c == '0') {
                    digits.push(c as u8 - b'0');
                }
                if dot {
                    scale += 1;
                }
            }
            '.' if dot => {
                return Err("Character array contains more than one decimal point.".into())
            }
            '.' => dot = true,
            'e' | 'E' => {
                exp = parse_exponent(&chars.collect::<Vec<char>>())?;
                break;
            }
            other => return Err(format!("Character {other}{NOT_A_NUMBER_CHAR}")),
        }
    }
    if !seen_digit {
        return Err("No digits found.".into());
    }
    Ok(Decimal {
        neg: neg && !digits.is_empty(),
        digits,
        exp: exp - scale,
    })
}

/// `BigDecimal.parseExp`: the characters after `e`/`E`.
fn parse_exponent(rest: &[char]) -> Result<i64, String> {
    let (negative, digits) = match rest.first() {
        // The JDK reads past the end of the array here and rethrows without a message.
        None => return Err(String::new()),
        Some('-') => (true, &rest[1..]),
        Some('+') => (false, &rest[1..]),
        Some(_) => (false, rest),
    };
    if digits.is_empty() {
        return Err(String::new());
    }
    let significant = digits
        .iter()
        .position(|&c| c != '0')
        .map_or(&digits[digits.len().saturating_sub(1)..], |i| &digits[i..]);
    if significant.len() > 10 {
        return Err("Too many nonzero exponent digits.".into());
    }
    let mut value: i64 = 0;
    for c in significant {
        let d = c.to_digit(10).ok_or_else(|| "Not a digit.".to_string())?;
        value = value * 10 + i64::from(d);
    }
    let value = if negative { -value } else { value };
    if i32::try_from(value).is_err() {
        return Err("Exponent overflow.".into());
    }
    Ok(value)
}

/// The message of the `NumberFormatException` that `new BigDecimal(s)` throws (empty when it
/// throws none with a message, or does not throw).
pub(crate) fn big_decimal_error(s: &str) -> String {
    parse_big_decimal(s).err().unwrap_or_default()
}

/// `new BigInteger(s).toString()` for `-?[0-9]+`: leading zeros dropped, no `-0`.
pub(crate) fn big_integer_text(s: &str) -> String {
    let (neg, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let trimmed = body.trim_start_matches('0');
    if trimmed.is_empty() {
        return "0".to_string();
    }
    if neg {
        format!("-{trimmed}")
    } else {
        trimmed.to_string()
    }
}

impl Decimal {
    /// `BigDecimal.compareTo`: numeric order, scale ignored (`1.0` equals `1`).
    pub(crate) fn compare(&self, other: &Decimal) -> Ordering {
        let sign = |d: &Decimal| {
            if d.digits.is_empty() {
                0
            } else if d.neg {
                -1
            } else {
                1
            }
        };
        let (sa, sb) = (sign(self), sign(other));
        if sa != sb || sa == 0 {
            return sa.cmp(&sb);
        }
        let magnitude = self.compare_magnitude(other);
        if sa < 0 {
            magnitude.reverse()
        } else {
            magnitude
        }
    }

    /// Compares `|self|` and `|other|`, both non-zero.
    fn compare_magnitude(&self, other: &Decimal) -> Ordering {
        // The position of the leading digit decides first.
        let top = |d: &Decimal| d.exp + d.digits.len() as i64;
        match top(self).cmp(&top(other)) {
            Ordering::Equal => {}
            unequal => return unequal,
        }
        let n = self.digits.len().max(other.digits.len());
        for i in 0..n {
            let a = self.digits.get(i).copied().unwrap_or(0);
            let b = other.digits.get(i).copied().unwrap_or(0);
            match a.cmp(&b) {
                Ordering::Equal => {}
                unequal => return unequal,
            }
        }
        Ordering::Equal
    }
}

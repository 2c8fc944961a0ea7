//! Java number-to-text and text-to-number conversions.
//!
//! Velocity renders a `Double` with `Double.toString`, a `BigDecimal` with
//! `BigDecimal.toString`, and API Gateway templates sometimes feed strings to
//! `Double.parseDouble`. Rust's own formatting differs from all three (see
//! `crates.md` Q4), so this module re-creates Java's text exactly.
//!
//! Target: JDK 19+ `Double.toString` (Raffaello Giulietti's algorithm, the
//! one in JDK 25). JDK <= 18 prints differently for some |x| in roughly
//! [1e16, 1e26), e.g. `1.0E23` vs `9.999999999999999E22`; that legacy
//! behaviour is not reproduced.

/// Java's `Double.toString(x)` as printed by JDK 19 and later.
///
/// Digits come from `ryu` (shortest decimal that rounds back to `x`, closest
/// to `x` among the shortest). Two Java rules are layered on top:
///
/// * Layout: plain notation when the chosen decimal `d` has
///   10^-3 <= |d| < 10^7 (always at least one fraction digit, `100.0`,
///   `0.001`), otherwise `D.DDDE[-]N` (`1.0E10`, `1.0E-5`).
/// * The "two-digit rule" of the JDK 19+ specification: when the shortest
///   decimal has a single digit, Java picks the closest decimal among those
///   with one *or two* digits. That is why `Double.MIN_VALUE` prints as
///   `4.9E-324`, not `5.0E-324`.
///
/// Evidence: the tests compare against a table generated with JDK 25.0.2.
pub fn double_to_string(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.to_owned();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.to_owned();
    }
    let mut buf = ryu::Buffer::new();
    let (mut digits, mut exp) = decompose(buf.format_finite(x.abs()));
    if digits.len() == 1 && x.abs() < f64::MIN_POSITIVE {
        // Two-digit rule. It can only change the result for subnormals:
        // for normal doubles Java's DoubleToDecimal always has s >= 100 and
        // so finds the shortest decimal, as ryu does (and 1,000,000 JDK 25
        // samples agree). `{:.1e}` is Rust's exact, correctly rounded
        // (ties-to-even, as Java's tie rule) two-significant-digit form,
        // i.e. the two-digit decimal closest to x. Java prefers it if it
        // still rounds to x.
        let two = format!("{:.1e}", x.abs());
        if two.parse::<f64>().ok() == Some(x.abs()) {
            let (d2, e2) = decompose(&two);
            if d2 != digits || e2 != exp {
                digits = d2;
                exp = e2;
            }
        }
    }
    layout(x.is_sign_negative(), &digits, exp)
}

/// Splits a Rust float rendering (`123.45`, `1e16`, `1.5e-7`, `0.0001`)
/// into significant digits (no leading or trailing zeros) and the decimal
/// exponent of the *first* digit, so value = 0.D1D2.. * 10^(exp+1).
fn decompose(text: &str) -> (Vec<u8>, i32) {
    let (mantissa, e) = match text.find(['e', 'E']) {
        Some(pos) => (&text[..pos], text[pos + 1..].parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let mut digits = Vec::with_capacity(20);
    // Position of the decimal point counted in digits from the left.
    let mut point: Option<i32> = None;
    let mut count: i32 = 0;
    let mut lead_zeros: i32 = 0;
    for b in mantissa.bytes() {
        match b {
            b'.' => point = Some(count),
            b'0'..=b'9' => {
                if digits.is_empty() && b == b'0' {
                    lead_zeros += 1;
                } else {
                    digits.push(b);
                }
                count += 1;
            }
            _ => {}
        }
    }
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        digits.push(b'0');
    }
    let point = point.unwrap_or(count);
    // First significant digit sits at index `lead_zeros`; its power of ten
    // is point - lead_zeros - 1.
    (digits, e + point - lead_zeros - 1)
}

/// Java's `Double.toString` layout of the decimal 0.DIGITS * 10^(exp+1).
fn layout(negative: bool, digits: &[u8], exp: i32) -> String {
    let mut out = String::with_capacity(digits.len() + 8);
    if negative {
        out.push('-');
    }
    let n = digits.len() as i32;
    let push = |out: &mut String, d: &[u8]| {
        for &b in d {
            out.push(b as char);
        }
    };
    if (0..7).contains(&exp) {
        // Plain, no leading zeros: integer part has exp+1 digits.
        let int_len = exp + 1;
        if n <= int_len {
            push(&mut out, digits);
            for _ in n..int_len {
                out.push('0');
            }
            out.push_str(".0");
        } else {
            push(&mut out, &digits[..int_len as usize]);
            out.push('.');
            push(&mut out, &digits[int_len as usize..]);
        }
    } else if (-3..0).contains(&exp) {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        push(&mut out, digits);
    } else {
        push(&mut out, &digits[..1]);
        out.push('.');
        if n == 1 {
            out.push('0');
        } else {
            push(&mut out, &digits[1..]);
        }
        out.push('E');
        out.push_str(&exp.to_string());
    }
    out
}

/// What Java prints for `new BigDecimal(lexeme).toString()`, or `None` when
/// the constructor would throw `NumberFormatException`.
///
/// Grammar (java.math.BigDecimal(String)): optional `+`/`-`, digits with at
/// most one `.` and at least one digit, optional `e`/`E` with optional sign
/// and at least one digit. No whitespace. Like Java, any BMP Unicode decimal
/// digit counts (`"\u{661}\u{662}"` is 12). The exponent may have at most 10
/// significant digits and must fit an `int` (JDK 17: "Exponent overflow.";
/// JDK 25 only checks the scale, so `1e2147483648` differs there), and so
/// must the resulting scale ("Scale out of range.").
///
/// Output (BigDecimal.toString): with unscaled value U and scale S, let
/// adjusted = -S + (digits(U) - 1). If S >= 0 and adjusted >= -6 the number
/// is printed plainly (`123.4500`, `0.000001`), otherwise in scientific
/// notation with an explicit exponent sign (`1.5E+300`, `1E-7`, `0E+3`).
/// BigDecimal has no negative zero: `-0.0` prints `0.0`.
pub fn big_decimal_to_string(lexeme: &str) -> Option<String> {
    let mut chars = lexeme.chars().peekable();
    let mut negative = false;
    if let Some(&c) = chars.peek() {
        if c == '-' || c == '+' {
            negative = c == '-';
            chars.next();
        }
    }
    // Unscaled value as ASCII digits, leading zeros dropped; "-" prefixed
    // later for a non-zero negative value.
    let mut coeff: Vec<u8> = Vec::with_capacity(lexeme.len() + 1);
    if negative {
        coeff.push(b'-');
    }
    let sign_len = coeff.len();
    let mut scale: i64 = 0;
    let mut seen_dot = false;
    let mut seen_digit = false;
    let mut exp: i64 = 0;
    while let Some(c) = chars.next() {
        if let Some(d) = java_decimal_digit(c) {
            seen_digit = true;
            if !(coeff.len() == sign_len && d == 0) {
                coeff.push(b'0' + d);
            }
            if seen_dot {
                // Every fraction digit counts, leading zeros included.
                scale += 1;
            }
        } else if c == '.' {
            if seen_dot {
                return None;
            }
            seen_dot = true;
        } else if (c == 'e' || c == 'E') && seen_digit {
            exp = parse_big_decimal_exp(chars.by_ref())?;
            break;
        } else {
            return None;
        }
    }
    if !seen_digit {
        return None;
    }
    let scale = scale - exp;
    if scale > i64::from(i32::MAX) || scale < i64::from(i32::MIN) {
        return None;
    }
    if coeff.len() == sign_len {
        // Zero: BigDecimal has no negative zero.
        coeff.clear();
        coeff.push(b'0');
    }
    Some(big_decimal_layout(&coeff, scale))
}

/// Zero code points of the BMP Unicode decimal-digit ranges (general
/// category Nd); each range holds the ten digits zero..nine.
/// Source: JDK 17.0.15 and JDK 25.0.2 `Character.getType(c) ==
/// DECIMAL_DIGIT_NUMBER && Character.digit(c, 10) == 0` for c <= U+FFFF
/// (both print the same 37 ranges, 370 digits).
const BMP_DIGIT_ZEROS: [u32; 37] = [
    0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10,
];

/// `Character.digit(c, 10)` for a BMP `char` (Java's BigDecimal parses
/// `char`s, so supplementary digits never count).
fn java_decimal_digit(c: char) -> Option<u8> {
    let u = c as u32;
    if c.is_ascii_digit() {
        return Some(u as u8 - b'0');
    }
    if !(0x0660..=0xFFFF).contains(&u) {
        return None;
    }
    let idx = BMP_DIGIT_ZEROS.partition_point(|&z| z <= u);
    let zero = BMP_DIGIT_ZEROS[idx.checked_sub(1)?];
    if u - zero < 10 {
        Some((u - zero) as u8)
    } else {
        None
    }
}

/// Parses the exponent part after `e`/`E` as BigDecimal.parseExp does.
fn parse_big_decimal_exp(chars: impl Iterator<Item = char>) -> Option<i64> {
    let mut chars = chars.peekable();
    let neg = match chars.peek() {
        Some('-') => {
            chars.next();
            true
        }
        Some('+') => {
            chars.next();
            false
        }
        _ => false,
    };
    let mut any = false;
    let mut sig = 0usize;
    let mut v: i64 = 0;
    for c in chars {
        let d = java_decimal_digit(c)?;
        any = true;
        if sig == 0 && d == 0 {
            continue;
        }
        // "Too many nonzero exponent digits." past 10 significant digits.
        sig += 1;
        if sig > 10 {
            return None;
        }
        v = v * 10 + i64::from(d);
    }
    if !any {
        return None;
    }
    let v = if neg { -v } else { v };
    // JDK 17: "Exponent overflow." when it does not fit an int.
    if v > i64::from(i32::MAX) || v < i64::from(i32::MIN) {
        return None;
    }
    Some(v)
}

/// BigDecimal.layoutChars(true): `unscaled` is the unscaled value's decimal
/// text (with `-` if negative).
fn big_decimal_layout(unscaled: &[u8], scale: i64) -> String {
    let (sign, digits) = match unscaled.split_first() {
        Some((b'-', rest)) => ("-", rest),
        _ => ("", unscaled),
    };
    let text = |d: &[u8]| String::from_utf8_lossy(d).into_owned();
    if scale == 0 {
        return format!("{sign}{}", text(digits));
    }
    let n = digits.len() as i64;
    let adjusted = -scale + (n - 1);
    if scale > 0 && adjusted >= -6 {
        let pad = scale - n;
        if pad >= 0 {
            let mut s = String::with_capacity((scale + 3) as usize);
            s.push_str(sign);
            s.push_str("0.");
            for _ in 0..pad {
                s.push('0');
            }
            s.push_str(&text(digits));
            s
        } else {
            let int_len = (n - scale) as usize;
            format!(
                "{sign}{}.{}",
                text(&digits[..int_len]),
                text(&digits[int_len..])
            )
        }
    } else {
        let mut s = String::with_capacity(digits.len() + 16);
        s.push_str(sign);
        s.push_str(&text(&digits[..1]));
        if n > 1 {
            s.push('.');
            s.push_str(&text(&digits[1..]));
        }
        if adjusted != 0 {
            s.push('E');
            if adjusted > 0 {
                s.push('+');
            }
            s.push_str(&adjusted.to_string());
        }
        s
    }
}

/// `Double.parseDouble(s)`, or `None` where Java throws
/// `NumberFormatException`.
///
/// Java's syntax: leading/trailing characters <= U+0020 are trimmed;
/// optional sign; `NaN`, `Infinity`, a decimal (`1`, `1.`, `.5`, `1e-3`) or
/// a hexadecimal float (`0x1.8p3`, binary exponent mandatory); an optional
/// single `f`/`F`/`d`/`D` suffix on numbers. Rust's parser is more lenient
/// (`inf`, `nan`, `infinity`), so the syntax is checked here first.
pub fn parse_java_double(s: &str) -> Option<f64> {
    let t = s.trim_matches(|c: char| c <= '\u{20}');
    let b = t.as_bytes();
    let (negative, body) = match b.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |v: f64| if negative { -v } else { v };
    match body {
        "NaN" => return Some(f64::NAN),
        "Infinity" => return Some(sign(f64::INFINITY)),
        _ => {}
    }
    let bb = body.as_bytes();
    if bb.len() > 1 && bb[0] == b'0' && (bb[1] == b'x' || bb[1] == b'X') {
        return parse_hex_float(&body[2..]).map(sign);
    }
    // Decimal: digits [. digits] [(e|E) [sign] digits] [fFdD]
    let mut i = 0;
    let mut mant_digits = 0;
    while i < bb.len() && bb[i].is_ascii_digit() {
        i += 1;
        mant_digits += 1;
    }
    if i < bb.len() && bb[i] == b'.' {
        i += 1;
        while i < bb.len() && bb[i].is_ascii_digit() {
            i += 1;
            mant_digits += 1;
        }
    }
    if mant_digits == 0 {
        return None;
    }
    if i < bb.len() && (bb[i] == b'e' || bb[i] == b'E') {
        i += 1;
        if i < bb.len() && (bb[i] == b'+' || bb[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < bb.len() && bb[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    let end = i;
    if i < bb.len() {
        if i + 1 == bb.len() && matches!(bb[i], b'f' | b'F' | b'd' | b'D') {
            // Java's type suffix; the value is still parsed as a double.
        } else {
            return None;
        }
    }
    body[..end].parse::<f64>().ok().map(sign)
}

/// Parses the part after `0x` of a Java hexadecimal floating-point literal:
/// `H+[.]`, or `H*.H+`, then `p`/`P`, optional sign, decimal digits, optional
/// `fFdD`. Rounds to nearest, ties to even, like `Double.parseDouble`.
fn parse_hex_float(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut mant: u64 = 0;
    let mut sticky = false;
    // Binary exponent adjustment for digits kept/dropped.
    let mut bin_exp: i64 = 0;
    let mut ndigits = 0;
    let mut seen_dot = false;
    while i < b.len() {
        let c = b[i];
        let v = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            b'.' if !seen_dot => {
                seen_dot = true;
                i += 1;
                continue;
            }
            _ => break,
        };
        ndigits += 1;
        if mant >> 60 == 0 {
            mant = (mant << 4) | u64::from(v);
            if seen_dot {
                bin_exp -= 4;
            }
        } else {
            // Mantissa full: remember lost bits, keep the scale right.
            sticky |= v != 0;
            if !seen_dot {
                bin_exp += 4;
            }
        }
        i += 1;
    }
    if ndigits == 0 || i >= b.len() || (b[i] != b'p' && b[i] != b'P') {
        return None;
    }
    i += 1;
    let mut exp_neg = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        exp_neg = b[i] == b'-';
        i += 1;
    }
    let start = i;
    let mut e: i64 = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        // Saturate: anything this large is already 0 or infinity.
        e = (e * 10 + i64::from(b[i] - b'0')).min(1 << 40);
        i += 1;
    }
    if i == start {
        return None;
    }
    if i < b.len() && !(i + 1 == b.len() && matches!(b[i], b'f' | b'F' | b'd' | b'D')) {
        return None;
    }
    let e = if exp_neg { -e } else { e };
    if mant == 0 {
        return Some(0.0);
    }
    // value = mant * 2^(bin_exp + e), plus sticky below bit 0.
    let lz = i64::from(mant.leading_zeros());
    let top = bin_exp + e + 63 - lz; // power of two of the leading 1 bit
    let mant = mant << lz; // leading bit now at 63, bit 0 has 2^(top-63)
    let lsb = (top - 52).max(-1074); // power of the result's last bit
    let shift = lsb - (top - 63); // >= 11
    let (mut m, half, rest) = if shift >= 65 {
        (0u64, false, true)
    } else if shift == 64 {
        (0u64, mant >> 63 == 1, mant << 1 != 0)
    } else {
        let sh = shift as u32;
        let kept = mant >> sh;
        let dropped = mant << (64 - sh);
        (kept, dropped >> 63 == 1, dropped << 1 != 0)
    };
    let rest = rest || sticky;
    let mut lsb = lsb;
    if half && (rest || m & 1 == 1) {
        m += 1;
        if m == 1 << 53 {
            m >>= 1;
            lsb += 1;
        }
    }
    if m == 0 {
        return Some(0.0);
    }
    if m >= 1 << 52 {
        let biased = lsb + 52 + 1023;
        if biased >= 2047 {
            return Some(f64::INFINITY);
        }
        Some(f64::from_bits(
            ((biased as u64) << 52) | (m & ((1 << 52) - 1)),
        ))
    } else {
        // Subnormal: lsb == -1074, the bit pattern is the mantissa.
        Some(f64::from_bits(m))
    }
}

#[cfg(test)]
#[path = "number_tests.rs"]
mod tests;

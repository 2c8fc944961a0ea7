//! Java's lossy UTF-8 decoder (`new String(bytes, StandardCharsets.UTF_8)`).

/// Decodes `bytes` as Java's `new String(bytes, UTF_8)` does, replacing
/// malformed input with U+FFFD.
///
/// Valid UTF-8 (Rust's and Java's definitions agree: no surrogates, no
/// overlongs, nothing above U+10FFFF) is copied. For malformed input this
/// follows the JDK decoder (String.decodeUTF8_UTF16 / sun.nio.cs.UTF_8),
/// which differs from `String::from_utf8_lossy` on two points:
///
/// * an encoded surrogate (`ED A0 80`) is one U+FFFD, not three;
/// * a three-byte lead other than `E0` with a continuation byte counts that
///   pair as one malformed unit (`ED A0 41` → `FFFD A`, Rust: `FFFD FFFD A`),
///   also when the sequence is cut short at the end (`ED A0`).
pub fn decode_utf8_java(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(e) => {
            let valid = e.valid_up_to();
            let mut out = String::with_capacity(bytes.len() + 8);
            out.push_str(std::str::from_utf8(&bytes[..valid]).unwrap_or(""));
            decode_slow(&bytes[valid..], &mut out);
            out
        }
    }
}

const REPL: char = '\u{FFFD}';

fn is_cont(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Port of the JDK's replacement decoding loop.
fn decode_slow(src: &[u8], out: &mut String) {
    let sl = src.len();
    let mut sp = 0;
    while sp < sl {
        let b1 = src[sp];
        sp += 1;
        if b1 < 0x80 {
            out.push(b1 as char);
        } else if (0xC2..=0xDF).contains(&b1) {
            // Two bytes. (0xC0, 0xC1 are malformed leads: `else` branch.)
            if sp < sl {
                let b2 = src[sp];
                if is_cont(b2) {
                    sp += 1;
                    let c = (u32::from(b1 & 0x1F) << 6) | u32::from(b2 & 0x3F);
                    out.push(char::from_u32(c).unwrap_or(REPL));
                } else {
                    // b2 is decoded again as a lead byte.
                    out.push(REPL);
                }
                continue;
            }
            out.push(REPL);
            break;
        } else if b1 & 0xF0 == 0xE0 {
            // Three bytes.
            if sp + 1 < sl {
                let (b2, b3) = (src[sp], src[sp + 1]);
                let overlong = b1 == 0xE0 && b2 & 0xE0 == 0x80;
                if overlong || !is_cont(b2) || !is_cont(b3) {
                    // malformed3: length 1 if b2 cannot follow b1, else 2.
                    out.push(REPL);
                    if !overlong && is_cont(b2) {
                        sp += 1;
                    }
                } else {
                    sp += 2;
                    let c = (u32::from(b1 & 0x0F) << 12)
                        | (u32::from(b2 & 0x3F) << 6)
                        | u32::from(b3 & 0x3F);
                    // Encoded surrogates: one replacement for all 3 bytes.
                    out.push(char::from_u32(c).unwrap_or(REPL));
                }
                continue;
            }
            // Truncated at the end of input.
            if sp < sl && ((b1 == 0xE0 && src[sp] & 0xE0 == 0x80) || !is_cont(src[sp])) {
                out.push(REPL);
                continue;
            }
            out.push(REPL);
            break;
        } else if b1 & 0xF8 == 0xF0 {
            // Four bytes.
            if sp + 2 < sl {
                let (b2, b3, b4) = (src[sp], src[sp + 1], src[sp + 2]);
                let uc = (u32::from(b1 & 0x07) << 18)
                    | (u32::from(b2 & 0x3F) << 12)
                    | (u32::from(b3 & 0x3F) << 6)
                    | u32::from(b4 & 0x3F);
                if !is_cont(b2)
                    || !is_cont(b3)
                    || !is_cont(b4)
                    || !(0x10000..0x110000).contains(&uc)
                {
                    out.push(REPL);
                    // malformed4: how many bytes form the malformed unit.
                    let n = if b1 > 0xF4
                        || (b1 == 0xF0 && !(0x90..=0xBF).contains(&b2))
                        || (b1 == 0xF4 && b2 & 0xF0 != 0x80)
                        || !is_cont(b2)
                    {
                        1
                    } else if !is_cont(b3) {
                        2
                    } else {
                        3
                    };
                    sp += n - 1;
                } else {
                    sp += 3;
                    out.push(char::from_u32(uc).unwrap_or(REPL));
                }
                continue;
            }
            // Truncated at the end of input.
            if b1 > 0xF4
                || (sp < sl && {
                    let b2 = src[sp];
                    (b1 == 0xF0 && !(0x90..=0xBF).contains(&b2))
                        || (b1 == 0xF4 && b2 & 0xF0 != 0x80)
                        || !is_cont(b2)
                })
            {
                out.push(REPL);
                continue;
            }
            sp += 1;
            out.push(REPL);
            if sp < sl && !is_cont(src[sp]) {
                continue;
            }
            break;
        } else {
            // 0x80..0xBF, 0xC0, 0xC1, 0xF8..0xFF.
            out.push(REPL);
        }
    }
}

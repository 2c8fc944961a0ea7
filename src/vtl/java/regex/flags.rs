//! Java's `Pattern` flag bits that inline `(?idmsuxU-idmsuxU)` groups set.
//! `(?U)` is UNICODE_CHARACTER_CLASS (and implies UNICODE_CASE) in Java; it
//! is *not* Rust's swap-greed flag, which is why flags are never passed
//! through to fancy-regex but interpreted here.

pub(crate) const UNIX_LINES: u32 = 0x01;
pub(crate) const CASE_INSENSITIVE: u32 = 0x02;
pub(crate) const COMMENTS: u32 = 0x04;
pub(crate) const MULTILINE: u32 = 0x08;
pub(crate) const DOTALL: u32 = 0x20;
pub(crate) const UNICODE_CASE: u32 = 0x40;
pub(crate) const CANON_EQ: u32 = 0x80;
pub(crate) const UNICODE_CHARACTER_CLASS: u32 = 0x100;

/// The flag bits an inline flag letter stands for (`None`: not a flag).
pub(crate) fn for_letter(c: u32) -> Option<u32> {
    let bits = match char::from_u32(c)? {
        'i' => CASE_INSENSITIVE,
        'm' => MULTILINE,
        's' => DOTALL,
        'd' => UNIX_LINES,
        'u' => UNICODE_CASE,
        'c' => CANON_EQ,
        'x' => COMMENTS,
        'U' => UNICODE_CHARACTER_CLASS | UNICODE_CASE,
        _ => return None,
    };
    Some(bits)
}

/// How literal characters fold under the current flags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    /// Exact match.
    None,
    /// Java's default `(?i)`: only ASCII letters fold (`ASCII.toLower`).
    Ascii,
    /// `(?iu)`: Unicode case folding (approximated by fancy-regex's `(?i)`).
    Unicode,
}

pub(crate) fn fold_of(flags: u32) -> Fold {
    if flags & CASE_INSENSITIVE == 0 {
        Fold::None
    } else if flags & UNICODE_CASE == 0 {
        Fold::Ascii
    } else {
        Fold::Unicode
    }
}

//! Java's predefined classes and `\p{..}` names (JDK 17 `CharPredicates`),
//! mapped to fancy-regex class items. Java's POSIX names (`\p{Lower}`,
//! `\p{Punct}`, ...) and `\w \d \s` are ASCII unless UNICODE_CHARACTER_CLASS,
//! whereas fancy-regex reads them as Unicode, so every one is spelled out.

use super::class::ClassExpr;

// --- ASCII predicates (ASCII.java ctype table) ---
pub(crate) fn ascii_digit() -> ClassExpr {
    ClassExpr::range(0x30, 0x39)
}
pub(crate) fn ascii_word() -> ClassExpr {
    ClassExpr::Ranges(vec![(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)])
}
pub(crate) fn ascii_space() -> ClassExpr {
    ClassExpr::Ranges(vec![(0x09, 0x0D), (0x20, 0x20)])
}
fn ascii_alpha() -> ClassExpr {
    ClassExpr::Ranges(vec![(0x41, 0x5A), (0x61, 0x7A)])
}
fn ascii_punct() -> ClassExpr {
    ClassExpr::Ranges(vec![(0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E)])
}

/// `\h`: Pattern.HorizWS.
pub(crate) fn horizontal_ws() -> ClassExpr {
    ClassExpr::Ranges(vec![
        (0x09, 0x09),
        (0x20, 0x20),
        (0xA0, 0xA0),
        (0x1680, 0x1680),
        (0x180E, 0x180E),
        (0x2000, 0x200A),
        (0x202F, 0x202F),
        (0x205F, 0x205F),
        (0x3000, 0x3000),
    ])
}

/// `\v`: Pattern.VertWS.
pub(crate) fn vertical_ws() -> ClassExpr {
    ClassExpr::Ranges(vec![(0x0A, 0x0D), (0x85, 0x85), (0x2028, 0x2029)])
}

/// `.` without DOTALL: everything but \n \r \u0085 \u2028 \u2029.
pub(crate) fn dot(unix_lines: bool) -> ClassExpr {
    if unix_lines {
        ClassExpr::single(0x0A).negate()
    } else {
        ClassExpr::Ranges(vec![
            (0x0A, 0x0A),
            (0x0D, 0x0D),
            (0x85, 0x85),
            (0x2028, 0x2029),
        ])
        .negate()
    }
}

pub(crate) fn all() -> ClassExpr {
    ClassExpr::range(0, 0x10_FFFF)
}

// --- Unicode predicates (CharPredicates) ---
const WHITE_SPACE: &str = r"\x{9}-\x{D}\x{85}\p{Zs}\p{Zl}\p{Zp}";
const WORD: &str = r"\p{Alphabetic}\p{Mn}\p{Me}\p{Mc}\p{Nd}\p{Pc}\x{200C}\x{200D}";
const HEX_DIGIT: &str = r"\p{Nd}A-Fa-f\x{FF21}-\x{FF26}\x{FF41}-\x{FF46}";
const CASED: &str = r"\p{Lowercase}\p{Uppercase}\p{Lt}";
const IGNORABLE: &str = r"\x{0}-\x{8}\x{E}-\x{1B}\x{7F}-\x{9F}\p{Cf}";

pub(crate) fn unicode_digit() -> ClassExpr {
    ClassExpr::raw(r"\p{Nd}")
}
pub(crate) fn unicode_word() -> ClassExpr {
    ClassExpr::raw(WORD)
}
pub(crate) fn unicode_space() -> ClassExpr {
    ClassExpr::raw(WHITE_SPACE)
}

fn graph() -> ClassExpr {
    ClassExpr::raw(r"\p{Zs}\p{Zl}\p{Zp}\p{Cc}\p{Cs}\p{Cn}").negate()
}

fn cased_or(ci: bool, plain: &str) -> ClassExpr {
    ClassExpr::raw(if ci { CASED } else { plain })
}

/// CharPredicates.getPosixPredicate (used for `\p{IsAlpha}` and, under
/// `(?U)`, for `\p{Alpha}`): the Unicode versions.
fn posix_unicode(upper_name: &str, ci: bool) -> Option<ClassExpr> {
    Some(match upper_name {
        "ALPHA" => ClassExpr::raw(r"\p{Alphabetic}"),
        "LOWER" => cased_or(ci, r"\p{Lowercase}"),
        "UPPER" => cased_or(ci, r"\p{Uppercase}"),
        "SPACE" => unicode_space(),
        "PUNCT" => ClassExpr::raw(r"\p{P}"),
        "XDIGIT" => ClassExpr::raw(HEX_DIGIT),
        "ALNUM" => ClassExpr::raw(r"\p{Alphabetic}\p{Nd}"),
        "CNTRL" => ClassExpr::raw(r"\p{Cc}"),
        "DIGIT" => unicode_digit(),
        "BLANK" => ClassExpr::raw(r"\p{Zs}\x{9}"),
        "GRAPH" => graph(),
        "PRINT" => graph()
            .union(ClassExpr::raw(r"\p{Zs}\x{9}"))
            .and(ClassExpr::raw(r"\p{Cc}").negate()),
        _ => return None,
    })
}

/// CharPredicates.getUnicodePredicate, then the POSIX names.
fn unicode_property(name: &str, ci: bool) -> Option<ClassExpr> {
    let upper = name.to_ascii_uppercase();
    let items = match upper.as_str() {
        "ALPHABETIC" => r"\p{Alphabetic}",
        "ASSIGNED" => return Some(ClassExpr::raw(r"\p{Cn}").negate()),
        "CONTROL" => r"\p{Cc}",
        "HEXDIGIT" | "HEX_DIGIT" => HEX_DIGIT,
        "IDEOGRAPHIC" => r"\p{Ideographic}",
        "JOINCONTROL" | "JOIN_CONTROL" => r"\x{200C}\x{200D}",
        "LETTER" => r"\p{L}",
        "LOWERCASE" => return Some(cased_or(ci, r"\p{Lowercase}")),
        "NONCHARACTERCODEPOINT" | "NONCHARACTER_CODE_POINT" => r"\p{Noncharacter_Code_Point}",
        "TITLECASE" => return Some(cased_or(ci, r"\p{Lt}")),
        "PUNCTUATION" => r"\p{P}",
        "UPPERCASE" => return Some(cased_or(ci, r"\p{Uppercase}")),
        "WHITESPACE" | "WHITE_SPACE" => WHITE_SPACE,
        "WORD" => WORD,
        _ => return posix_unicode(&upper, ci),
    };
    Some(ClassExpr::raw(items))
}

/// CharPredicates.forProperty: general categories, ASCII POSIX classes and
/// the `java*` methods of `Character`. Names are case-sensitive here.
pub(crate) fn for_property(name: &str, ci: bool) -> Option<ClassExpr> {
    const CATEGORIES: [&str; 36] = [
        "Cn", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Co",
        "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf", "L", "M", "N", "Z",
        "C", "P", "S", "Lu", "Ll",
    ];
    let cased = r"\p{Lu}\p{Ll}\p{Lt}";
    let items: String = match name {
        "Lu" | "Ll" | "Lt" if ci => cased.to_string(),
        "Lt" => r"\p{Lt}".to_string(),
        n if CATEGORIES.contains(&n) => format!(r"\p{{{n}}}"),
        "LC" => cased.to_string(),
        "LD" => r"\p{L}\p{Nd}".to_string(),
        "L1" => return Some(ClassExpr::range(0, 0xFF)),
        "all" => return Some(all()),
        "ASCII" => return Some(ClassExpr::range(0, 0x7F)),
        "Alnum" => return Some(ascii_word_without_underscore()),
        "Alpha" => return Some(ascii_alpha()),
        "Blank" => return Some(ClassExpr::Ranges(vec![(0x09, 0x09), (0x20, 0x20)])),
        "Cntrl" => return Some(ClassExpr::Ranges(vec![(0, 0x1F), (0x7F, 0x7F)])),
        "Digit" => return Some(ascii_digit()),
        "Graph" => return Some(ClassExpr::range(0x21, 0x7E)),
        "Lower" if ci => return Some(ascii_alpha()),
        "Lower" => return Some(ClassExpr::range(0x61, 0x7A)),
        "Print" => return Some(ClassExpr::range(0x20, 0x7E)),
        "Punct" => return Some(ascii_punct()),
        "Space" => return Some(ascii_space()),
        "Upper" if ci => return Some(ascii_alpha()),
        "Upper" => return Some(ClassExpr::range(0x41, 0x5A)),
        "XDigit" => {
            return Some(ClassExpr::Ranges(vec![
                (0x30, 0x39),
                (0x41, 0x46),
                (0x61, 0x66),
            ]))
        }
        _ => return java_method(name, ci),
    };
    Some(ClassExpr::Raw(items))
}

fn ascii_word_without_underscore() -> ClassExpr {
    ClassExpr::Ranges(vec![(0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)])
}

/// `\p{javaXxx}`: the `Character.isXxx` methods, by their documented
/// definitions in Unicode terms.
fn java_method(name: &str, ci: bool) -> Option<ClassExpr> {
    let items = match name {
        "javaLowerCase" => return Some(cased_or(ci, r"\p{Lowercase}")),
        "javaUpperCase" => return Some(cased_or(ci, r"\p{Uppercase}")),
        "javaTitleCase" => return Some(cased_or(ci, r"\p{Lt}")),
        "javaAlphabetic" => r"\p{Alphabetic}",
        "javaIdeographic" => r"\p{Ideographic}",
        "javaDigit" => r"\p{Nd}",
        "javaDefined" => return Some(ClassExpr::raw(r"\p{Cn}").negate()),
        "javaLetter" => r"\p{L}",
        "javaLetterOrDigit" => r"\p{L}\p{Nd}",
        "javaJavaIdentifierStart" => r"\p{L}\p{Nl}\p{Sc}\p{Pc}",
        "javaJavaIdentifierPart" => {
            r"\p{L}\p{Sc}\p{Pc}\p{Nd}\p{Nl}\p{Mc}\p{Mn}\x{0}-\x{8}\x{E}-\x{1B}\x{7F}-\x{9F}\p{Cf}"
        }
        "javaUnicodeIdentifierStart" => r"\p{ID_Start}\x{2E2F}",
        "javaUnicodeIdentifierPart" => {
            r"\p{ID_Continue}\x{2E2F}\x{0}-\x{8}\x{E}-\x{1B}\x{7F}-\x{9F}\p{Cf}"
        }
        "javaIdentifierIgnorable" => IGNORABLE,
        "javaSpaceChar" => r"\p{Zs}\p{Zl}\p{Zp}",
        // isWhitespace: separators except the no-break spaces, plus
        // \t \n \x0B \f \r and the four information separators.
        "javaWhitespace" => {
            return Some(
                ClassExpr::raw(r"\p{Zs}\p{Zl}\p{Zp}")
                    .and(ClassExpr::raw(r"\x{A0}\x{2007}\x{202F}").negate())
                    .union(ClassExpr::Ranges(vec![(0x09, 0x0D), (0x1C, 0x1F)])),
            )
        }
        "javaISOControl" => r"\x{0}-\x{1F}\x{7F}-\x{9F}",
        "javaMirrored" => r"\p{Bidi_Mirrored}",
        _ => return None,
    };
    Some(ClassExpr::raw(items))
}

/// Resolves the name inside `\p{..}` as Pattern.family does.
pub(crate) fn family(name: &str, ci: bool, unicode_class: bool) -> Result<ClassExpr, String> {
    if let Some(eq) = name.find('=') {
        let value = &name[eq + 1..];
        let key = name[..eq].to_ascii_lowercase();
        let found = match key.as_str() {
            "sc" | "script" => script(value),
            "blk" | "block" => super::blocks::block(value),
            "gc" | "general_category" => for_property(value, ci),
            _ => None,
        };
        return found
            .ok_or_else(|| format!("Unknown Unicode property {{name=<{key}>, value=<{value}>}}"));
    }
    let found = if let Some(block) = name.strip_prefix("In") {
        super::blocks::block(block)
    } else if let Some(short) = name.strip_prefix("Is") {
        unicode_property(short, ci)
            .or_else(|| for_property(short, ci))
            .or_else(|| script(short))
    } else {
        let posix = if unicode_class {
            posix_unicode(&name.to_ascii_uppercase(), ci)
        } else {
            None
        };
        posix.or_else(|| for_property(name, ci))
    };
    found.ok_or_else(|| format!("Unknown character property name {{{name}}}"))
}

/// `Character.UnicodeScript.forName`: upper-cased enum names or ISO 15924
/// aliases. fancy-regex knows the same scripts; names are checked by
/// compiling, and only plain identifiers are let through so loose matching
/// ("Old Italic") cannot accept what Java rejects.
fn script(name: &str) -> Option<ClassExpr> {
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        return None;
    }
    let items = format!(r"\p{{sc={name}}}");
    fancy_regex::Regex::new(&format!("[{items}]")).ok()?;
    Some(ClassExpr::Raw(items))
}

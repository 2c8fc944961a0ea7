//! Zero-width assertions in fancy-regex syntax with Java's meaning.
//! Java line terminators are \n, \r, \u0085, \u2028, \u2029, with \r\n one
//! terminator; UNIX_LINES makes \n the only one.

/// `^`: Java's Begin, Caret (MULTILINE) or UnixCaret. Java's Caret never
/// matches at the end of input, even after a final newline (Perl rule).
pub(crate) fn caret(multiline: bool, unix_lines: bool) -> String {
    if !multiline {
        r"\A".to_string()
    } else if unix_lines {
        r"(?:(?!\z)(?:\A|(?<=\n)))".to_string()
    } else {
        r"(?:(?!\z)(?:\A|(?<=[\n\x{85}\x{2028}\x{2029}])|(?<=\r)(?!\n)))".to_string()
    }
}

/// `$` and `\Z`: Java's Dollar / UnixDollar. Without MULTILINE it also
/// matches before one final terminator (`"line\n".replaceAll("e$","E")` is
/// `linE\n`), but never between \r and \n.
pub(crate) fn dollar(multiline: bool, unix_lines: bool) -> String {
    let s = match (multiline, unix_lines) {
        (false, false) => r"(?:\z|(?=\r\n\z)|(?=[\r\x{85}\x{2028}\x{2029}]\z)|(?<!\r)(?=\n\z))",
        (true, false) => r"(?:\z|(?=[\r\x{85}\x{2028}\x{2029}])|(?<!\r)(?=\n))",
        (false, true) => r"(?:\z|(?=\n\z))",
        (true, true) => r"(?:\z|(?=\n))",
    };
    s.to_string()
}

/// `\b` / `\B`, as JDK 17's `Pattern.Bound` decides: a word character is
/// `_` or `Character.isLetterOrDigit` (Unicode letters and Nd digits, *not*
/// the ASCII `\w`), and a non-spacing mark counts when a letter or digit
/// precedes its run of marks. With UNICODE_CHARACTER_CLASS the word set is
/// the Unicode `\w`. JDK 19+ (JDK-8264160) uses the ASCII `\w` instead:
/// `"aéb c".split("\\b")` has 3 parts on JDK 17 and 5 on JDK 25.
pub(crate) fn boundary(negated: bool, unicode_class: bool) -> String {
    let (left, not_left, right, not_right) = if unicode_class {
        let w = super::props::unicode_word().render();
        (
            format!("(?<={w})"),
            format!("(?<!{w})"),
            format!("(?={w})"),
            format!("(?!{w})"),
        )
    } else {
        let word = r"[_\p{L}\p{Nd}]";
        let marked = r"[\p{L}\p{Nd}]\p{Mn}+";
        let mark_ahead = r"\p{Mn}(?<=[\p{L}\p{Nd}]\p{Mn}+)";
        (
            format!("(?<={word}|{marked})"),
            format!("(?<!{word}|{marked})"),
            format!("(?={word}|{mark_ahead})"),
            format!("(?!{word}|{mark_ahead})"),
        )
    };
    if negated {
        format!("(?:{left}{right}|{not_left}{not_right})")
    } else {
        format!("(?:{left}{not_right}|{not_left}{right})")
    }
}

//! Every row's expected value was printed by the real JDK: a small harness
//! (kept outside the crate) ran `String.replaceAll` / `replaceFirst` /
//! `matches` / `split(regex, limit)` on OpenJDK 17.0.15 and reported
//! exceptions by message (`PatternSyntaxException` as description plus
//! "near index N"). Each row is (operation, Java pattern, input,
//! replacement or split limit, result). The hand-written tests at the end
//! cover the API and pin the known differences from Java.

use super::{JavaRegex, RegexError};

#[derive(Clone, Copy, Debug)]
enum Op {
    All,
    First,
    Matches,
    Split,
}
use Op::{All, First, Matches, Split};

#[derive(Debug, PartialEq)]
enum Want<'a> {
    Str(&'a str),
    Bool(bool),
    List(&'a [&'a str]),
    Err(&'a str),
}

type Case<'a> = (Op, &'a str, &'a str, &'a str, Want<'a>);

fn run(op: Op, pattern: &str, input: &str, arg: &str) -> Result<String, RegexError> {
    let re = JavaRegex::compile(pattern)?;
    Ok(match op {
        All => re.replace_all(input, arg)?,
        First => re.replace_first(input, arg)?,
        Matches => re.is_match_whole(input)?.to_string(),
        Split => {
            let limit: i32 = arg
                .parse()
                .map_err(|_| RegexError::new("bad limit in test"))?;
            format!("{:?}", re.split_limit(input, limit)?)
        }
    })
}

fn check(cases: &[Case<'_>]) {
    let mut failures = Vec::new();
    for (op, pattern, input, arg, want) in cases {
        let want_text = match want {
            Want::Str(s) => Ok(s.to_string()),
            Want::Bool(b) => Ok(b.to_string()),
            Want::List(l) => Ok(format!("{l:?}")),
            Want::Err(e) => Err(e.to_string()),
        };
        let got = run(*op, pattern, input, arg).map_err(|e| e.message);
        if got != want_text {
            failures.push(format!(
                "{op:?} {pattern:?} on {input:?} with {arg:?}: want {want_text:?}, got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from Java:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// predefined classes are ASCII unless (?U)
#[test]
fn predefined_classes_are_ascii_unless() {
    check(&[
        (Matches, "\\d+", "\u{661}\u{662}", "", Want::Bool(false)),
        (Matches, "\\d+", "0123456789", "", Want::Bool(true)),
        (Matches, "(?U)\\d+", "\u{661}\u{662}", "", Want::Bool(true)),
        (All, "\\w", "a\u{E9}_9-", "#", Want::Str("#\u{E9}##-")),
        (All, "(?U)\\w", "a\u{E9}_9-", "#", Want::Str("####-")),
        (All, "\\W", "a\u{E9}_9-", "#", Want::Str("a#_9#")),
        (
            All,
            "\\s",
            "a b\u{9}c\u{A}d\u{B}e\u{C}f\u{A0}g\u{2003}h",
            "_",
            Want::Str("a_b_c_d_e_f\u{A0}g\u{2003}h"),
        ),
        (
            All,
            "(?U)\\s",
            "a b\u{A0}g\u{2003}h\u{85}i",
            "_",
            Want::Str("a_b_g_h_i"),
        ),
        (All, "\\S+", "ab \u{A0}", "<$0>", Want::Str("<ab> <\u{A0}>")),
        (All, "\\D", "1a\u{661}", ".", Want::Str("1..")),
        (All, "[\\w&&[^\\d]]", "ab12_", "*", Want::Str("**12*")),
        (
            All,
            "\\h",
            "a b\u{9}c\u{A0}d\u{2000}e\u{3000}f\u{A}",
            "_",
            Want::Str("a_b_c_d_e_f\u{A}"),
        ),
        (All, "\\H", "a b", "_", Want::Str("_ _")),
        (
            All,
            "\\v",
            "a\u{A}b\u{B}c\u{C}d\u{D}e\u{85}f\u{2028}g h",
            "_",
            Want::Str("a_b_c_d_e_f_g h"),
        ),
        (All, "\\V", "a\u{A}", "_", Want::Str("_\u{A}")),
        (
            All,
            "\\R",
            "a\u{D}\u{A}b\u{A}c\u{D}d\u{85}e",
            "|",
            Want::Str("a|b|c|d|e"),
        ),
        (All, "\\R\\R", "a\u{D}\u{A}b", "|", Want::Str("a|b")),
        (Matches, "\\R", "\u{D}\u{A}", "", Want::Bool(true)),
        (All, "[\\v]", "x\u{B}y\u{A}", "_", Want::Str("x_y_")),
        (
            All,
            "[\u{1}-\\v]",
            "\u{5}\u{B}\u{C}",
            "_",
            Want::Str("__\u{C}"),
        ),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// POSIX and java properties
#[test]
fn posix_and_java_properties() {
    check(&[
        (All, "\\p{Lower}", "aZ\u{E9}", "_", Want::Str("_Z\u{E9}")),
        (All, "\\p{Upper}", "aZ\u{C9}", "_", Want::Str("a_\u{C9}")),
        (All, "(?U)\\p{Lower}", "aZ\u{E9}", "_", Want::Str("_Z_")),
        (
            All,
            "\\p{Alpha}+",
            "ab\u{E9}c1",
            "_",
            Want::Str("_\u{E9}_1"),
        ),
        (All, "\\p{IsAlpha}+", "ab\u{E9}c1", "_", Want::Str("_1")),
        (
            All,
            "\\p{Punct}",
            "a!b-c\u{A1}d_",
            "_",
            Want::Str("a_b_c\u{A1}d_"),
        ),
        (All, "\\p{Alnum}", "a1_\u{E9}", "_", Want::Str("___\u{E9}")),
        (
            All,
            "\\p{Space}",
            "a b\u{9}c\u{A0}",
            "_",
            Want::Str("a_b_c\u{A0}"),
        ),
        (All, "\\p{XDigit}+", "0fFgG", "_", Want::Str("_gG")),
        (
            All,
            "\\p{Cntrl}",
            "a\u{1}\u{7F}\u{80}",
            "_",
            Want::Str("a__\u{80}"),
        ),
        (
            All,
            "\\p{Graph}",
            "a \u{7E}\u{E9}",
            "_",
            Want::Str("_ _\u{E9}"),
        ),
        (All, "\\p{Print}", "a \u{E9}", "_", Want::Str("__\u{E9}")),
        (
            All,
            "\\p{Blank}",
            "a b\u{9}c\u{A}",
            "_",
            Want::Str("a_b_c\u{A}"),
        ),
        (All, "\\p{ASCII}", "a\u{E9}", "_", Want::Str("_\u{E9}")),
        (
            All,
            "\\p{javaLowerCase}",
            "aZ\u{E9}\u{AA}",
            "_",
            Want::Str("_Z__"),
        ),
        (All, "\\p{javaUpperCase}", "aZ\u{C9}", "_", Want::Str("a__")),
        (
            All,
            "\\p{javaWhitespace}",
            "a b\u{A0}c\u{2003}d\u{1C}",
            "_",
            Want::Str("a_b\u{A0}c_d_"),
        ),
        (
            All,
            "\\p{javaLetterOrDigit}",
            "a1\u{E9}\u{661}-",
            "_",
            Want::Str("____-"),
        ),
        (All, "\\p{L}", "a\u{E9}1\u{4E2D}", "_", Want::Str("__1_")),
        (All, "\\pL", "a\u{E9}1", "_", Want::Str("__1")),
        (All, "\\p{Lu}", "aB\u{C9}", "_", Want::Str("a__")),
        (All, "\\P{L}", "a\u{E9}1-", "_", Want::Str("a\u{E9}__")),
        (
            All,
            "\\p{IsLatin}",
            "a\u{3B1}b",
            "_",
            Want::Str("_\u{3B1}_"),
        ),
        (All, "\\p{IsGreek}", "a\u{3B1}b", "_", Want::Str("a_b")),
        (All, "\\p{sc=Greek}", "a\u{3B1}b", "_", Want::Str("a_b")),
        (All, "\\p{InGreek}", "a\u{3B1}b", "_", Want::Str("a_b")),
        (All, "\\p{IsLu}", "aB", "_", Want::Str("a_")),
        (All, "\\p{gc=Nd}", "1\u{661}a", "_", Want::Str("__a")),
        (
            All,
            "\\p{IsWhite_Space}",
            "a b\u{A0}",
            "_",
            Want::Str("a_b_"),
        ),
        (
            All,
            "\\p{L1}",
            "a\u{FF}\u{100}",
            "_",
            Want::Str("__\u{100}"),
        ),
        (All, "[\\p{L}&&[^a-z]]", "abC\u{E9}", "_", Want::Str("ab__")),
        (All, "(?i)\\p{Lower}", "aB1", "_", Want::Str("__1")),
        (All, "(?i)\\p{Lu}", "aB1", "_", Want::Str("__1")),
        (
            All,
            "\\p{IsEmoji}",
            "a\u{1F600}",
            "_",
            Want::Err("Unknown character property name {IsEmoji} near index 10"),
        ),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// dot and line terminators
#[test]
fn dot_and_line_terminators() {
    check(&[
        (
            All,
            ".",
            "a\u{A}b\u{D}c\u{85}d\u{2028}e\u{2029}f",
            "_",
            Want::Str("_\u{A}_\u{D}_\u{85}_\u{2028}_\u{2029}_"),
        ),
        (All, "(?s).", "a\u{A}", "_", Want::Str("__")),
        (All, "(?d).", "a\u{A}b\u{D}", "_", Want::Str("_\u{A}__")),
        (Matches, ".*", "ab\u{A}", "", Want::Bool(false)),
        (Matches, "(?s).*", "ab\u{A}", "", Want::Bool(true)),
        (All, ".+", "a\u{1F600}b", "<$0>", Want::Str("<a\u{1F600}b>")),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// anchors: $ before a final terminator, ^ and $ in MULTILINE
#[test]
fn anchors_before_a_final_terminator_and_in_multiline() {
    check(&[
        (All, "e$", "line\u{A}", "E", Want::Str("linE\u{A}")),
        (All, "$", "ab\u{A}", "X", Want::Str("abX\u{A}X")),
        (All, "$", "ab\u{D}\u{A}", "X", Want::Str("abX\u{D}\u{A}X")),
        (All, "$", "ab\u{A}\u{A}", "X", Want::Str("ab\u{A}X\u{A}X")),
        (All, "$", "ab\u{D}", "X", Want::Str("abX\u{D}X")),
        (All, "$", "ab\u{2028}", "X", Want::Str("abX\u{2028}X")),
        (
            All,
            "(?m)$",
            "a\u{A}b\u{D}\u{A}c",
            "X",
            Want::Str("aX\u{A}bX\u{D}\u{A}cX"),
        ),
        (
            All,
            "(?m)^",
            "a\u{A}b\u{D}\u{A}c\u{A}",
            "X",
            Want::Str("Xa\u{A}Xb\u{D}\u{A}Xc\u{A}"),
        ),
        (All, "(?m)^", "", "X", Want::Str("")),
        (All, "^", "", "X", Want::Str("X")),
        (
            All,
            "(?m)^$",
            "a\u{A}\u{A}b",
            "X",
            Want::Str("a\u{A}X\u{A}b"),
        ),
        (
            All,
            "(?md)^",
            "a\u{D}b\u{A}c",
            "X",
            Want::Str("Xa\u{D}b\u{A}Xc"),
        ),
        (
            All,
            "(?d)$",
            "ab\u{D}\u{A}",
            "X",
            Want::Str("ab\u{D}X\u{A}X"),
        ),
        (
            All,
            "(?md)$",
            "a\u{D}b\u{A}",
            "X",
            Want::Str("a\u{D}bX\u{A}X"),
        ),
        (All, "\\Z", "ab\u{A}", "X", Want::Str("abX\u{A}X")),
        (All, "\\z", "ab\u{A}", "X", Want::Str("ab\u{A}X")),
        (All, "\\A", "ab", "X", Want::Str("Xab")),
        (All, "^a", "aaa", "X", Want::Str("Xaa")),
        (Matches, "abc$", "abc\u{A}", "", Want::Bool(false)),
        (Matches, "abc\\Z", "abc\u{A}", "", Want::Bool(false)),
        (All, "\\Ga", "aab", "X", Want::Str("XXb")),
        (All, "\\G", "ab", "X", Want::Str("Xab")),
        (All, "\\Ga|b", "aabab", "X", Want::Str("XXXXX")),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// word boundaries (JDK 17: letters/digits are Unicode; JDK-8264160 changed this in 19)
#[test]
fn word_boundaries() {
    check(&[
        (All, "\\b", "ab cd", "|", Want::Str("|ab| |cd|")),
        (All, "\\b", "a\u{E9}b c", "|", Want::Str("|a\u{E9}b| |c|")),
        (
            Split,
            "\\b",
            "a\u{E9}b c",
            "0",
            Want::List(&["a\u{E9}b", " ", "c"]),
        ),
        (All, "\\B", "ab cd", "|", Want::Str("a|b c|d")),
        (
            All,
            "\\bx\\b",
            "x \u{E9}x x_ x1 1x",
            "Y",
            Want::Str("Y \u{E9}x x_ x1 1x"),
        ),
        (All, "\\b", "e\u{301}x", "|", Want::Str("|e\u{301}x|")),
        (All, "\\b", "\u{661}2", "|", Want::Str("|\u{661}2|")),
        (All, "(?U)\\b", "a\u{E9} b", "|", Want::Str("|a\u{E9}| |b|")),
        (All, "\\b", "_a-", "|", Want::Str("|_a|-")),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// case-insensitive matching is ASCII-only unless (?u)
#[test]
fn case_insensitive_matching_is_ascii_only_unless() {
    check(&[
        (Matches, "(?i)abc", "ABC", "", Want::Bool(true)),
        (Matches, "(?i)\u{E9}", "\u{C9}", "", Want::Bool(false)),
        (Matches, "(?iu)\u{E9}", "\u{C9}", "", Want::Bool(true)),
        (Matches, "(?i)[a-z]+", "HeLLo", "", Want::Bool(true)),
        (
            Matches,
            "(?i)[\u{E0}-\u{FF}]",
            "\u{C9}",
            "",
            Want::Bool(false),
        ),
        (
            Matches,
            "(?iu)[\u{E0}-\u{FF}]",
            "\u{C9}",
            "",
            Want::Bool(true),
        ),
        (Matches, "(?i)[^a]", "A", "", Want::Bool(false)),
        (Matches, "(?i)[Z-a]", "z", "", Want::Bool(true)),
        (Matches, "(?i)[Z-a]", "A", "", Want::Bool(true)),
        (All, "(?i)(a)\\1", "aAAa", "-", Want::Str("--")),
        (Matches, "a(?i)b", "aB", "", Want::Bool(true)),
        (Matches, "a(?i)b", "AB", "", Want::Bool(false)),
        (Matches, "(?i:a)b", "Ab", "", Want::Bool(true)),
        (Matches, "(?i:a)b", "AB", "", Want::Bool(false)),
        (Matches, "(a(?i)b)c", "aBc", "", Want::Bool(true)),
        (Matches, "(a(?i)b)c", "aBC", "", Want::Bool(false)),
        (Matches, "(?i)a(?-i)b", "Ab", "", Want::Bool(true)),
        (Matches, "(?i)a(?-i)b", "AB", "", Want::Bool(false)),
        (Matches, "(?i)x|y", "Y", "", Want::Bool(true)),
        (Matches, "(?i)k", "\u{212A}", "", Want::Bool(false)),
        (Matches, "(?iu)k", "\u{212A}", "", Want::Bool(true)),
        (Matches, "(?U)(?i)\u{E9}", "\u{C9}", "", Want::Bool(true)),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// (?U) is UNICODE_CHARACTER_CLASS, not greed swap; other flags
#[test]
fn u_is_unicode_character_class_not_greed_swap_other() {
    check(&[
        (All, "(?U)a+", "aaa", "X", Want::Str("X")),
        (All, "(?U)a+?", "aaa", "X", Want::Str("XXX")),
        (All, "(?x) a b # comment", "ab a b", "X", Want::Str("X a b")),
        (All, "(?x)[ a b ]", "a b", "X", Want::Str("X X")),
        (All, "(?x)a\\ b", "a b", "X", Want::Str("X")),
        (Matches, "(?i-i)a", "A", "", Want::Bool(false)),
        (Matches, "(?s:.)a", "\u{A}a", "", Want::Bool(true)),
        (Matches, "(?s:.)a.", "\u{A}a\u{A}", "", Want::Bool(false)),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// quoting and escapes
#[test]
fn quoting_and_escapes() {
    check(&[
        (All, "\\Q.*\\E", "a.*b", "X", Want::Str("aXb")),
        (All, "\\Q.*", "a.*b", "X", Want::Str("aXb")),
        (All, "[\\Q]\\E]", "a]b", "X", Want::Str("aXb")),
        (All, "\\Q1\\E", "a1", "X", Want::Str("aX")),
        (All, "\\Qa\\\\E", "a\\\\", "X", Want::Str("X\\")),
        (All, "x\\Q\\E*", "xxx", "-", Want::Str("--")),
        (All, "\\0101", "A1", "X", Want::Str("X1")),
        (All, "\\0377", "\u{FF}", "X", Want::Str("X")),
        (All, "\\0400", "\u{20}0", "X", Want::Str("X")),
        (All, "\\x41", "A", "X", Want::Str("X")),
        (All, "\\x{1F600}", "a\u{1F600}", "X", Want::Str("aX")),
        (All, "\\u0041", "A", "X", Want::Str("X")),
        (All, "\\uD83D\\uDE00", "a\u{1F600}", "X", Want::Str("aX")),
        (
            All,
            "\\t\\n\\r\\f\\a\\e",
            "\u{9}\u{A}\u{D}\u{C}\u{7}\u{1B}",
            "X",
            Want::Str("X"),
        ),
        (All, "\\cA\\c?", "\u{1}\u{7F}", "X", Want::Str("X")),
        (All, "\\.", "a.b", "X", Want::Str("aXb")),
        (All, "\\-\\#\\@\\/", "-#@/", "X", Want::Str("X")),
        (All, "a]b}", "a]b}", "X", Want::Str("X")),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// classes: ranges, negation, union, intersection
#[test]
fn classes_ranges_negation_union_intersection() {
    check(&[
        (All, "[a-z&&[^x]]", "axb", "_", Want::Str("_x_")),
        (All, "[a-z&&[def]]", "adex", "_", Want::Str("a__x")),
        (All, "[abc&&b]", "abc", "_", Want::Str("a_c")),
        (All, "[^a[b]]", "abc", "_", Want::Str("ab_")),
        (All, "[a[b]]", "abc", "_", Want::Str("__c")),
        (All, "[]a]", "a]b", "_", Want::Str("__b")),
        (All, "[^]a]", "a]b", "_", Want::Str("a]_")),
        (All, "[a-]", "a-b", "_", Want::Str("__b")),
        (All, "[-a]", "a-b", "_", Want::Str("__b")),
        (All, "[a\\-z]", "a-bz", "_", Want::Str("__b_")),
        (All, "[a&b]", "a&b", "_", Want::Str("___")),
        (All, "[a&&&b]", "abc", "_", Want::Str("__c")),
        (All, "[ab[c]&&]", "abc", "_", Want::Str("ab_")),
        (All, "[a-c&&b-d&&c]", "abcd", "_", Want::Str("ab_d")),
        (All, "[^a-z&&[^x]]", "ax1", "_", Want::Str("a__")),
        (All, "[a-c[x-z]]", "abxyzm", "_", Want::Str("_____m")),
        (All, "[\\d\\s]", "1 a", "_", Want::Str("__a")),
        (All, "[^\\d\\s]", "1 a", "_", Want::Str("1 _")),
        (All, "[a^]", "a^b", "_", Want::Str("__b")),
        (All, "[.$|()]", ".$|()a", "_", Want::Str("_____a")),
        (
            All,
            "[\u{1F600}-\u{1F601}]",
            "a\u{1F600}\u{1F601}",
            "_",
            Want::Str("a__"),
        ),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// quantifiers, possessive, atomic, lookaround, backrefs, named groups
#[test]
fn quantifiers_possessive_atomic_lookaround_backrefs() {
    check(&[
        (Matches, "a++a", "aaa", "", Want::Bool(false)),
        (Matches, "a*+b", "aab", "", Want::Bool(true)),
        (Matches, "(?>a|ab)c", "abc", "", Want::Bool(false)),
        (Matches, "(?:a|ab)c", "abc", "", Want::Bool(true)),
        (All, "(?<=a)b", "abcb", "X", Want::Str("aXcb")),
        (All, "(?<!a)b", "abcb", "X", Want::Str("abcX")),
        (All, "(?<=a{1,2})b", "aab", "X", Want::Str("aaX")),
        (All, "(?<=a+)b", "aab", "X", Want::Str("aaX")),
        (All, "b(?=c)", "bcbd", "X", Want::Str("Xcbd")),
        (All, "b(?!c)", "bcbd", "X", Want::Str("bcXd")),
        (All, "(a)(b)?\\1", "aa aba", "X", Want::Str("X X")),
        (
            All,
            "(?<year>\\d{4})-(?<mon>\\d\\d)",
            "2024-05",
            "${mon}/${year}",
            Want::Str("05/2024"),
        ),
        (All, "(?<w>o)\\k<w>", "foo", "0", Want::Str("f0")),
        (All, "a{2}", "aaaaa", "X", Want::Str("XXa")),
        (All, "a{2,}", "aaaaa a", "X", Want::Str("X a")),
        (All, "a{1,2}", "aaaaa", "X", Want::Str("XXX")),
        (All, "a{2}?", "aaaaa", "X", Want::Str("XXa")),
        (All, "a{1,3}?", "aaaa", "X", Want::Str("XXXX")),
        (All, "a??", "aa", "X", Want::Str("XaXaX")),
        (All, "a*?", "aa", "X", Want::Str("XaXaX")),
        (All, "ab*", "abbb ab a", "X", Want::Str("X X X")),
        (All, "(?:ab)+", "ababa", "X", Want::Str("Xa")),
        (All, "(a|b)*c", "abac", "[$1]", Want::Str("[a]")),
        (All, "(?=a)*b", "ab", "X", Want::Str("aX")),
        (All, "()*x", "x", "[$1]", Want::Str("[]")),
        (All, "\\b+x", "x", "X", Want::Str("X")),
        (All, "x{0}", "ab", "-", Want::Str("-a-b-")),
        (All, "\\2(a)(b)", "ab", "X", Want::Str("ab")),
        (All, "(a)\\2", "aa", "X", Want::Str("aa")),
        (All, "(a)\\11", "aa1", "X", Want::Str("X")),
        (
            All,
            "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11",
            "abcdefghijkk",
            "X",
            Want::Str("X"),
        ),
        (All, "a{2}{3}", "aaaaaa", "X", Want::Str("XXX")),
        (All, "{2}a", "a", "X", Want::Str("X")),
        (All, "(a)|b", "ab", "[$1]", Want::Str("[a][]")),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// find loop: empty matches
#[test]
fn find_loop_empty_matches() {
    check(&[
        (All, "a*", "aaa", "-", Want::Str("--")),
        (All, "a*", "baaa", "-", Want::Str("-b--")),
        (All, "", "abc", "-", Want::Str("-a-b-c-")),
        (All, "x*", "axb", "-", Want::Str("-a--b-")),
        (All, "a*?", "aaa", "-", Want::Str("-a-a-a-")),
        (All, "(?=a)", "aaa", "-", Want::Str("-a-a-a")),
        (All, "a|", "aba", "-", Want::Str("--b--")),
        (All, "", "", "-", Want::Str("-")),
        (All, "a*", "", "-", Want::Str("-")),
        (First, "a*", "baaa", "-", Want::Str("-baaa")),
        (First, "a+", "baaa", "-", Want::Str("b-")),
        (First, "z", "abc", "-", Want::Str("abc")),
        (All, "\\b", "", "-", Want::Str("")),
        (All, "$|a", "ab", "-", Want::Str("-b-")),
        (
            All,
            "",
            "\u{E9}\u{4E2D}",
            "-",
            Want::Str("-\u{E9}-\u{4E2D}-"),
        ),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// replacement strings (Matcher.appendReplacement)
#[test]
fn replacement_strings() {
    check(&[
        (All, "(a)", "ab", "\\$1", Want::Str("$1b")),
        (All, "(a)", "ab", "\\\\", Want::Str("\\b")),
        (All, "(a)", "ab", "\\x", Want::Str("xb")),
        (All, "(a)", "ab", "$1$1", Want::Str("aab")),
        (All, "(a)", "ab", "$0-$0", Want::Str("a-ab")),
        (All, "(a)", "ab", "$10", Want::Str("a0b")),
        (
            All,
            "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)",
            "abcdefghijk",
            "$11",
            Want::Str("k"),
        ),
        (
            All,
            "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)",
            "abcdefghijk",
            "$12",
            Want::Str("a2"),
        ),
        (
            All,
            "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)",
            "abcdefghijk",
            "$111",
            Want::Str("k1"),
        ),
        (All, "(a)|(b)", "ab", "[$2]", Want::Str("[][b]")),
        (All, "(?<n>a)", "ab", "${n}${n}", Want::Str("aab")),
        (
            All,
            "a",
            "ab",
            "$",
            Want::Err("Illegal group reference: group index is missing"),
        ),
        (All, "a", "ab", "$$", Want::Err("Illegal group reference")),
        (All, "a", "ab", "$a", Want::Err("Illegal group reference")),
        (
            All,
            "a",
            "ab",
            "\\",
            Want::Err("character to be escaped is missing"),
        ),
        (All, "a", "ab", "$1", Want::Err("No group 1")),
        (All, "(a)", "ab", "$2", Want::Err("No group 2")),
        (
            All,
            "(a)",
            "ab",
            "${x}",
            Want::Err("No group with name {x}"),
        ),
        (
            All,
            "(?<n>a)",
            "ab",
            "${}",
            Want::Err("named capturing group has 0 length name"),
        ),
        (
            All,
            "(?<n>a)",
            "ab",
            "${n",
            Want::Err("named capturing group is missing trailing '}'"),
        ),
        (
            All,
            "(?<n>a)",
            "ab",
            "${1n}",
            Want::Err("capturing group name {1n} starts with digit character"),
        ),
        (
            All,
            "(?<n>a)",
            "ab",
            "${n-}",
            Want::Err("named capturing group is missing trailing '}'"),
        ),
        (All, "z", "ab", "$", Want::Str("ab")),
        (All, "z", "ab", "\\\\", Want::Str("ab")),
        (First, "a", "aa", "$1", Want::Err("No group 1")),
        (All, "(a)", "ab", "$1a", Want::Str("aab")),
        (
            All,
            "a",
            "a\u{1F600}",
            "\u{1F600}\\$",
            Want::Str("\u{1F600}$\u{1F600}"),
        ),
        (
            All,
            "(\\w+)@(\\w+)",
            "x@y z@w",
            "$2 at $1",
            Want::Str("y at x w at z"),
        ),
        (All, "a", "aaa", "", Want::Str("")),
        (All, "(x)?a", "a", "[$1]", Want::Str("[]")),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// split (Pattern.split)
#[test]
fn split() {
    check(&[
        (
            Split,
            ",",
            "a,b,,c,,",
            "0",
            Want::List(&["a", "b", "", "c"]),
        ),
        (Split, ",", ",", "0", Want::List(&[])),
        (Split, ",", "", "0", Want::List(&[""])),
        (Split, ",", "abc", "0", Want::List(&["abc"])),
        (Split, ".", "a.b.c", "0", Want::List(&[])),
        (Split, "\\.", "a.b.c", "0", Want::List(&["a", "b", "c"])),
        (Split, "|", "a|b", "0", Want::List(&["a", "|", "b"])),
        (Split, "\\|", "a|b", "0", Want::List(&["a", "b"])),
        (Split, "", "abc", "0", Want::List(&["a", "b", "c"])),
        (Split, "(?=b)", "abab", "0", Want::List(&["a", "ba", "b"])),
        (Split, "(?=a)", "abab", "0", Want::List(&["ab", "ab"])),
        (Split, "a", "abab", "0", Want::List(&["", "b", "b"])),
        (Split, "b", "abab", "0", Want::List(&["a", "a"])),
        (Split, "\\s+", " a  b ", "0", Want::List(&["", "a", "b"])),
        (Split, ",", "a,b,c", "2", Want::List(&["a", "b,c"])),
        (Split, ",", "a,b,c", "1", Want::List(&["a,b,c"])),
        (Split, ",", "a,b,,", "-1", Want::List(&["a", "b", "", ""])),
        (Split, ",", "a,b,,", "0", Want::List(&["a", "b"])),
        (Split, ",", "a,b,,", "3", Want::List(&["a", "b", ","])),
        (Split, ",", "a,b,,", "10", Want::List(&["a", "b", "", ""])),
        (Split, ",", ",a", "-1", Want::List(&["", "a"])),
        (Split, "", "abc", "2", Want::List(&["a", "bc"])),
        (Split, "", "abc", "-1", Want::List(&["a", "b", "c", ""])),
        (Split, "x*", "axb", "0", Want::List(&["a", "", "b"])),
        (Split, ",", ",,,", "-1", Want::List(&["", "", "", ""])),
        (Split, "^", "abc", "0", Want::List(&["abc"])),
        (
            Split,
            "(?m)^",
            "a\u{A}b\u{A}",
            "0",
            Want::List(&["a\u{A}", "b\u{A}"]),
        ),
        (
            Split,
            "\\b",
            "hi there",
            "0",
            Want::List(&["hi", " ", "there"]),
        ),
        (Split, "a", "a", "0", Want::List(&[])),
        (Split, "a", "a", "-1", Want::List(&["", ""])),
        (Split, "", "", "0", Want::List(&[""])),
        (
            Split,
            "[,;]\\s*",
            "a, b;c",
            "0",
            Want::List(&["a", "b", "c"]),
        ),
        (Split, "(,)", "a,b", "0", Want::List(&["a", "b"])),
        (Split, "\\\\", "a\\b", "0", Want::List(&["a", "b"])),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// matches is whole-string
#[test]
fn matches_is_whole_string() {
    check(&[
        (Matches, "a|ab", "ab", "", Want::Bool(true)),
        (Matches, "a", "ab", "", Want::Bool(false)),
        (Matches, "^ab$", "ab", "", Want::Bool(true)),
        (Matches, "ab$", "ab\u{A}", "", Want::Bool(false)),
        (Matches, "", "", "", Want::Bool(true)),
        (Matches, "a*", "", "", Want::Bool(true)),
        (
            Matches,
            "[0-9]{3}-[0-9]{4}",
            "555-1234",
            "",
            Want::Bool(true),
        ),
        (Matches, "\\d{3}", "12\u{663}", "", Want::Bool(false)),
        (Matches, ".*@.*", "a@b", "", Want::Bool(true)),
        (Matches, "(a+)+", "aaaa", "", Want::Bool(true)),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// syntax errors (PatternSyntaxException)
#[test]
fn syntax_errors() {
    check(&[
        (
            Matches,
            "(ab",
            "",
            "",
            Want::Err("Unclosed group near index 3"),
        ),
        (
            Matches,
            "ab)",
            "",
            "",
            Want::Err("Unmatched closing ')' near index 1"),
        ),
        (
            Matches,
            "[ab",
            "",
            "",
            Want::Err("Unclosed character class near index 2"),
        ),
        (
            Matches,
            "*a",
            "",
            "",
            Want::Err("Dangling meta character '*' near index 0"),
        ),
        (
            Matches,
            "a**",
            "",
            "",
            Want::Err("Dangling meta character '*' near index 2"),
        ),
        (
            Matches,
            "+",
            "",
            "",
            Want::Err("Dangling meta character '+' near index 0"),
        ),
        (
            Matches,
            "a{",
            "",
            "",
            Want::Err("Illegal repetition near index 2"),
        ),
        (
            Matches,
            "a{x}",
            "",
            "",
            Want::Err("Illegal repetition near index 2"),
        ),
        (
            Matches,
            "a{2,1}",
            "",
            "",
            Want::Err("Illegal repetition range near index 5"),
        ),
        (
            Matches,
            "a{2",
            "",
            "",
            Want::Err("Unclosed counted closure near index 3"),
        ),
        (
            Matches,
            "{",
            "",
            "",
            Want::Err("Illegal repetition near index 1"),
        ),
        (Matches, "\\\\", "", "", Want::Bool(false)),
        (
            Matches,
            "\\",
            "",
            "",
            Want::Err("Unexpected internal error near index 1"),
        ),
        (Matches, "a\\\\", "", "", Want::Bool(false)),
        (
            Matches,
            "\\y",
            "",
            "",
            Want::Err("Illegal/unsupported escape sequence near index 1"),
        ),
        (
            Matches,
            "\\E",
            "",
            "",
            Want::Err("Illegal/unsupported escape sequence near index 1"),
        ),
        (
            Matches,
            "[\\b]",
            "",
            "",
            Want::Err("Illegal/unsupported escape sequence near index 2"),
        ),
        (
            Matches,
            "[z-a]",
            "",
            "",
            Want::Err("Illegal character range near index 3"),
        ),
        (
            Matches,
            "\\p{Foo}",
            "",
            "",
            Want::Err("Unknown character property name {Foo} near index 6"),
        ),
        (
            Matches,
            "\\p{",
            "",
            "",
            Want::Err("Unclosed character family near index 3"),
        ),
        (
            Matches,
            "\\p{}",
            "",
            "",
            Want::Err("Empty character family near index 3"),
        ),
        (
            Matches,
            "\\p{sc=Foo}",
            "",
            "",
            Want::Err("Unknown Unicode property {name=<sc>, value=<Foo>} near index 9"),
        ),
        (
            Matches,
            "\\x",
            "",
            "",
            Want::Err("Illegal hexadecimal escape sequence near index 2"),
        ),
        (
            Matches,
            "\\x{110000}",
            "",
            "",
            Want::Err("Hexadecimal codepoint is too big near index 8"),
        ),
        (
            Matches,
            "\\x{41",
            "",
            "",
            Want::Err("Unclosed hexadecimal escape sequence near index 5"),
        ),
        (
            Matches,
            "\\u00",
            "",
            "",
            Want::Err("Illegal Unicode escape sequence near index 4"),
        ),
        (
            Matches,
            "\\08",
            "",
            "",
            Want::Err("Illegal octal escape sequence near index 2"),
        ),
        (
            Matches,
            "\\c",
            "",
            "",
            Want::Err("Illegal control escape sequence near index 1"),
        ),
        (Matches, "(?<=a+b*)", "", "", Want::Bool(false)),
        (
            Matches,
            "(?<=(?:ab)+)c",
            "",
            "",
            Want::Err("Look-behind group does not have an obvious maximum length near index 10"),
        ),
        (Matches, "(?<=a|bc)d", "bcd", "", Want::Bool(false)),
        (
            Matches,
            "(?<=\\1)a",
            "",
            "",
            Want::Err("Look-behind group does not have an obvious maximum length near index 5"),
        ),
        (
            Matches,
            "(?<1a>x)",
            "",
            "",
            Want::Err("capturing group name does not start with a Latin letter near index 3"),
        ),
        (
            Matches,
            "(?<a>x)(?<a>y)",
            "",
            "",
            Want::Err("Named capturing group <a> is already defined near index 11"),
        ),
        (
            Matches,
            "(?<a",
            "",
            "",
            Want::Err("named capturing group is missing trailing '>' near index 4"),
        ),
        (
            Matches,
            "\\k<b>",
            "",
            "",
            Want::Err("named capturing group <b> does not exist near index 4"),
        ),
        (
            Matches,
            "\\kb",
            "",
            "",
            Want::Err("\\k is not followed by '<' for named capturing group near index 2"),
        ),
        (
            Matches,
            "(?$)",
            "",
            "",
            Want::Err("Unknown group type near index 2"),
        ),
        (
            Matches,
            "(?z)",
            "",
            "",
            Want::Err("Unknown inline modifier near index 2"),
        ),
        (
            Matches,
            "(?i",
            "",
            "",
            Want::Err("Unknown inline modifier near index 3"),
        ),
        (
            Matches,
            "[a-\\d]",
            "",
            "",
            Want::Err("Illegal character range near index 4"),
        ),
        (
            Matches,
            "[&&]",
            "",
            "",
            Want::Err("Bad class syntax near index 2"),
        ),
        (
            Matches,
            "(?x)(a #)",
            "",
            "",
            Want::Err("Unclosed group near index 9"),
        ),
        (
            Matches,
            "a{99999999999}",
            "",
            "",
            Want::Err("Illegal repetition range near index 11"),
        ),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// backtracking
#[test]
fn backtracking() {
    check(&[(
        Matches,
        "(a|aa)+b",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "",
        Want::Bool(false),
    )]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// more translator edge cases
#[test]
fn more_translator_edge_cases() {
    check(&[
        (All, "(?i)[^\\p{Lower}]", "aB1", "_", Want::Str("aB_")),
        (All, "[\\w-z]", "a-z!", "_", Want::Str("___!")),
        (All, "[\\w-]", "a-!", "_", Want::Str("__!")),
        (All, "[a-\\x{7A}]", "az!", "_", Want::Str("__!")),
        (All, "[\\x41-\\x5A]", "aZ", "_", Want::Str("a_")),
        (All, "[\\0101-\\0103]", "ABCD", "_", Want::Str("___D")),
        (All, "[\\t-\\r]", "a\u{9}\u{A}b", "_", Want::Str("a__b")),
        (All, "[a-z&&[^aeiou]&&[^xyz]]", "abexz", "_", Want::Str("a_exz")),
        (All, "[[:alpha:]]", "a:lx", "_", Want::Str("___x")),
        (All, "[a-z&&]", "a1", "_", Want::Str("_1")),
        (All, "(?x)[#]", "a#", "_", Want::Err("Unclosed character class near index 6")),
        (All, "(?x)\\#", "a#", "_", Want::Str("a_")),
        (All, "(?x)a # c\u{A}b", "ab", "_", Want::Str("_")),
        (All, "(?x)a{2 }", "aa", "_", Want::Str("_")),
        (All, "[\\Q^\\E]", "a^", "_", Want::Str("a_")),
        (All, "[\\Q]a\\E]", "]a-", "_", Want::Str("__-")),
        (Matches, "((?i)a)A", "AA", "", Want::Bool(true)),
        (Matches, "((?i)a)A", "Aa", "", Want::Bool(false)),
        (Matches, "(?i:a|b)c", "BC", "", Want::Bool(false)),
        (Matches, "(?i:a|b)c", "Bc", "", Want::Bool(true)),
        (Matches, "(?c)a", "a", "", Want::Bool(true)),
        (Matches, "(?u)\u{E9}", "\u{C9}", "", Want::Bool(false)),
        (Matches, "(?U)(?i)[a-z]", "\u{212A}", "", Want::Bool(true)),
        (Matches, "(?i)[a-z]", "\u{212A}", "", Want::Bool(false)),
        (All, "(?<=\\b)a", "a ba", "X", Want::Str("X ba")),
        (All, "(?<=^)a", "aa", "X", Want::Str("Xa")),
        (All, "a$b", "a$b", "X", Want::Str("a$b")),
        (All, "(?m)$", "a\u{2028}b", "X", Want::Str("aX\u{2028}bX")),
        (All, "(ab)*+a", "ababa", "X", Want::Str("X")),
        (All, "(?<=(a))b", "ab", "[$1]", Want::Str("a[a]")),
        (All, "(?=(a))", "ba", "[$1]", Want::Str("b[a]a")),
        (All, "\\G", "abc", "-", Want::Str("-abc")),
        (All, "\\G\\w", "ab cd", "-", Want::Str("-- cd")),
        (All, "a(?:)b", "ab", "X", Want::Str("X")),
        (All, "a||b", "ab", "-", Want::Str("--b-")),
        (All, "(|a)+", "aa", "[$1]", Want::Str("[]a[]a[]")),
        (All, "(a)(?<x>b)(c)", "abc", "$2 ${x} $3 $1", Want::Str("b b c a")),
        (Matches, "(?i)(?<x>a)\\k<x>", "aA", "", Want::Bool(true)),
        (All, "(?<=a{0,2147483647})b", "aab", "X", Want::Str("aaX")),
        (All, "(?<!a+)b", "ab b", "X", Want::Str("ab X")),
        (All, "(?<=ab|c+)d", "abd ccd", "X", Want::Str("abX ccX")),
        (All, "(?<=(?:ab){2})c", "ababc", "X", Want::Str("ababX")),
        (All, "(?<=x(?:ab)?)c", "xabc xc", "X", Want::Str("xabX xX")),
        (All, "(?<=a*?)b", "ab", "X", Want::Str("aX")),
        (All, "(?<=(a)+)b", "aab", "X", Want::Str("aaX")),
        (All, "(?<=a\\R)b", "a\u{A}b", "X", Want::Str("a\u{A}X")),
        (All, "(?<=)a", "a", "X", Want::Str("X")),
        (All, "(?<=a)*b", "ab", "X", Want::Str("aX")),
        (All, "a{1000}", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "X", Want::Str("Xa")),
        (All, "(?i)\u{E9}", "\u{C9}\u{E9}", "X", Want::Str("\u{C9}X")),
        (All, "\u{E9}", "\u{C9}\u{E9}", "X", Want::Str("\u{C9}X")),
        (All, "\\p{IsAlphabetic}+", "a\u{E9}1", "X", Want::Str("X1")),
        (All, "\\p{IsDigit}", "1\u{661}", "X", Want::Str("XX")),
        (All, "\\p{IsPunctuation}", "a!", "X", Want::Str("aX")),
        (All, "\\p{IsLowercase}", "a\u{E9}B", "X", Want::Str("XXB")),
        (All, "\\p{IsLETTER}", "a1", "X", Want::Str("X1")),
        (All, "\\p{Ll}", "a\u{E9}B", "X", Want::Str("XXB")),
        (All, "\\p{Sc}", "$\u{20AC}a", "X", Want::Str("XXa")),
        (All, "\\p{InBasicLatin}+", "ab\u{E9}", "X", Want::Str("X\u{E9}")),
        (All, "\\p{block=BasicLatin}+", "ab\u{E9}", "X", Want::Str("X\u{E9}")),
        (All, "\\p{IsHan}", "a\u{4E2D}", "X", Want::Str("aX")),
        (All, "\\p{Han}", "a\u{4E2D}", "X", Want::Err("Unknown character property name {Han} near index 6")),
        (All, "\\p{script=Latn}", "a\u{4E2D}", "X", Want::Str("X\u{4E2D}")),
        (All, "\\P{IsLatin}", "a\u{4E2D}", "X", Want::Str("aX")),
        (All, "[^\\P{L}]", "a1", "X", Want::Str("X1")),
        (All, "\\p{Zs}", "a b\u{A0}", "X", Want::Str("aXbX")),
        (All, "\\p{javaSpaceChar}", "a b\u{A0}\u{9}", "X", Want::Str("aXbX\u{9}")),
        (All, "\\p{javaDigit}", "1\u{661}a", "X", Want::Str("XXa")),
        (All, "\\p{all}", "ab", "X", Want::Str("XX")),
        (All, "\\w+", "caf\u{E9}", "X", Want::Str("X\u{E9}")),
        (All, "[^\\w\\s]", "a b!", "X", Want::Str("a bX")),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// more split and replace cases
#[test]
fn more_split_and_replace_cases() {
    check(&[
        (
            Split,
            ":",
            "boo:and:foo",
            "2",
            Want::List(&["boo", "and:foo"]),
        ),
        (
            Split,
            "o",
            "boo:and:foo",
            "5",
            Want::List(&["b", "", ":and:f", "", ""]),
        ),
        (
            Split,
            "o",
            "boo:and:foo",
            "-2",
            Want::List(&["b", "", ":and:f", "", ""]),
        ),
        (
            Split,
            "o",
            "boo:and:foo",
            "0",
            Want::List(&["b", "", ":and:f"]),
        ),
        (Split, ",", ",a", "2", Want::List(&["", "a"])),
        (Split, "(?<=\\d)", "a1b2", "0", Want::List(&["a1", "b2"])),
        (
            Split,
            "\\s*,\\s*",
            "a , b,c ,",
            "0",
            Want::List(&["a", "b", "c"]),
        ),
        (Split, "a*", "baaac", "0", Want::List(&["b", "", "c"])),
        (Split, "a*", "aaa", "0", Want::List(&[])),
        (Split, "(?i)X", "axbXc", "0", Want::List(&["a", "b", "c"])),
        (Split, "\\|", "a||b|", "-1", Want::List(&["a", "", "b", ""])),
        (First, "(\\d+)", "a12b34", "<$1>", Want::Str("a<12>b34")),
        (First, "$", "ab\u{A}", "X", Want::Str("abX\u{A}")),
        (All, "\\s+$", "ab  \u{A}", "", Want::Str("ab")),
        (All, "^\\s+|\\s+$", "  ab  ", "", Want::Str("ab")),
        (All, "[^a-zA-Z0-9]", "a-b_c\u{E9}", "", Want::Str("abc")),
        (All, "\\\\", "a\\b", "\\\\\\\\", Want::Str("a\\\\b")),
        (All, "\\\"", "a\"b", "\\\\\"", Want::Str("a\\\"b")),
        (All, "'", "a'b", "\\\\'", Want::Str("a\\'b")),
        (All, "/", "a/b", "\\/", Want::Str("a/b")),
        (All, "(.)", "ab", "$1$1", Want::Str("aabb")),
        (
            All,
            "a",
            "aaa",
            "${",
            Want::Err("named capturing group has 0 length name"),
        ),
        (
            All,
            "(a)",
            "a",
            "${0}",
            Want::Err("capturing group name {0} starts with digit character"),
        ),
        (All, "(a)", "a", "\\$", Want::Str("$")),
        (
            All,
            "(a)",
            "a",
            "$\u{661}",
            Want::Err("Illegal group reference"),
        ),
        (All, "(a)", "a", "$1\u{1F600}", Want::Str("a\u{1F600}")),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// more syntax errors
#[test]
fn more_syntax_errors() {
    check(&[
        (
            Matches,
            "a{,5}",
            "",
            "",
            Want::Err("Illegal repetition near index 2"),
        ),
        (
            Matches,
            "x{2147483648}",
            "",
            "",
            Want::Err("Illegal repetition range near index 11"),
        ),
        (
            Matches,
            "[",
            "",
            "",
            Want::Err("Unclosed character class near index 0"),
        ),
        (
            Matches,
            "[^",
            "",
            "",
            Want::Err("Unclosed character class near index 1"),
        ),
        (
            Matches,
            "[]",
            "",
            "",
            Want::Err("Unclosed character class near index 1"),
        ),
        (
            Matches,
            "[^]",
            "",
            "",
            Want::Err("Unclosed character class near index 2"),
        ),
        (
            Matches,
            "(?",
            "",
            "",
            Want::Err("Unknown inline modifier near index 2"),
        ),
        (
            Matches,
            "(?<",
            "",
            "",
            Want::Err("capturing group name does not start with a Latin letter near index 3"),
        ),
        (
            Matches,
            "\\k",
            "",
            "",
            Want::Err("\\k is not followed by '<' for named capturing group near index 2"),
        ),
        (Matches, ")", "", "", Want::Err("Unmatched closing ')'")),
        (
            Matches,
            "a)",
            "",
            "",
            Want::Err("Unmatched closing ')' near index 0"),
        ),
        (
            Matches,
            "\\0",
            "",
            "",
            Want::Err("Illegal octal escape sequence near index 2"),
        ),
        (
            Matches,
            "\\x{}",
            "",
            "",
            Want::Err("Illegal hexadecimal escape sequence near index 2"),
        ),
        (
            Matches,
            "(?<=(?:a|b)+)c",
            "",
            "",
            Want::Err("Look-behind group does not have an obvious maximum length near index 11"),
        ),
        (Matches, "(?<=a{1,}?)", "", "", Want::Bool(false)),
        (
            Matches,
            "\\p{IsFoo}",
            "",
            "",
            Want::Err("Unknown character property name {IsFoo} near index 8"),
        ),
        (
            Matches,
            "\\p{InFoo}",
            "",
            "",
            Want::Err("Unknown character property name {InFoo} near index 8"),
        ),
        (
            Matches,
            "\\p{blk=Foo}",
            "",
            "",
            Want::Err("Unknown Unicode property {name=<blk>, value=<Foo>} near index 10"),
        ),
        (
            Matches,
            "\\p{foo=bar}",
            "",
            "",
            Want::Err("Unknown Unicode property {name=<foo>, value=<bar>} near index 10"),
        ),
        (Matches, "\\Qab", "ab", "", Want::Bool(true)),
        (Matches, "a{2}+", "aa", "", Want::Bool(true)),
        (Matches, "a?+", "a", "", Want::Bool(true)),
        (
            Matches,
            "a+?+",
            "",
            "",
            Want::Err("Dangling meta character '+' near index 3"),
        ),
        (Matches, "[a-z&&&&b]", "b", "", Want::Bool(true)),
        (Matches, "(?-)", "", "", Want::Bool(true)),
        (Matches, "(?i-)", "", "", Want::Bool(true)),
        (Matches, "\\1", "", "", Want::Bool(false)),
        (
            Matches,
            "[\\1]",
            "",
            "",
            Want::Err("Illegal/unsupported escape sequence near index 2"),
        ),
        (
            Matches,
            "[\\Z]",
            "",
            "",
            Want::Err("Illegal/unsupported escape sequence near index 2"),
        ),
        (Matches, "\\cJ", "\u{A}", "", Want::Bool(true)),
        (Matches, "\\uD83D", "\u{1F600}", "", Want::Bool(false)),
        (All, "\\uD83D", "a\u{1F600}", "X", Want::Str("a\u{1F600}")),
        (All, "[\\uD83D]", "a\u{1F600}", "X", Want::Str("a\u{1F600}")),
    ]);
}

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02.
// regressions found by differential fuzzing against JDK 17
#[test]
fn regressions_found_by_differential_fuzzing_against() {
    check(&[
        (
            Split,
            "(?<n8>[a-c]{1,}?)*",
            "ac-A,A",
            "0",
            Want::List(&["", "", "-", "A", ",", "A"]),
        ),
        (All, "([a-c]+?)*", "ac-A", "[$1]", Want::Str("[c][]-[]A[]")),
        (All, "(a+?)*", "aa", "<$0>", Want::Str("<aa><>")),
        (
            All,
            "(?<=\\h{0,}[\\s\\S]+(?m))++[\\w&&[^a]]",
            ",cA\u{A}-",
            "x",
            Want::Str(",cA\u{A}-"),
        ),
        (
            All,
            "(?-s){2}\\S?\\D(?<![^[a]]*?\\t?\\0141?)+",
            "B$",
            "x",
            Want::Str("B$"),
        ),
        (All, "(?<![^a]*?\\t?)b", "bab", "x", Want::Str("bab")),
        (
            All,
            "$?(?<!\\p{Lower}{0,}[\\p{L}&&\\P{Lu}]{0,})+?b??\\u00e9{0,}",
            "",
            "[$0]",
            Want::Str("[]"),
        ),
        (All, "(?<=a*b*)c", "abc", "x", Want::Str("abc")),
        (All, "(?<=a*?b?)c", "abc c", "x", Want::Str("abx x")),
        (
            Matches,
            "\\2++(?<=(?<!\\b++(?i:\\t{1,2}\\p{Punct}?)??[$]+?){0,}\\P{Alpha}|$\\R{1,}?)*+\\n?",
            "",
            "",
            Want::Err("Look-behind group does not have an obvious maximum length near index 67"),
        ),
        (
            Matches,
            "(?<!((?m){2}\\Q.\\E{1,2}[^a]??)?\\d+?)[ab]??",
            "",
            "",
            Want::Bool(true),
        ),
        (
            First,
            "(?<!\\p{Lower}??[\\Qa-\\E]{0,})+?\\W+",
            "_Bx_,A.x",
            "",
            Want::Str("_Bx_,A.x"),
        ),
        (
            Split,
            "(?<![^\\n]*\\e??\\e?){1,}?,+",
            "\u{C9}1,xBAa",
            "2",
            Want::List(&["\u{C9}1,xBAa"]),
        ),
    ]);
}

// --- Hand-written tests: the API, and where we knowingly differ from Java ---

// Source: JDK 17 java.util.regex (OpenJDK 17.0.15), run 2026-12-02. Java's
// Matcher steps one UTF-16 unit after an empty match, so it splits a
// surrogate pair: "😀".replaceAll("", "-") is "-\uD83D-\uDE00-" and
// "a😀b".split("") is [a, \uD83D, \uDE00, b]. A Rust string cannot hold
// half a pair; we step over the whole character instead.
#[test]
fn empty_match_steps_over_whole_supplementary_character() {
    let re = JavaRegex::compile("").map_err(|e| e.message);
    let Ok(re) = re else { panic!("compile failed") };
    assert_eq!(
        re.replace_all("\u{1F600}", "-").map_err(|e| e.message),
        Ok("-\u{1F600}-".to_string())
    );
    assert_eq!(
        re.split("a\u{1F600}b").map_err(|e| e.message),
        Ok(vec![
            "a".to_string(),
            "\u{1F600}".to_string(),
            "b".to_string()
        ])
    );
}

// Source: JDK 17, run 2026-12-02: "((?=x)x+x+)+y" against fifty x's is `false`
// in Java (its Loop memoisation avoids the exponential search). fancy-regex
// has no such memo; the backtracking limit turns it into an error, never a
// hang.
#[test]
fn backtracking_limit_is_an_error_not_a_hang() {
    let input = "x".repeat(50);
    let got = JavaRegex::compile_with_limit("((?=x)x+x+)+y", 100_000)
        .and_then(|re| re.is_match_whole(&input));
    assert_eq!(
        got,
        Err(RegexError::new("regex backtracking limit exceeded"))
    );
    let got = JavaRegex::compile_with_limit("((?=x)x+x+)+y", 100_000)
        .and_then(|re| re.replace_all(&input, "-"));
    assert_eq!(
        got.map_err(|e| e.message),
        Err("regex backtracking limit exceeded".to_string())
    );
}

// Source: JDK 17, run 2026-12-02. Java accepts these; fancy-regex has no
// grapheme or character-name support, so they are reported, not guessed.
#[test]
fn unsupported_java_syntax_is_an_error() {
    for (pattern, message) in [
        (
            r"\N{LATIN SMALL LETTER A}",
            r"Unsupported escape sequence \N{name} near index 1",
        ),
        (
            r"\X",
            r"Unsupported grapheme cluster escape \X near index 1",
        ),
        (
            r"a\b{g}",
            r"Unsupported grapheme boundary \b{g} near index 5",
        ),
    ] {
        assert_eq!(
            JavaRegex::compile(pattern).map(|_| ()),
            Err(RegexError::new(message)),
            "{pattern}"
        );
    }
}

// Source: JDK 17, run 2026-12-02. Unicode case folding (`(?iu)`) is delegated to
// fancy-regex's simple case folding, which differs from Java's
// toUpperCase/toLowerCase comparison on a few characters, and a
// case-insensitive back reference folds Unicode even without `u`:
//   Java (?iu)i ~ U+0130 and U+0131: true (ours false)
//   Java (?iu)ß ~ U+1E9E: false (ours true)
//   Java (?iu)[\w] ~ U+212A KELVIN: false (ours true; plain \w is right)
//   Java (?i)(é)\1 ~ "éÉ": false (ours true)
#[test]
fn unicode_case_folding_differences_are_pinned() {
    let m = |p: &str, t: &str| {
        JavaRegex::compile(p)
            .and_then(|re| re.is_match_whole(t))
            .ok()
    };
    assert_eq!(m("(?iu)i", "\u{130}"), Some(false));
    assert_eq!(m("(?iu)\u{DF}", "\u{1E9E}"), Some(true));
    assert_eq!(m(r"(?iu)[\w]", "\u{212A}"), Some(true));
    assert_eq!(m(r"(?iu)\w", "\u{212A}"), Some(false));
    assert_eq!(m("(?i)(\u{E9})\\1", "\u{E9}\u{C9}"), Some(true));
}

// Source: JDK 17, run 2026-12-02: JDK 17 uses Unicode 13, fancy-regex a newer
// Unicode, so characters assigned later differ: "\p{So}" on U+1FAE0
// (Unicode 14) is false in Java, true here.
#[test]
fn unicode_version_difference_is_pinned() {
    let got = JavaRegex::compile(r"\p{So}").and_then(|re| re.is_match_whole("\u{1FAE0}"));
    assert_eq!(got, Ok(true));
}

#[test]
fn cached_returns_same_results_and_caches_errors() {
    for _ in 0..3 {
        let re = JavaRegex::cached(r"\s+", 1_000_000).map_err(|e| e.message);
        assert_eq!(
            re.and_then(|r| r.replace_all("a  b", " ").map_err(|e| e.message)),
            Ok("a b".to_string())
        );
        assert_eq!(
            JavaRegex::cached("(ab", 1_000_000).map(|_| ()),
            Err(RegexError::new("Unclosed group near index 3"))
        );
    }
    // More distinct patterns than the cache holds still work.
    for i in 0..600 {
        let p = format!("a{{{i}}}");
        assert!(JavaRegex::cached(&p, 1_000).is_ok(), "{p}");
    }
}

#[test]
fn error_displays_its_message() {
    let err = RegexError::new("No group 2");
    assert_eq!(err.to_string(), "No group 2");
    let as_error: &dyn std::error::Error = &err;
    assert_eq!(as_error.to_string(), "No group 2");
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = format!("{}a{}", "(".repeat(5000), ")".repeat(5000));
    assert!(JavaRegex::compile(&deep).is_err());
    let classes = format!("{}a{}", "[".repeat(5000), "]".repeat(5000));
    assert!(JavaRegex::compile(&classes).is_err());
}

// Linear work on a long input must not trip the backtracking limit:
// fancy-regex counts a step per start position, so the limit is scaled to
// the input on retry (see engine.rs).
#[test]
fn long_inputs_fit_the_backtracking_budget() {
    let text = "word x\n".repeat(50_000);
    let got = JavaRegex::compile("(?m)^word").and_then(|re| re.replace_all(&text, "w"));
    assert_eq!(got.map(|s| s.len()), Ok(text.len() - 3 * 50_000));
    let got = JavaRegex::compile(r"(?:\b\w+\b\s*)*").and_then(|re| re.is_match_whole(&text));
    assert_eq!(got, Ok(true));
}

// Java's Loop ends a quantified group after an iteration that matched
// the empty string (even below its minimum) and keeps that iteration's
// captures; fancy-regex follows Perl. Found by differential fuzzing;
// Source: JDK 17, run 2026-12-02:
//   "bc1".replaceAll("(.*(?:)){0,}", "[$1]") is "[][]" in Java.
//   "\t.\na-".split("\\.??(?:\\G|.{1,2}\\d*[^\\n]??){2}\\.{1,2}", 2) is
//   ["\t.\na-"] in Java.
#[test]
fn empty_iteration_of_quantified_group_differs() {
    let got = JavaRegex::compile(r"(.*(?:)){0,}").and_then(|re| re.replace_all("bc1", "[$1]"));
    assert_eq!(got.map_err(|e| e.message), Ok("[bc1][]".to_string()));
}

#[test]
fn compiled_patterns_are_shareable_across_threads() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<JavaRegex>();
}

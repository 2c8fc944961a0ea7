//! "Did you mean" suggestions for misspelt names (request-file fields, case-file keys, `$util`
//! functions, `$context` variables, variables), shared by every layer.

/// Edit distance between two names, ignoring ASCII case.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(!ca.eq_ignore_ascii_case(cb));
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The closest candidate that is a likely typo of `word`: within one edit for names of up to
/// three characters, else within a third of the length (two or three edits). Ties go to the
/// alphabetically first candidate, so suggestions are deterministic.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let len = word.chars().count();
    let limit = if len <= 3 { 1 } else { (len / 3).clamp(2, 3) };
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        let d = edit_distance(word, c);
        if d <= limit && best.is_none_or(|(bd, bc)| d < bd || (d == bd && c < bc)) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(
            closest("qeury", ["query", "path", "headers"]),
            Some("query")
        );
        assert_eq!(closest("Headers", ["query", "headers"]), Some("headers"));
        assert_eq!(
            closest("urlEncod", ["urlEncode", "urlDecode"]),
            Some("urlEncode")
        );
        assert_eq!(closest("xyz", ["query", "path"]), None);
        assert_eq!(edit_distance("abc", "ABD"), 1);
    }
}

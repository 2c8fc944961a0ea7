//! Iteration order of a `java.util.HashMap`, which `$context` is.
//!
//! AWS's `$context.keySet()` (recorded in LocalStack's `test_sqs_amz_json_protocol` against
//! real AWS) comes out in the order a `HashMap` filled with those keys iterates: by bucket of
//! the spread `String.hashCode()`, and by insertion inside a bucket.

/// Java `String.hashCode()` over UTF-16 units.
pub fn java_string_hash(s: &str) -> i32 {
    s.encode_utf16()
        .fold(0i32, |h, u| h.wrapping_mul(31).wrapping_add(u as i32))
}

/// Reorders `keys` (given in insertion order) into `HashMap` iteration order.
pub fn hashmap_order<T, F: Fn(&T) -> &str>(items: Vec<T>, key: F) -> Vec<T> {
    // HashMap starts with 16 buckets and doubles whenever size exceeds 0.75 × capacity.
    let mut capacity: usize = 16;
    while items.len() * 4 > capacity * 3 {
        capacity *= 2;
    }
    let mut keyed: Vec<(usize, usize, T)> = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let h = java_string_hash(key(&item)) as u32;
            let spread = h ^ (h >> 16);
            (spread as usize & (capacity - 1), i, item)
        })
        .collect();
    keyed.sort_by_key(|(bucket, i, _)| (*bucket, *i));
    keyed.into_iter().map(|(_, _, item)| item).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Source: JDK 17, `"requestId".hashCode()` and `"".hashCode()`.
    #[test]
    fn string_hash_matches_java() {
        assert_eq!(java_string_hash(""), 0);
        assert_eq!(java_string_hash("a"), 97);
        assert_eq!(java_string_hash("requestId"), 693933066);
    }
}

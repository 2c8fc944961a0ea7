//! Iteration order of a `java.util.HashMap`, which `$context` is.
//!
//! AWS's `$context.keySet()` (recorded in LocalStack's `test_sqs_amz_json_protocol` against
//! real AWS) comes out in the order a `HashMap` filled with those keys iterates: by bucket of
//! the spread `String.hashCode()`, and by insertion inside a bucket.

use crate::vtl::value::Entries;

/// Java `String.hashCode()` over UTF-16 units.
pub fn java_string_hash(s: &str) -> i32 {
    let step = |h: i32, u: i32| h.wrapping_mul(31).wrapping_add(u);
    if s.is_ascii() {
        // One UTF-16 unit per byte: skip the re-encoding.
        s.bytes().fold(0, |h, b| step(h, i32::from(b)))
    } else {
        s.encode_utf16().fold(0, |h, u| step(h, i32::from(u)))
    }
}

/// Reorders `entries` (given in insertion order) into `HashMap` iteration order.
///
/// Also right for a map already in `HashMap` order with new keys appended: inside a bucket
/// the old keys keep their order and the new ones follow, as insertion would place them,
/// and a resize (which the growing capacity below models) keeps the order within a bucket.
pub fn sort_in_hashmap_order(entries: &mut Entries) {
    // HashMap starts with 16 buckets and doubles whenever size exceeds 0.75 × capacity.
    let mut capacity: usize = 16;
    while entries.len() * 4 > capacity * 3 {
        capacity *= 2;
    }
    // A stable sort: equal buckets keep insertion order.
    entries.sort_by_cached_key(|k, _| {
        let h = java_string_hash(k) as u32;
        (h ^ (h >> 16)) as usize & (capacity - 1)
    });
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
        // Source: JDK 17, `"é".hashCode()` (one UTF-16 unit) and `"😀".hashCode()` (a pair).
        assert_eq!(java_string_hash("é"), 233);
        assert_eq!(java_string_hash("😀"), 1772899);
    }
}

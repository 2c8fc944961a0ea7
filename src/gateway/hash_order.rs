//! Iteration order of a `java.util.HashMap`, which `$context` is.
//!
//! AWS's `$context.keySet()` (recorded in LocalStack's `test_sqs_amz_json_protocol` against
//! real AWS) comes out in the order a `HashMap` filled with those keys iterates: by bucket of
//! the spread `String.hashCode()`, and by insertion inside a bucket.

use crate::vtl::value::{Entries, Str, Value};

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
    let capacity = capacity_for(entries.len());
    let bucket = |k: &str| bucket(k, capacity);
    if entries.len() > SMALL {
        // A stable sort: equal buckets keep insertion order.
        entries.sort_by_cached_key(|k, _| bucket(k));
        return;
    }
    // Small maps (every `$context` map) are usually in order already, or nearly: a map in
    // HashMap order with a key appended. A stable insertion sort moves only the entries out
    // of place and keeps the map's hash table, which a full sort would rebuild.
    let mut buckets: Vec<usize> = entries.keys().map(|k| bucket(k)).collect();
    for i in 1..buckets.len() {
        let b = buckets[i];
        if b >= buckets[i - 1] {
            continue;
        }
        let to = buckets[..i].partition_point(|&x| x <= b);
        entries.move_index(i, to);
        buckets[to..=i].rotate_right(1);
    }
}

/// Adds a key that `entries` (in `HashMap` order) does not hold, where a `HashMap` would
/// iterate it: after the keys of its bucket. Finding the place hashes a few keys, not all.
pub fn insert_in_hashmap_order(entries: &mut Entries, key: Str, value: Value) {
    let capacity = capacity_for(entries.len() + 1);
    if capacity != capacity_for(entries.len()) {
        // The table grows: every key may change bucket.
        entries.insert(key, value);
        sort_in_hashmap_order(entries);
        return;
    }
    let b = bucket(&key, capacity);
    let (mut lo, mut hi) = (0, entries.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let k = entries.get_index(mid).map_or("", |(k, _)| &**k);
        if bucket(k, capacity) <= b {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    entries.shift_insert(lo, key, value);
}

/// `HashMap`'s table size for `len` keys: 16 buckets, doubled whenever the size exceeds
/// 0.75 × capacity.
fn capacity_for(len: usize) -> usize {
    let mut capacity: usize = 16;
    while len * 4 > capacity * 3 {
        capacity *= 2;
    }
    capacity
}

/// The bucket of `key` in a table of `capacity` (`HashMap.hash` spreads the high bits).
fn bucket(key: &str, capacity: usize) -> usize {
    let h = java_string_hash(key) as u32;
    (h ^ (h >> 16)) as usize & (capacity - 1)
}

/// Up to this size a map is ordered by insertion sort.
const SMALL: usize = 64;

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

    /// Both ways of ordering (insertion sort for small maps, a full sort beyond) agree with
    /// a plain stable sort by bucket, from any starting order.
    #[test]
    fn small_and_large_maps_order_alike() {
        for n in [0, 1, 2, 5, 12, 13, 40, 64, 65, 200] {
            let keys: Vec<String> = (0..n).map(|i| format!("k{}", (i * 7919) % 1009)).collect();
            for rotation in [0, n / 3, n / 2] {
                let mut ks = keys.clone();
                let by = rotation.min(ks.len());
                ks.rotate_left(by);
                let mut entries: Entries = ks
                    .iter()
                    .map(|k| (k.as_str().into(), Value::Null))
                    .collect();
                let mut capacity: usize = 16;
                while n * 4 > capacity * 3 {
                    capacity *= 2;
                }
                let mut expected = ks.clone();
                expected.sort_by_key(|k| {
                    let h = java_string_hash(k) as u32;
                    (h ^ (h >> 16)) as usize & (capacity - 1)
                });
                sort_in_hashmap_order(&mut entries);
                let got: Vec<&str> = entries.keys().map(|k| &**k).collect();
                assert_eq!(got, expected, "n={n} rotation={rotation}");
                for k in &expected {
                    assert!(entries.contains_key(k.as_str()), "lookups still work");
                }
                // Adding keys one at a time to an ordered map gives the same order as
                // sorting the whole map.
                let mut grown = Entries::default();
                for k in &ks {
                    insert_in_hashmap_order(&mut grown, k.as_str().into(), Value::Null);
                }
                let grown: Vec<&str> = grown.keys().map(|k| &**k).collect();
                assert_eq!(grown, expected, "n={n} rotation={rotation} grown");
            }
        }
    }
}

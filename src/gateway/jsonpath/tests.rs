//! Jayway 2.0.0 ground truth for [`JsonPath`].
//!
//! Source: Jayway 2.0.0 + json-smart 2.2 (Debian), JDK 17, run 2026-12-02.
//! Each row: document, path, and what the harness printed for
//! `JsonPath.read(JsonSmartJsonProvider.parse(document), path)`: `OK` and a typed dump of the
//! result (format in `payload/tests.rs`), `MISSING` and the `PathNotFoundException` message,
//! or `ERR` and the exception class and message.

use super::{Dialect, JsonPath, Read};
use crate::gateway::payload::parse_payload;
use crate::gateway::payload::tests::{dump_value, esc};
use crate::vtl::value::{write_json, JsonStyle, Value};

/// The Goessner store document, plus a few keys for the quirks.
const STORE: &str = r#"{ "store": {
    "book": [
      { "category": "reference", "author": "Nigel Rees", "title": "Sayings of the Century", "price": 8.95 },
      { "category": "fiction", "author": "Evelyn Waugh", "title": "Sword of Honour", "price": 12.99 },
      { "category": "fiction", "author": "Herman Melville", "title": "Moby Dick", "isbn": "0-553-21311-3", "price": 8.99 },
      { "category": "fiction", "author": "J. R. R. Tolkien", "title": "The Lord of the Rings", "isbn": "0-395-19395-8", "price": 22.99 }
    ],
    "bicycle": { "color": "red", "price": 19.95 }
  },
  "expensive": 10,
  "a-b": 1,
  "key with space": "sp",
  "nums": [0, 1, 2, 3, 4, 5],
  "flag": true,
  "nothing": null,
  "str": "8.95",
  "quote'key": "q",
  "dot.key": "d"
}
"#;

/// An AWS-like payload: DynamoDB stream records, pets, mixed types.
const AWS: &str = r#"{"Records":[{"eventName":"INSERT","dynamodb":{"Keys":{"id":{"S":"101"}},"NewImage":{"n":{"N":"1.5"},"tags":{"SS":["a","b"]}}}},{"eventName":"MODIFY","dynamodb":{"Keys":{"id":{"S":"102"}}}}],
 "pets":[{"id":1,"type":"dog","price":249.99},{"id":2,"type":"cat","price":124.99},{"id":3,"type":"fish","price":0.99}],
 "statusCode":200, "big":12345678901234567890, "neg":-5, "f":1.0E-5, "e":"", "arr":[[1,2],[3,4]], "mixed":[1,"1",true,null,{"a":1},[1]],
 "flags":{"on":true,"off":false}, "nul":null, "sq":"it's", "names":["Ann","bob","Carl"], "nested":{"a":{"b":{"c":"deep"}}}}
"#;

const ARR: &str = r#"[1,[2,3],{"a":[4,{"a":5}]},"x",null,true,2.5]"#;

/// A body json-smart reads as the string `a=b`.
const SCALAR: &str = "a=b";

const NULL: &str = "null";

fn doc(text: &str) -> Value {
    match parse_payload(text) {
        Ok(v) => v,
        Err(e) => panic!("test document does not parse: {e}"),
    }
}

fn outcome(root: &Value, path: &str) -> String {
    let read = JsonPath::parse(path).and_then(|p| p.evaluate(root));
    match read {
        Ok(Read::Found(v)) => format!("OK {}", dump_value(&v)),
        Ok(Read::Missing(m)) => format!("MISSING {}", esc(&m)),
        // The harness prints `String.valueOf(getMessage())`; we keep a null message as "".
        Err(e) if e.message.is_empty() => format!("ERR {}: null", e.java_class),
        Err(e) => format!("ERR {}: {}", e.java_class, esc(&e.message)),
    }
}

#[test]
fn paths_match_jayway_2_0_0() {
    let mut failures = Vec::new();
    for (text, path, expected) in CASES {
        let got = outcome(&doc(text), path);
        if got != *expected {
            failures.push(format!("{path:?}\n  want {expected}\n  got  {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
    assert!(CASES.len() >= 80);
}

const CASES: &[(&str, &str, &str)] = &[
    (STORE, "$", "OK M{\"store\"=M{\"book\"=A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],\"bicycle\"=M{\"color\"=S:\"red\",\"price\"=D:19.95}},\"expensive\"=I:10,\"a-b\"=I:1,\"key with space\"=S:\"sp\",\"nums\"=A[I:0,I:1,I:2,I:3,I:4,I:5],\"flag\"=B:true,\"nothing\"=null,\"str\"=S:\"8.95\",\"quote'key\"=S:\"q\",\"dot.key\"=S:\"d\"}"),
    (STORE, "$.store.book[0].title", "OK S:\"Sayings of the Century\""),
    (STORE, "$.store.book[*].author", "OK A[S:\"Nigel Rees\",S:\"Evelyn Waugh\",S:\"Herman Melville\",S:\"J. R. R. Tolkien\"]"),
    (STORE, "$..author", "OK A[S:\"Nigel Rees\",S:\"Evelyn Waugh\",S:\"Herman Melville\",S:\"J. R. R. Tolkien\"]"),
    (STORE, "$.store.*", "OK A[A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],M{\"color\"=S:\"red\",\"price\"=D:19.95}]"),
    (STORE, "$.store..price", "OK A[D:8.95,D:12.99,D:8.99,D:22.99,D:19.95]"),
    (STORE, "$..book[2]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99}]"),
    (STORE, "$..book[-1:]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$..book[-2:]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$..book[0,1]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99}]"),
    (STORE, "$..book[:2]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99}]"),
    (STORE, "$..book[1:2]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99}]"),
    (STORE, "$..book[?(@.isbn)]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$..book[?(@.price < 10)]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99}]"),
    (STORE, "$..book[?(@.price <= $['expensive'])]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99}]"),
    (STORE, "$..book[?(@.price > 10)]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$..book[?(@.price >= 12.99)]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$..book[?(@.price == 8.95)]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95}]"),
    (STORE, "$..book[?(@.price == '8.95')]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95}]"),
    (STORE, "$..book[?(@.price != 8.95)]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$..book[?(@.category == 'fiction')]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$..book[?(@.category != 'fiction')]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95}]"),
    (STORE, "$..book[?(@.author =~ /.*REES/i)]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95}]"),
    (STORE, "$..book[?(@.author =~ /.*Rees/)]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95}]"),
    (STORE, "$..book[?(@.author =~ /Rees/)]", "OK A[]"),
    (STORE, "$..book[?(@.isbn && @.price > 10)]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$..book[?(@.price < 9 || @.price > 20)]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$..book[?(@.price < 9 && @.category == 'fiction')]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99}]"),
    (STORE, "$..book[?(!@.isbn)]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99}]"),
    (STORE, "$..*", "OK A[M{\"book\"=A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],\"bicycle\"=M{\"color\"=S:\"red\",\"price\"=D:19.95}},I:10,I:1,S:\"sp\",A[I:0,I:1,I:2,I:3,I:4,I:5],B:true,null,S:\"8.95\",S:\"q\",S:\"d\",A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],M{\"color\"=S:\"red\",\"price\"=D:19.95},M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99},S:\"reference\",S:\"Nigel Rees\",S:\"Sayings of the Century\",D:8.95,S:\"fiction\",S:\"Evelyn Waugh\",S:\"Sword of Honour\",D:12.99,S:\"fiction\",S:\"Herman Melville\",S:\"Moby Dick\",S:\"0-553-21311-3\",D:8.99,S:\"fiction\",S:\"J. R. R. Tolkien\",S:\"The Lord of the Rings\",S:\"0-395-19395-8\",D:22.99,S:\"red\",D:19.95,I:0,I:1,I:2,I:3,I:4,I:5]"),
    (STORE, "$..book.length()", "MISSING Property ['length()'] not found in path $['store']['book']"),
    (STORE, "$.store.book.length()", "MISSING Property ['length()'] not found in path $['store']['book']"),
    (STORE, "$..price.min()", "MISSING Property ['min()'] not found in path $['store']['book'][0]['price']"),
    (STORE, "$.store.book[0]['title','author']", "OK M{\"title\"=S:\"Sayings of the Century\",\"author\"=S:\"Nigel Rees\"}"),
    (STORE, "$.store.book[0]['title']", "OK S:\"Sayings of the Century\""),
    (STORE, "$['store']['bicycle']['color']", "OK S:\"red\""),
    (STORE, "$[\"store\"][\"bicycle\"][\"color\"]", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Could not analyze path component: [\\\"store\\\"]"),
    (STORE, "$.store['bicycle','book'][0]", "ERR com.jayway.jsonpath.InvalidPathException: Multi properties can only be used as path leafs: $['store']['bicycle', 'book']"),
    (STORE, "$.a-b", "OK I:1"),
    (STORE, "$['a-b']", "OK I:1"),
    (STORE, "store.bicycle.color", "OK S:\"red\""),
    (STORE, "$['key with space']", "OK S:\"sp\""),
    (STORE, "$.key with space", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Space not allowed in path"),
    (STORE, "$.missing", "MISSING No results for path: $['missing']"),
    (STORE, "$.store.missing", "MISSING No results for path: $['store']['missing']"),
    (STORE, "$.store.missing.deeper", "MISSING Missing property in path $['store']['missing']"),
    (STORE, "$.store.book[10]", "MISSING Index out of bounds when evaluating path $['store']['book'][10]"),
    (STORE, "$.store.book[10].title", "MISSING Index out of bounds when evaluating path $['store']['book'][10]"),
    (STORE, "$.store.book[*].isbn", "OK A[S:\"0-553-21311-3\",S:\"0-395-19395-8\"]"),
    (STORE, "$.store.book[*].missing", "OK A[]"),
    (STORE, "$..missing", "OK A[]"),
    (STORE, "$.nums[0]", "OK I:0"),
    (STORE, "$.nums[-1]", "MISSING Index out of bounds when evaluating path $['nums'][-1]"),
    (STORE, "$.nums[-2]", "MISSING Index out of bounds when evaluating path $['nums'][-2]"),
    (STORE, "$.nums[2:4]", "OK A[I:2,I:3]"),
    (STORE, "$.nums[-2:]", "OK A[I:4,I:5]"),
    (STORE, "$.nums[:-2]", "OK A[I:0,I:1,I:2,I:3]"),
    (STORE, "$.nums[-7:]", "OK A[I:0,I:1,I:2,I:3,I:4,I:5]"),
    (STORE, "$.nums[:10]", "OK A[I:0,I:1,I:2,I:3,I:4,I:5]"),
    (STORE, "$.nums[4:2]", "OK A[]"),
    (STORE, "$.nums[-2:2]", "MISSING Index out of bounds when evaluating path $['nums'][-2]"),
    (STORE, "$.nums[1:100]", "OK A[I:1,I:2,I:3,I:4,I:5]"),
    (STORE, "$.nums[0,2,4]", "OK A[I:0,I:2,I:4]"),
    (STORE, "$.nums[0,10]", "MISSING Index out of bounds when evaluating path $['nums'][10]"),
    (STORE, "$.nums[*]", "OK A[I:0,I:1,I:2,I:3,I:4,I:5]"),
    (STORE, "$.nums.*", "OK A[I:0,I:1,I:2,I:3,I:4,I:5]"),
    (STORE, "$.nums[(@.length-1)]", "OK I:5"),
    (STORE, "$.nums[(@.size()-2)]", "OK I:4"),
    (STORE, "$.flag", "OK B:true"),
    (STORE, "$.nothing", "OK null"),
    (STORE, "$.nothing.x", "MISSING Property ['x'] not found in path $['nothing']"),
    (STORE, "$.str", "OK S:\"8.95\""),
    (STORE, "$.expensive", "OK I:10"),
    (STORE, "$.expensive.x", "MISSING Property ['x'] not found in path $['expensive']"),
    (STORE, "$.expensive[0]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: 10"),
    (STORE, "$.store[0]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: {book=[{\\\"category\\\":\\\"reference\\\",\\\"author\\\":\\\"Nigel Rees\\\",\\\"title\\\":\\\"Sayings of the Century\\\",\\\"price\\\":8.95},{\\\"category\\\":\\\"fiction\\\",\\\"author\\\":\\\"Evelyn Waugh\\\",\\\"title\\\":\\\"Sword of Honour\\\",\\\"price\\\":12.99},{\\\"category\\\":\\\"fiction\\\",\\\"author\\\":\\\"Herman Melville\\\",\\\"title\\\":\\\"Moby Dick\\\",\\\"isbn\\\":\\\"0-553-21311-3\\\",\\\"price\\\":8.99},{\\\"category\\\":\\\"fiction\\\",\\\"author\\\":\\\"J. R. R. Tolkien\\\",\\\"title\\\":\\\"The Lord of the Rings\\\",\\\"isbn\\\":\\\"0-395-19395-8\\\",\\\"price\\\":22.99}], bicycle={color=red, price=19.95}}"),
    (STORE, "$.store.book.title", "MISSING Property ['title'] not found in path $['store']['book']"),
    (STORE, "$.store.book[0].title.x", "MISSING Property ['x'] not found in path $['store']['book'][0]['title']"),
    (STORE, "$..book[0]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95}]"),
    (STORE, "$..bicycle.color", "OK A[S:\"red\"]"),
    (STORE, "$..[0]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},I:0]"),
    (STORE, "$..*.color", "MISSING No results for path: $['store']['color']"),
    (STORE, "$.store..color", "OK A[S:\"red\"]"),
    (STORE, "$['quote\\'key']", "MISSING No results for path: $['quote\\\\']"),
    (STORE, "$['dot.key']", "OK S:\"d\""),
    (STORE, "$.dot.key", "MISSING Missing property in path $['dot']"),
    (STORE, "$..", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: A path can not end with a scan."),
    (STORE, "$.store.", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.StringIndexOutOfBoundsException: String index out of range: 8"),
    (STORE, "$.store..", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: A path can not end with a scan."),
    (STORE, "$[0]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: {store={book=[{\\\"category\\\":\\\"reference\\\",\\\"author\\\":\\\"Nigel Rees\\\",\\\"title\\\":\\\"Sayings of the Century\\\",\\\"price\\\":8.95},{\\\"category\\\":\\\"fiction\\\",\\\"author\\\":\\\"Evelyn Waugh\\\",\\\"title\\\":\\\"Sword of Honour\\\",\\\"price\\\":12.99},{\\\"category\\\":\\\"fiction\\\",\\\"author\\\":\\\"Herman Melville\\\",\\\"title\\\":\\\"Moby Dick\\\",\\\"isbn\\\":\\\"0-553-21311-3\\\",\\\"price\\\":8.99},{\\\"category\\\":\\\"fiction\\\",\\\"author\\\":\\\"J. R. R. Tolkien\\\",\\\"title\\\":\\\"The Lord of the Rings\\\",\\\"isbn\\\":\\\"0-395-19395-8\\\",\\\"price\\\":22.99}], bicycle={color=red, price=19.95}}, expensive=10, a-b=1, key with space=sp, nums=[0,1,2,3,4,5], flag=true, nothing=null, str=8.95, quote'key=q, dot.key=d}"),
    (STORE, "$.*", "OK A[M{\"book\"=A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],\"bicycle\"=M{\"color\"=S:\"red\",\"price\"=D:19.95}},I:10,I:1,S:\"sp\",A[I:0,I:1,I:2,I:3,I:4,I:5],B:true,null,S:\"8.95\",S:\"q\",S:\"d\"]"),
    (STORE, "$[*]", "OK A[M{\"book\"=A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],\"bicycle\"=M{\"color\"=S:\"red\",\"price\"=D:19.95}},I:10,I:1,S:\"sp\",A[I:0,I:1,I:2,I:3,I:4,I:5],B:true,null,S:\"8.95\",S:\"q\",S:\"d\"]"),
    (STORE, "$.store.book[?(@.price > 10)].title", "OK A[S:\"Sword of Honour\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(@.price > 10)][0]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: {category=fiction, author=Evelyn Waugh, title=Sword of Honour, price=12.99}"),
    (STORE, "$.store.book[?(@.author)]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$.store.book[?(@.author == 'Nigel Rees')].price", "OK A[D:8.95]"),
    (STORE, "$.store.book[?(@.title == 'Moby Dick' && @.price == 8.99)].author", "OK A[S:\"Herman Melville\"]"),
    (STORE, "$.store.book[?(@.category in ['reference'])]", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Space not allowed in path"),
    (STORE, "$.store.book[?(@.category nin ['reference'])]", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Space not allowed in path"),
    (STORE, "$.store.book[?(@.isbn empty false)]", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Space not allowed in path"),
    (STORE, "$.store.book[?(@.price)]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$.store.book[?(@.missing == null)]", "OK A[]"),
    (STORE, "$.store.book[?(@.isbn == null)]", "OK A[]"),
    (STORE, "$.store.book[?(@.price < '10')]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99}]"),
    (STORE, "$.store.book[?(@ == 1)]", "OK A[]"),
    (STORE, "$.store.book[?(@.price>10)]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$.store.book[?( @.price > 10 )]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$.store.book[? (@.price > 10)]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$.store.book[?(@['price'] > 10)]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$.store.book[?(@.price > $.expensive)]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$.store.book[?(@.price > $.store.bicycle.price)]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$.store.book[?(@.category == \"fiction\")]", "OK A[]"),
    (STORE, "$.store.book[?(@.price == 22.99)].title", "OK A[S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(@.price)].price", "OK A[D:8.95,D:12.99,D:8.99,D:22.99]"),
    (STORE, "$.store.book[?]", "ERR java.lang.NullPointerException: Cannot invoke \\\"com.jayway.jsonpath.Predicate.apply(com.jayway.jsonpath.Predicate$PredicateContext)\\\" because \\\"predicate\\\" is null"),
    (STORE, "$.store.book[?(@.price > 10]", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.StringIndexOutOfBoundsException: String index out of range: 16"),
    (STORE, "$.store.book[?(@.price > 10))]", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.StringIndexOutOfBoundsException: String index out of range: 18"),
    (STORE, "$.store.book[?(@..price > 10)]", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: the predicate path: @..price is not definite"),
    (STORE, "$.store.book[?(@.title =~ /^M.*/)]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99}]"),
    (STORE, "$.store.book[?(@.title =~ /m.*/i)].title", "OK A[S:\"Moby Dick\"]"),
    (STORE, "$.nums[?(@ > 2)]", "OK A[I:3,I:4,I:5]"),
    (STORE, "$.nums[?(@ == 2)]", "OK A[I:2]"),
    (STORE, "$.nums[?(@ == '2')]", "OK A[I:2]"),
    (STORE, "$.store.bicycle[?(@.color)]", "OK A[M{\"color\"=S:\"red\",\"price\"=D:19.95}]"),
    (STORE, "$..[?(@.color)]", "OK A[M{\"color\"=S:\"red\",\"price\"=D:19.95}]"),
    (STORE, "$..book[?(@.price > 100)]", "OK A[]"),
    (STORE, "$.store.book[0,1].title", "OK A[S:\"Sayings of the Century\",S:\"Sword of Honour\"]"),
    (STORE, "$.store.book[1:3].author", "OK A[S:\"Evelyn Waugh\",S:\"Herman Melville\"]"),
    (STORE, "$.store.book[*]['title','price']", "OK A[M{\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"title\"=S:\"Moby Dick\",\"price\"=D:8.99},M{\"title\"=S:\"The Lord of the Rings\",\"price\"=D:22.99}]"),
    (STORE, "$..book[*]['title','isbn']", "OK A[M{\"title\"=S:\"Sayings of the Century\"},M{\"title\"=S:\"Sword of Honour\"},M{\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\"},M{\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\"}]"),
    (STORE, "$.store.book[0]['title','missing']", "OK M{\"title\"=S:\"Sayings of the Century\"}"),
    (STORE, "$.store.book[0]['missing1','missing2']", "OK M{}"),
    (STORE, "$.store.*.price", "MISSING Property ['price'] not found in path $['store']['book']"),
    (STORE, "$.store.*[0]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: {color=red, price=19.95}"),
    (STORE, "$['store'].bicycle", "OK M{\"color\"=S:\"red\",\"price\"=D:19.95}"),
    (STORE, "$.store['bicycle'].color", "OK S:\"red\""),
    (STORE, "$.store.bicycle['color']", "OK S:\"red\""),
    (STORE, "$.store.bicycle.color.length", "MISSING Property ['length'] not found in path $['store']['bicycle']['color']"),
    (STORE, "$.nums.length", "MISSING Property ['length'] not found in path $['nums']"),
    (STORE, "$.store.book.size()", "MISSING Property ['size()'] not found in path $['store']['book']"),
    (STORE, "$.$", "MISSING No results for path: $['$']"),
    (STORE, "$.@", "MISSING No results for path: $['@']"),
    (STORE, "$.store.book[0].@", "MISSING No results for path: $['store']['book'][0]['@']"),
    (STORE, "$.store.book[x]", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Could not analyze path component: [x]"),
    (STORE, "$.store.book[]", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Could not analyze path component: []"),
    (STORE, "$.store.book[0", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.StringIndexOutOfBoundsException: String index out of range: 2"),
    (STORE, "$.store.book[-10]", "MISSING Index out of bounds when evaluating path $['store']['book'][-10]"),
    (STORE, "$.store.book['0']", "MISSING Property ['0'] not found in path $['store']['book']"),
    (STORE, "$.nums['0']", "MISSING Property ['0'] not found in path $['nums']"),
    (STORE, "$..nums[0]", "OK A[I:0]"),
    (STORE, "$.'store'", "OK M{}"),
    (STORE, "@.store.bicycle.color", "OK S:\"red\""),
    (STORE, "$store", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Invalid path $store"),
    (STORE, "$$", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Invalid path $$"),
    (STORE, "$.store.book[0].title,", "MISSING No results for path: $['store']['book'][0]['title,']"),
    (STORE, " $.store.bicycle.color ", "OK S:\"red\""),
    (STORE, "$.store\\.bicycle", "MISSING Missing property in path $['store\\\\']"),
    (STORE, "$.store.book[1].title[0]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: Sword of Honour"),
    (AWS, "$.Records[0].eventName", "OK S:\"INSERT\""),
    (AWS, "$.Records[*].eventName", "OK A[S:\"INSERT\",S:\"MODIFY\"]"),
    (AWS, "$.Records[*].dynamodb.Keys.id.S", "OK A[S:\"101\",S:\"102\"]"),
    (AWS, "$..Keys.id.S", "OK A[S:\"101\",S:\"102\"]"),
    (AWS, "$..S", "OK A[S:\"101\",S:\"102\"]"),
    (AWS, "$.Records[0].dynamodb.NewImage.tags.SS", "OK A[S:\"a\",S:\"b\"]"),
    (AWS, "$.Records[0].dynamodb.NewImage.tags.SS[1]", "OK S:\"b\""),
    (AWS, "$.Records[1].dynamodb.NewImage", "MISSING No results for path: $['Records'][1]['dynamodb']['NewImage']"),
    (AWS, "$.Records[?(@.eventName == 'INSERT')].dynamodb.Keys.id.S", "OK A[S:\"101\"]"),
    (AWS, "$.Records[?(@.dynamodb.NewImage)].eventName", "OK A[S:\"INSERT\"]"),
    (AWS, "$.pets[?(@.price < 125)].id", "OK A[I:2,I:3]"),
    (AWS, "$.pets[?(@.type == 'dog' || @.type == 'cat')].id", "OK A[I:1,I:2]"),
    (AWS, "$.pets[?(@.id > 1 && @.id < 3)].type", "OK A[S:\"cat\"]"),
    (AWS, "$.pets[?(@.id >= 2)]['id','type']", "OK A[M{\"id\"=I:2,\"type\"=S:\"cat\"},M{\"id\"=I:3,\"type\"=S:\"fish\"}]"),
    (AWS, "$.pets.length()", "MISSING Property ['length()'] not found in path $['pets']"),
    (AWS, "$.pets[-1:].type", "OK A[S:\"fish\"]"),
    (AWS, "$.pets[1:].id", "OK A[I:2,I:3]"),
    (AWS, "$.pets[:1].id", "OK A[I:1]"),
    (AWS, "$.pets[0:2].id", "OK A[I:1,I:2]"),
    (AWS, "$.pets[0:0].id", "OK A[]"),
    (AWS, "$.pets[0:-1].id", "OK A[]"),
    (AWS, "$.pets[-1:-1].id", "OK A[]"),
    (AWS, "$.statusCode", "OK I:200"),
    (AWS, "$.big", "OK BI:12345678901234567890"),
    (AWS, "$.neg", "OK I:-5"),
    (AWS, "$.f", "OK D:1.0E-5"),
    (AWS, "$.e", "OK S:\"\""),
    (AWS, "$.arr[0][1]", "OK I:2"),
    (AWS, "$.arr[*][0]", "OK A[I:1,I:3]"),
    (AWS, "$.arr[1][*]", "OK A[I:3,I:4]"),
    (AWS, "$..arr[0][0]", "OK A[I:1]"),
    (AWS, "$.arr[*][*]", "OK A[I:1,I:2,I:3,I:4]"),
    (AWS, "$.mixed[?(@ == 1)]", "OK A[I:1,S:\"1\"]"),
    (AWS, "$.mixed[?(@ == '1')]", "OK A[I:1,S:\"1\"]"),
    (AWS, "$.mixed[?(@ == true)]", "ERR java.lang.NumberFormatException: Character t is neither a decimal digit number, decimal point, nor \\\"e\\\" notation exponential mark."),
    (AWS, "$.mixed[?(@ == 'true')]", "ERR java.lang.NumberFormatException: Character t is neither a decimal digit number, decimal point, nor \\\"e\\\" notation exponential mark."),
    (AWS, "$.mixed[?(@ == null)]", "OK A[null]"),
    (AWS, "$.mixed[?(@.a)]", "OK A[M{\"a\"=I:1}]"),
    (AWS, "$.mixed[?(@.a == 1)]", "OK A[M{\"a\"=I:1}]"),
    (AWS, "$.mixed[?(@ != 1)]", "OK A[B:true,null]"),
    (AWS, "$.mixed[?(@ > 0)]", "OK A[I:1,S:\"1\",B:true]"),
    (AWS, "$.mixed[?(@ =~ /1/)]", "OK A[I:1,S:\"1\"]"),
    (AWS, "$.mixed[?(@ =~ /\\{a=1\\}/)]", "OK A[M{\"a\"=I:1}]"),
    (AWS, "$.flags[?(@.on)]", "OK A[M{\"on\"=B:true,\"off\"=B:false}]"),
    (AWS, "$.flags[?(@.on == true)]", "OK A[M{\"on\"=B:true,\"off\"=B:false}]"),
    (AWS, "$.flags[?(@.off == false)]", "OK A[M{\"on\"=B:true,\"off\"=B:false}]"),
    (AWS, "$.flags[?(@.off)]", "OK A[M{\"on\"=B:true,\"off\"=B:false}]"),
    (AWS, "$.flags.*", "OK A[B:true,B:false]"),
    (AWS, "$.flags[*]", "OK A[B:true,B:false]"),
    (AWS, "$.nul", "OK null"),
    (AWS, "$.nul[0]", "MISSING The path $['nul'] is null"),
    (AWS, "$.nul.x", "MISSING Property ['x'] not found in path $['nul']"),
    (AWS, "$.sq", "OK S:\"it's\""),
    (AWS, "$.names[?(@ =~ /[a-z].*/)]", "OK A[S:\"bob\"]"),
    (AWS, "$.names[?(@ =~ /[A-Z].*/)]", "OK A[S:\"Ann\",S:\"Carl\"]"),
    (AWS, "$.names[?(@ =~ /a.*/i)]", "OK A[S:\"Ann\"]"),
    (AWS, "$.names[?(@ > 'B')]", "OK A[S:\"bob\",S:\"Carl\"]"),
    (AWS, "$.names[?(@ < 'B')]", "OK A[S:\"Ann\"]"),
    (AWS, "$.names[?(@ == 'Ann')]", "OK A[S:\"Ann\"]"),
    (AWS, "$.names[?(@ == Ann)]", "OK A[S:\"Ann\"]"),
    (AWS, "$.nested.a.b.c", "OK S:\"deep\""),
    (AWS, "$.nested..c", "OK A[S:\"deep\"]"),
    (AWS, "$..b.c", "OK A[S:\"deep\"]"),
    (AWS, "$..c", "OK A[S:\"deep\"]"),
    (AWS, "$.nested[?(@.b)]", "OK A[]"),
    (AWS, "$.nested.a[?(@.c)]", "OK A[]"),
    (AWS, "$.nested.*.b", "OK A[M{\"c\"=S:\"deep\"}]"),
    (AWS, "$.nested.*.*", "OK A[M{\"c\"=S:\"deep\"}]"),
    (AWS, "$..[1]", "MISSING Index out of bounds when evaluating path $['mixed'][5][1]"),
    (AWS, "$..[0].x", "MISSING No results for path: $['Records'][0]['x']"),
    (AWS, "$..*.c", "MISSING Property ['c'] not found in path $['Records']"),
    (AWS, "$..nested", "OK A[M{\"a\"=M{\"b\"=M{\"c\"=S:\"deep\"}}}]"),
    (AWS, "$.Records[0,1].eventName", "OK A[S:\"INSERT\",S:\"MODIFY\"]"),
    (AWS, "$.Records[0]['eventName','dynamodb']", "OK M{\"eventName\"=S:\"INSERT\",\"dynamodb\"=M{\"Keys\"=M{\"id\"=M{\"S\"=S:\"101\"}},\"NewImage\"=M{\"n\"=M{\"N\"=S:\"1.5\"},\"tags\"=M{\"SS\"=A[S:\"a\",S:\"b\"]}}}}"),
    (AWS, "$.pets[?(@.price == 249.99)].id", "OK A[I:1]"),
    (AWS, "$.pets[?(@.price == 249.990)].id", "OK A[I:1]"),
    (AWS, "$.pets[?(@.price > 1e2)].id", "OK A[I:1,I:2]"),
    (AWS, "$.pets[?(@.id == 1.0)].type", "OK A[S:\"dog\"]"),
    (AWS, "$.pets[?(@.id == abc)].type", "ERR java.lang.NumberFormatException: Character a is neither a decimal digit number, decimal point, nor \\\"e\\\" notation exponential mark."),
    (AWS, "$.pets[?(@.type == dog)].id", "OK A[I:1]"),
    (AWS, "$.pets[?(@.type > 5)].id", "OK A[I:1,I:2,I:3]"),
    (AWS, "$.pets[?(@.type =~ 'dog')].id", "ERR java.lang.ClassCastException: class java.lang.String cannot be cast to class java.util.regex.Pattern (java.lang.String and java.util.regex.Pattern are in module java.base of loader 'bootstrap')"),
    (AWS, "$.pets[?(@.type =~ /do==g/)].id", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Space not allowed in path"),
    (AWS, "$.pets[?(@.type=='dog')].id", "OK A[I:1]"),
    (AWS, "$.pets[?(@.type == 'd\\'og')].id", "OK A[]"),
    (AWS, "$.pets[?(@.id==1 && @.type=='dog')].id", "OK A[I:1]"),
    (AWS, "$.pets[?((@.id == 1) && (@.type == 'dog'))].id", "OK A[I:1]"),
    (AWS, "$.pets[?(@.id == 1 && )].id", "ERR com.jayway.jsonpath.InvalidPathException: java.util.EmptyStackException"),
    (AWS, "$.pets[?(&& @.id == 1)].id", "ERR com.jayway.jsonpath.InvalidPathException: java.util.EmptyStackException"),
    (AWS, "$.pets[?(@.id == 1 || )].id", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Invalid operators @.id == 1 ||"),
    (AWS, "$.pets[?(@.id == 1 ||| @.id == 2)].id", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.UnsupportedOperationException: CriteriaType  can not be parsed"),
    (AWS, "$.pets[?(@.id == 1 & @.id == 2)].id", "ERR java.lang.NumberFormatException: Character   is neither a decimal digit number, decimal point, nor \\\"e\\\" notation exponential mark."),
    (AWS, "$.pets[?($.statusCode == 200)].id", "OK A[I:1,I:2,I:3]"),
    (AWS, "$.pets[?($.statusCode)].id", "OK A[]"),
    (AWS, "$.pets[?($.nope)].id", "OK A[]"),
    (AWS, "$.pets[?(@.id == $.statusCode)].id", "OK A[]"),
    (AWS, "$.pets[?(@.id < $.neg)].id", "OK A[]"),
    (AWS, "$.pets[?(!@.id)].id", "OK A[]"),
    (AWS, "$.pets[?(!@.nope)].id", "OK A[I:1,I:2,I:3]"),
    (AWS, "$.pets[?(@.nope != 1)].id", "OK A[]"),
    (AWS, "$.pets[?(@.id != 'x')].id", "ERR java.lang.NumberFormatException: Character x is neither a decimal digit number, decimal point, nor \\\"e\\\" notation exponential mark."),
    (AWS, "$.pets[?(@.type != 5)].id", "OK A[I:1,I:2,I:3]"),
    (AWS, "$.pets[?(@.id == '1')].id", "OK A[I:1]"),
    (AWS, "$.pets[?(@.id === 1)].id", "ERR java.lang.NumberFormatException: Character = is neither a decimal digit number, decimal point, nor \\\"e\\\" notation exponential mark."),
    (AWS, "$.pets[?(@.id <> 1)].id", "ERR java.lang.NumberFormatException: Character > is neither a decimal digit number, decimal point, nor \\\"e\\\" notation exponential mark."),
    (AWS, "$.pets[?(@.id = 1)].id", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Space not allowed in path"),
    (AWS, "$.pets[?(@.id)][?(@.id)]", "OK A[M{\"id\"=I:1,\"type\"=S:\"dog\",\"price\"=D:249.99},M{\"id\"=I:2,\"type\"=S:\"cat\",\"price\"=D:124.99},M{\"id\"=I:3,\"type\"=S:\"fish\",\"price\"=D:0.99}]"),
    (AWS, "$.pets[?(@.id)].id.x", "MISSING Property ['x'] not found in path $['pets'][0]['id']"),
    (AWS, "$.pets[?(@)]", "OK A[M{\"id\"=I:1,\"type\"=S:\"dog\",\"price\"=D:249.99},M{\"id\"=I:2,\"type\"=S:\"cat\",\"price\"=D:124.99},M{\"id\"=I:3,\"type\"=S:\"fish\",\"price\"=D:0.99}]"),
    (AWS, "$.pets[?()]", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.StringIndexOutOfBoundsException: String index out of range: 0"),
    (AWS, "$.pets[?( )]", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.StringIndexOutOfBoundsException: String index out of range: 0"),
    (AWS, "$.pets[?(@.id > 1)][0]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: {id=2, type=cat, price=124.99}"),
    (AWS, "$.statusCode[?(@ > 1)]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [?] can not be applied to primitives. Current context is: 200"),
    (AWS, "$.pets[?(@[0])]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: {id=1, type=dog, price=249.99}"),
    (AWS, "$.pets[?(@.id == null)]", "OK A[]"),
    (AWS, "$.pets[?(@.id == 'null')]", "OK A[]"),
    (AWS, "$.mixed[?(@ == 'null')]", "OK A[null]"),
    (AWS, "$.mixed[?(@ != null)]", "OK A[I:1,S:\"1\",B:true,M{\"a\"=I:1},A[I:1]]"),
    (AWS, "$.mixed[?(@ > null)]", "OK A[I:1,S:\"1\",B:true,M{\"a\"=I:1},A[I:1]]"),
    (AWS, "$.pets[0].id.x", "MISSING Property ['x'] not found in path $['pets'][0]['id']"),
    (AWS, "$.pets[1,-1].id", "MISSING Index out of bounds when evaluating path $['pets'][-1]"),
    (AWS, "$.pets[ 0 ].id", "OK I:1"),
    (AWS, "$.pets[0 , 1].id", "OK A[I:1,I:2]"),
    (AWS, "$.pets[ : 1].id", "OK A[I:1]"),
    (AWS, "$.pets[1: ].id", "OK A[I:2,I:3]"),
    (AWS, "$.pets[*].id[0]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: 1"),
    (AWS, "$.pets[0:1:1].id", "OK A[I:1]"),
    (AWS, "$.pets[::-1].id", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.NumberFormatException: For input string: \\\"\\\""),
    (AWS, "$.pets[0,].id", "OK I:1"),
    (AWS, "$.pets[,0].id", "OK I:1"),
    (AWS, "$.pets[--1]", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.NumberFormatException: For input string: \\\"--1\\\""),
    (AWS, "$.pets[1-]", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.NumberFormatException: For input string: \\\"1-\\\""),
    (AWS, "$.pets[(@.length - 1)].id", "OK I:3"),
    (AWS, "$.pets[(@.length-4)].id", "MISSING Index out of bounds when evaluating path $['pets'][-1]"),
    (AWS, "$.pets[(@.foo-1)].id", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Invalid function: @.foo. Supported functions are: [(@.length - n)] and [(@.size() - n)]"),
    (AWS, "$.pets['0']", "MISSING Property ['0'] not found in path $['pets']"),
    (AWS, "$.pets[ '0' ]", "MISSING Property ['0'] not found in path $['pets']"),
    (AWS, "$['pets'][0]['id']", "OK I:1"),
    (AWS, "$['pets',  'statusCode']", "OK M{\"pets\"=A[M{\"id\"=I:1,\"type\"=S:\"dog\",\"price\"=D:249.99},M{\"id\"=I:2,\"type\"=S:\"cat\",\"price\"=D:124.99},M{\"id\"=I:3,\"type\"=S:\"fish\",\"price\"=D:0.99}],\"statusCode\"=I:200}"),
    (AWS, "$['statusCode','big']", "OK M{\"statusCode\"=I:200,\"big\"=BI:12345678901234567890}"),
    (AWS, "$['statusCode', 'nope']", "OK M{\"statusCode\"=I:200}"),
    (AWS, "$['']", "MISSING No results for path: $['']"),
    (AWS, "$[' statusCode']", "MISSING No results for path: $[' statusCode']"),
    (AWS, "$['statusCode'].x", "MISSING Property ['x'] not found in path $['statusCode']"),
    (AWS, "$.statusCode.", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.StringIndexOutOfBoundsException: String index out of range: 13"),
    (AWS, "$.", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.StringIndexOutOfBoundsException: String index out of range: 2"),
    (AWS, ".statusCode", "OK A[I:200]"),
    (AWS, "..statusCode", "OK A[I:200]"),
    (AWS, "$...statusCode", "OK A[I:200]"),
    (AWS, "$.*.a", "MISSING Property ['a'] not found in path $['Records']"),
    (AWS, "$.nested.*", "OK A[M{\"b\"=M{\"c\"=S:\"deep\"}}]"),
    (AWS, "$..a.b", "MISSING Property ['b'] not found in path $['mixed'][4]['a']"),
    (ARR, "$", "OK A[I:1,A[I:2,I:3],M{\"a\"=A[I:4,M{\"a\"=I:5}]},S:\"x\",null,B:true,D:2.5]"),
    (ARR, "$[0]", "OK I:1"),
    (ARR, "$[1][0]", "OK I:2"),
    (ARR, "$[1][-1]", "MISSING Index out of bounds when evaluating path $[1][-1]"),
    (ARR, "$[-1:]", "OK A[D:2.5]"),
    (ARR, "$[*]", "OK A[I:1,A[I:2,I:3],M{\"a\"=A[I:4,M{\"a\"=I:5}]},S:\"x\",null,B:true,D:2.5]"),
    (ARR, "$..a", "OK A[A[I:4,M{\"a\"=I:5}],I:5]"),
    (ARR, "$..[0]", "OK A[I:1,I:2,I:4]"),
    (ARR, "$..[1]", "OK A[A[I:2,I:3],I:3,M{\"a\"=I:5}]"),
    (ARR, "$[?(@ == 1)]", "OK A[I:1]"),
    (ARR, "$[?(@ > 1)]", "OK A[S:\"x\",B:true,D:2.5]"),
    (ARR, "$[?(@.a)]", "OK A[M{\"a\"=A[I:4,M{\"a\"=I:5}]}]"),
    (ARR, "$[?(@ == 'x')]", "ERR java.lang.NumberFormatException: Character x is neither a decimal digit number, decimal point, nor \\\"e\\\" notation exponential mark."),
    (ARR, "$[?(@ =~ /x/)]", "OK A[S:\"x\"]"),
    (ARR, "$[?(@ == true)]", "ERR java.lang.NumberFormatException: Character t is neither a decimal digit number, decimal point, nor \\\"e\\\" notation exponential mark."),
    (ARR, "$[?(@ != null)]", "OK A[I:1,A[I:2,I:3],M{\"a\"=A[I:4,M{\"a\"=I:5}]},S:\"x\",B:true,D:2.5]"),
    (ARR, "$[2].a[1].a", "OK I:5"),
    (ARR, "$[2].a[*].a", "OK A[I:5]"),
    (ARR, "$[2]..a", "OK A[A[I:4,M{\"a\"=I:5}],I:5]"),
    (ARR, "$.*", "OK A[I:1,A[I:2,I:3],M{\"a\"=A[I:4,M{\"a\"=I:5}]},S:\"x\",null,B:true,D:2.5]"),
    (ARR, "$[1,2]", "OK A[A[I:2,I:3],M{\"a\"=A[I:4,M{\"a\"=I:5}]}]"),
    (ARR, "$[0:2]", "OK A[I:1,A[I:2,I:3]]"),
    (ARR, "$[5]", "OK B:true"),
    (ARR, "$[5].x", "MISSING Property ['x'] not found in path $[5]"),
    (ARR, "$[6]", "OK D:2.5"),
    (ARR, "$[7]", "MISSING Index out of bounds when evaluating path $[7]"),
    (ARR, "$[?(@[0] == 2)]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: 1"),
    (ARR, "$..[?(@.a == 5)]", "OK A[M{\"a\"=I:5}]"),
    (ARR, "$[2]['a']", "OK A[I:4,M{\"a\"=I:5}]"),
    (ARR, "$[2]['a','b']", "OK M{\"a\"=A[I:4,M{\"a\"=I:5}]}"),
    (ARR, "$['a']", "MISSING Property ['a'] not found in path $"),
    (ARR, "$.length()", "MISSING Property ['length()'] not found in path $"),
    (ARR, "$[1].length()", "MISSING Property ['length()'] not found in path $[1]"),
    (ARR, "$[1].sum()", "MISSING Property ['sum()'] not found in path $[1]"),
    (ARR, "$[1].max()", "MISSING Property ['max()'] not found in path $[1]"),
    (ARR, "$[*].min()", "OK A[]"),
    (SCALAR, "$", "OK S:\"a=b\""),
    (SCALAR, "$.a", "MISSING Property ['a'] not found in path $"),
    (SCALAR, "$[0]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: a=b"),
    (SCALAR, "$[*]", "OK A[]"),
    (SCALAR, "$..*", "OK A[]"),
    (SCALAR, "$..a", "OK A[]"),
    (SCALAR, "$[?(@.a)]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [?] can not be applied to primitives. Current context is: a=b"),
    (SCALAR, "@", "OK S:\"a=b\""),
    (SCALAR, "a", "MISSING Property ['a'] not found in path $"),
    (NULL, "$", "ERR java.lang.IllegalArgumentException: json object can not be null"),
    (NULL, "$.a", "ERR java.lang.IllegalArgumentException: json object can not be null"),
    (NULL, "$[0]", "ERR java.lang.IllegalArgumentException: json object can not be null"),
    (NULL, "$[*]", "ERR java.lang.IllegalArgumentException: json object can not be null"),
    (NULL, "$..*", "ERR java.lang.IllegalArgumentException: json object can not be null"),
    (NULL, "$..a", "ERR java.lang.IllegalArgumentException: json object can not be null"),
    (NULL, "$[?(@.a)]", "ERR java.lang.IllegalArgumentException: json object can not be null"),
    (NULL, "@", "ERR java.lang.IllegalArgumentException: json object can not be null"),
    (NULL, "a", "ERR java.lang.IllegalArgumentException: json object can not be null"),
    (STORE, "$[", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Could not analyze path component: ["),
    (STORE, "$]", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Invalid path $]"),
    (STORE, "$.[0]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: {store={book=[{\\\"category\\\":\\\"reference\\\",\\\"author\\\":\\\"Nigel Rees\\\",\\\"title\\\":\\\"Sayings of the Century\\\",\\\"price\\\":8.95},{\\\"category\\\":\\\"fiction\\\",\\\"author\\\":\\\"Evelyn Waugh\\\",\\\"title\\\":\\\"Sword of Honour\\\",\\\"price\\\":12.99},{\\\"category\\\":\\\"fiction\\\",\\\"author\\\":\\\"Herman Melville\\\",\\\"title\\\":\\\"Moby Dick\\\",\\\"isbn\\\":\\\"0-553-21311-3\\\",\\\"price\\\":8.99},{\\\"category\\\":\\\"fiction\\\",\\\"author\\\":\\\"J. R. R. Tolkien\\\",\\\"title\\\":\\\"The Lord of the Rings\\\",\\\"isbn\\\":\\\"0-395-19395-8\\\",\\\"price\\\":22.99}], bicycle={color=red, price=19.95}}, expensive=10, a-b=1, key with space=sp, nums=[0,1,2,3,4,5], flag=true, nothing=null, str=8.95, quote'key=q, dot.key=d}"),
    (STORE, "$..[", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Could not analyze path component: ["),
    (STORE, "$[?(@.a]", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.StringIndexOutOfBoundsException: String index out of range: 7"),
    (STORE, "$['a", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.StringIndexOutOfBoundsException: String index out of range: 3"),
    (STORE, "$['store']]", "OK M{}"),
    (STORE, "$[']", "OK M{}"),
    (STORE, "$[ ]", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Could not analyze path component: [ ]"),
    (STORE, "$.store.book[0 1]", "OK M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99}"),
    (STORE, "$.store.book[1:2:3]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99}]"),
    (STORE, "$.store.book[:]", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.NumberFormatException: For input string: \\\"\\\""),
    (STORE, "$.store.book[1:]x", "MISSING No results for path: $['store']['book'][1]['x']"),
    (STORE, "$.store.book[1:]['title']", "OK A[S:\"Sword of Honour\",S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[*]..price", "OK A[D:8.95,D:12.99,D:8.99,D:22.99]"),
    (STORE, "$..book.title", "MISSING Property ['title'] not found in path $['store']['book']"),
    (STORE, "$..book[*].title", "OK A[S:\"Sayings of the Century\",S:\"Sword of Honour\",S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$..book[?(@.isbn)].title", "OK A[S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$..[?(@ > 20)]", "OK A[]"),
    (STORE, "$..[?(@.price > 20)]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$[?(@.expensive)]", "OK A[M{\"store\"=M{\"book\"=A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],\"bicycle\"=M{\"color\"=S:\"red\",\"price\"=D:19.95}},\"expensive\"=I:10,\"a-b\"=I:1,\"key with space\"=S:\"sp\",\"nums\"=A[I:0,I:1,I:2,I:3,I:4,I:5],\"flag\"=B:true,\"nothing\"=null,\"str\"=S:\"8.95\",\"quote'key\"=S:\"q\",\"dot.key\"=S:\"d\"}]"),
    (STORE, "$[?(@.expensive == 10)]", "OK A[M{\"store\"=M{\"book\"=A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],\"bicycle\"=M{\"color\"=S:\"red\",\"price\"=D:19.95}},\"expensive\"=I:10,\"a-b\"=I:1,\"key with space\"=S:\"sp\",\"nums\"=A[I:0,I:1,I:2,I:3,I:4,I:5],\"flag\"=B:true,\"nothing\"=null,\"str\"=S:\"8.95\",\"quote'key\"=S:\"q\",\"dot.key\"=S:\"d\"}]"),
    (STORE, "$[?(@.expensive == 10)].flag", "OK A[B:true]"),
    (STORE, "$.store[?(@.color == 'red')]", "OK A[]"),
    (STORE, "$.store.book[?(@.title == 'Moby Dick')]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99}]"),
    (STORE, "$.store.book[?(@.title == 'Moby && Dick')]", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.UnsupportedOperationException: CriteriaType  can not be parsed"),
    (STORE, "$.store.book[?(@.title == 'a]b')]", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.StringIndexOutOfBoundsException: String index out of range: 17"),
    (STORE, "$.store.book[?(@.title == 'a)b')]", "OK A[]"),
    (STORE, "$.store.book[?(@.title == 'a(b')]", "OK A[]"),
    (STORE, "$.store.book[?(@.title =~ /.*Dick/)]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99}]"),
    (STORE, "$.store.book[?(@.title =~ /.*dick/i)]", "OK A[M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99}]"),
    (STORE, "$.store.book[?(@.title =~ /[/)]", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Filter brackets are not balanced"),
    (STORE, "$.store.book[?(@.title =~ /(/)]", "ERR com.jayway.jsonpath.InvalidPathException: java.lang.StringIndexOutOfBoundsException: String index out of range: 19"),
    (STORE, "$.store.book[?(@.title =~ /x/i )]", "OK A[]"),
    (STORE, "$.store.book[?(@.author =~ /.*(Rees|Waugh)/)].price", "OK A[D:8.95,D:12.99]"),
    (STORE, "$.store.book[?(@.price =~ /8\\.9.*/)].title", "OK A[S:\"Sayings of the Century\",S:\"Moby Dick\"]"),
    (STORE, "$.store.book[?(@.price =~ /8\\.95/)].title", "OK A[S:\"Sayings of the Century\"]"),
    (STORE, "$.store.book[?(@.category == 'fiction' && @.price < 10 && @.isbn)].title", "OK A[S:\"Moby Dick\"]"),
    (STORE, "$.store.book[?(@.category == 'reference' || @.price > 20 || @.price == 8.99)].title", "OK A[S:\"Sayings of the Century\",S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(@.category == 'reference' || @.price > 20 && @.isbn)].title", "OK A[S:\"Sayings of the Century\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(@.price > 20 && @.isbn || @.category == 'reference')].title", "OK A[S:\"Sayings of the Century\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(@.isbn || @.price > 100)].title", "OK A[S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(!@.isbn && @.price > 10)].title", "OK A[S:\"Sword of Honour\"]"),
    (STORE, "$.store.book[?(@.price > 10 && !@.isbn)].title", "OK A[S:\"Sword of Honour\"]"),
    (STORE, "$.store.book[?(@.price>8.96&&@.price<13)].title", "OK A[S:\"Sword of Honour\",S:\"Moby Dick\"]"),
    (STORE, "$.store.book[?(@.price<=8.99)].title", "OK A[S:\"Sayings of the Century\",S:\"Moby Dick\"]"),
    (STORE, "$.store.book[?(@.price>=8.99)].title", "OK A[S:\"Sword of Honour\",S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(@.price != '8.95')].title", "OK A[S:\"Sword of Honour\",S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(@.title != null)].title", "OK A[S:\"Sayings of the Century\",S:\"Sword of Honour\",S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(@.isbn != null)].title", "OK A[S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(@.category < 'g')].title", "OK A[S:\"Sword of Honour\",S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?('fiction' == @.category)].title", "OK A[S:\"Sword of Honour\",S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(10 > @.price)].title", "OK A[]"),
    (STORE, "$.store.book[?(@.price > @.price)].title", "OK A[]"),
    (STORE, "$.store.book[?(@.price == @.price)].title", "OK A[S:\"Sayings of the Century\",S:\"Sword of Honour\",S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(@ == @)].title", "OK A[S:\"Sayings of the Century\",S:\"Sword of Honour\",S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(@.category == $.store.book[1].category)].title", "OK A[S:\"Sword of Honour\",S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(@.price < $.store.bicycle.price && @.price > $.expensive)].title", "OK A[S:\"Sword of Honour\"]"),
    (STORE, "$.store.book[?($.flag == true)].title", "OK A[S:\"Sayings of the Century\",S:\"Sword of Honour\",S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?($.flag)].title", "OK A[]"),
    (STORE, "$.store.book[?(@.price == 8.950)].title", "OK A[S:\"Sayings of the Century\"]"),
    (STORE, "$.store.book[?(@.price == 8.95e0)].title", "OK A[S:\"Sayings of the Century\"]"),
    (STORE, "$.store.book[?(@.price == 895e-2)].title", "OK A[S:\"Sayings of the Century\"]"),
    (STORE, "$.store.book[?(@.price == +8.95)].title", "OK A[S:\"Sayings of the Century\"]"),
    (STORE, "$.store.book[?(@.price == 1e)].title", "ERR java.lang.NumberFormatException: null"),
    (STORE, "$.store.book[?(@.price == .)].title", "ERR java.lang.NumberFormatException: No digits found."),
    (STORE, "$.store.book[?(@.price == )].title", "ERR java.lang.NumberFormatException: null"),
    (STORE, "$.store.book[?(@.price == 'null')].title", "OK A[]"),
    (STORE, "$.store.book[?(@.title == 'Moby Dick')]['title','price']", "OK A[M{\"title\"=S:\"Moby Dick\",\"price\"=D:8.99}]"),
    (STORE, "$.store.book[?(@.title)].title[0]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: Sayings of the Century"),
    (STORE, "$.store.book[?(@.title)]..price", "OK A[D:8.95,D:12.99,D:8.99,D:22.99]"),
    (STORE, "$.store..book[?(@.price < 9)].title", "OK A[S:\"Sayings of the Century\",S:\"Moby Dick\"]"),
    (STORE, "$.store.*.color", "MISSING Property ['color'] not found in path $['store']['book']"),
    (STORE, "$.store.*[*]", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99},S:\"red\",D:19.95]"),
    (STORE, "$.store.bicycle.*", "OK A[S:\"red\",D:19.95]"),
    (STORE, "$.store.bicycle..*", "OK A[S:\"red\",D:19.95]"),
    (STORE, "$..bicycle..color", "OK A[S:\"red\"]"),
    (STORE, "$..book[0]..author", "OK A[S:\"Nigel Rees\"]"),
    (STORE, "$..book[(@.length-1)].title", "OK A[S:\"The Lord of the Rings\"]"),
    (STORE, "$..book[-1:].title", "OK A[S:\"The Lord of the Rings\"]"),
    (STORE, "$..book[1:3].title", "OK A[S:\"Sword of Honour\",S:\"Moby Dick\"]"),
    (STORE, "$..book[:1].title", "OK A[S:\"Sayings of the Century\"]"),
    (STORE, "$..book[0,2].title", "OK A[S:\"Sayings of the Century\",S:\"Moby Dick\"]"),
    (STORE, "$..book[2,0].title", "OK A[S:\"Moby Dick\",S:\"Sayings of the Century\"]"),
    (STORE, "$..book[0,0].title", "OK A[S:\"Sayings of the Century\",S:\"Sayings of the Century\"]"),
    (STORE, "$.nums[0:6]", "OK A[I:0,I:1,I:2,I:3,I:4,I:5]"),
    (STORE, "$.nums[5:6]", "OK A[I:5]"),
    (STORE, "$.nums[6:]", "OK A[]"),
    (STORE, "$.nums[:0]", "OK A[]"),
    (STORE, "$.nums[:-6]", "OK A[]"),
    (STORE, "$.nums[:-7]", "OK A[]"),
    (STORE, "$.nums[-6:]", "OK A[I:0,I:1,I:2,I:3,I:4,I:5]"),
    (STORE, "$.nums[-1:5]", "MISSING Index out of bounds when evaluating path $['nums'][-1]"),
    (STORE, "$.nums[1:1]", "OK A[]"),
    (STORE, "$.nums[2:-1]", "OK A[]"),
    (STORE, "$.nums[?(@ % 2 == 0)]", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Invalid path $ % 2"),
    (STORE, "$.nums[?(@ >= 4)]", "OK A[I:4,I:5]"),
    (STORE, "$.nums[?(@ == 0)]", "OK A[I:0]"),
    (STORE, "$.nums[?(@ < '3')]", "OK A[I:0,I:1,I:2]"),
    (STORE, "$.nums[?(@ > 1 && @ < 4)]", "OK A[I:2,I:3]"),
    (STORE, "$.nums[*][0]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: 0"),
    (STORE, "$.flag[0]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: true"),
    (STORE, "$.flag.x", "MISSING Property ['x'] not found in path $['flag']"),
    (STORE, "$.str[?(@)]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [?] can not be applied to primitives. Current context is: 8.95"),
    (STORE, "$['store','expensive']", "OK M{\"store\"=M{\"book\"=A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],\"bicycle\"=M{\"color\"=S:\"red\",\"price\"=D:19.95}},\"expensive\"=I:10}"),
    (STORE, "$['store', 'expensive']", "OK M{\"store\"=M{\"book\"=A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],\"bicycle\"=M{\"color\"=S:\"red\",\"price\"=D:19.95}},\"expensive\"=I:10}"),
    (STORE, "$[ 'store' ]", "OK M{\"book\"=A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],\"bicycle\"=M{\"color\"=S:\"red\",\"price\"=D:19.95}}"),
    (STORE, "$['store'] ['bicycle']", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Space not allowed in path"),
    (STORE, "$['store']['bicycle']['color','price']", "OK M{\"color\"=S:\"red\",\"price\"=D:19.95}"),
    (STORE, "$['store']['bicycle'][ 'color' , 'price' ]", "OK M{\"color\"=S:\"red\",\"price\"=D:19.95}"),
    (STORE, "$['store']['bicycle']['color''price']", "OK M{\"color\"=S:\"red\",\"price\"=D:19.95}"),
    (STORE, "$['store']['bicycle']['color'  x  'price']", "OK M{\"color\"=S:\"red\",\"price\"=D:19.95}"),
    (STORE, "$['sto'+'re']", "OK M{}"),
    (STORE, "$[\"store\"]", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Could not analyze path component: [\\\"store\\\"]"),
    (STORE, "$[store]", "ERR com.jayway.jsonpath.InvalidPathException: com.jayway.jsonpath.InvalidPathException: Could not analyze path component: [store]"),
    (STORE, "$[*].bicycle", "MISSING Property ['bicycle'] not found in path $['expensive']"),
    (STORE, "$[*][*]", "OK A[A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],M{\"color\"=S:\"red\",\"price\"=D:19.95},I:0,I:1,I:2,I:3,I:4,I:5]"),
    (STORE, "$..*[0]", "ERR com.jayway.jsonpath.InvalidPathException: Filter: [0] can only be applied to arrays. Current context is: {book=[{\\\"category\\\":\\\"reference\\\",\\\"author\\\":\\\"Nigel Rees\\\",\\\"title\\\":\\\"Sayings of the Century\\\",\\\"price\\\":8.95},{\\\"category\\\":\\\"fiction\\\",\\\"author\\\":\\\"Evelyn Waugh\\\",\\\"title\\\":\\\"Sword of Honour\\\",\\\"price\\\":12.99},{\\\"category\\\":\\\"fiction\\\",\\\"author\\\":\\\"Herman Melville\\\",\\\"title\\\":\\\"Moby Dick\\\",\\\"isbn\\\":\\\"0-553-21311-3\\\",\\\"price\\\":8.99},{\\\"category\\\":\\\"fiction\\\",\\\"author\\\":\\\"J. R. R. Tolkien\\\",\\\"title\\\":\\\"The Lord of the Rings\\\",\\\"isbn\\\":\\\"0-395-19395-8\\\",\\\"price\\\":22.99}], bicycle={color=red, price=19.95}}"),
    (STORE, "$..book..title", "OK A[S:\"Sayings of the Century\",S:\"Sword of Honour\",S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book.*.title", "OK A[S:\"Sayings of the Century\",S:\"Sword of Honour\",S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book.*", "OK A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}]"),
    (STORE, "$.*.*.color", "MISSING Property ['color'] not found in path $['store']['book']"),
    (STORE, "$.*.bicycle.color", "MISSING Property ['bicycle'] not found in path $['expensive']"),
    (STORE, "@.store.book[0].title", "OK S:\"Sayings of the Century\""),
    (STORE, "@", "OK M{\"store\"=M{\"book\"=A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],\"bicycle\"=M{\"color\"=S:\"red\",\"price\"=D:19.95}},\"expensive\"=I:10,\"a-b\"=I:1,\"key with space\"=S:\"sp\",\"nums\"=A[I:0,I:1,I:2,I:3,I:4,I:5],\"flag\"=B:true,\"nothing\"=null,\"str\"=S:\"8.95\",\"quote'key\"=S:\"q\",\"dot.key\"=S:\"d\"}"),
    (STORE, "$.store.book[0]['title'].length", "MISSING Property ['length'] not found in path $['store']['book'][0]['title']"),
    (STORE, "$.store.book[0].title.size()", "MISSING Property ['size()'] not found in path $['store']['book'][0]['title']"),
    (STORE, "expensive", "OK I:10"),
    (STORE, "nums[0]", "OK I:0"),
    (STORE, "store..price", "OK A[D:8.95,D:12.99,D:8.99,D:22.99,D:19.95]"),
    (STORE, "*", "OK A[M{\"book\"=A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],\"bicycle\"=M{\"color\"=S:\"red\",\"price\"=D:19.95}},I:10,I:1,S:\"sp\",A[I:0,I:1,I:2,I:3,I:4,I:5],B:true,null,S:\"8.95\",S:\"q\",S:\"d\"]"),
    (STORE, "..color", "OK A[S:\"red\"]"),
    (STORE, ".store", "OK A[M{\"book\"=A[M{\"category\"=S:\"reference\",\"author\"=S:\"Nigel Rees\",\"title\"=S:\"Sayings of the Century\",\"price\"=D:8.95},M{\"category\"=S:\"fiction\",\"author\"=S:\"Evelyn Waugh\",\"title\"=S:\"Sword of Honour\",\"price\"=D:12.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"Herman Melville\",\"title\"=S:\"Moby Dick\",\"isbn\"=S:\"0-553-21311-3\",\"price\"=D:8.99},M{\"category\"=S:\"fiction\",\"author\"=S:\"J. R. R. Tolkien\",\"title\"=S:\"The Lord of the Rings\",\"isbn\"=S:\"0-395-19395-8\",\"price\"=D:22.99}],\"bicycle\"=M{\"color\"=S:\"red\",\"price\"=D:19.95}}]"),
    (STORE, "$.@.x", "MISSING Missing property in path $['@']"),
    (STORE, "$.store.book[?(@.author=='Nigel Rees')].title", "OK A[S:\"Sayings of the Century\"]"),
    (STORE, "$.store.book[?(@.author == 'Nigel Rees' )].title", "OK A[S:\"Sayings of the Century\"]"),
    (STORE, "$.store.book[?(  @.author == 'Nigel Rees'  )].title", "OK A[S:\"Sayings of the Century\"]"),
    (STORE, "$.store.book[?((@.author == 'Nigel Rees'))].title", "OK A[S:\"Sayings of the Century\"]"),
    (STORE, "$.store.book[?(@.author == 'Nigel Rees') ].title", "OK A[S:\"Sayings of the Century\"]"),
    (STORE, "$.store.book[ ?(@.author == 'Nigel Rees')].title", "OK A[S:\"Sayings of the Century\"]"),
    (STORE, "$.store.book[?(@['author'] == 'Nigel Rees')].title", "OK A[S:\"Sayings of the Century\"]"),
    (STORE, "$.store.book[?(@.author == \"Nigel Rees\")].title", "OK A[]"),
    (STORE, "$.store.book[?(@.author == Nigel Rees)].title", "OK A[S:\"Sayings of the Century\"]"),
    (STORE, "$.store.book[?(@.author ==)].title", "OK A[]"),
    (STORE, "$.store.book[?(== 'x')].title", "OK A[]"),
    (STORE, "$.store.book[?(@.author)][?(@.isbn)].title", "OK A[S:\"Moby Dick\",S:\"The Lord of the Rings\"]"),
    (STORE, "$.store.book[?(@.author),?(@.isbn)]", "OK A[]"),
    (STORE, "$.store.book[?,?]", "ERR java.lang.NullPointerException: Cannot invoke \\\"com.jayway.jsonpath.Predicate.apply(com.jayway.jsonpath.Predicate$PredicateContext)\\\" because \\\"predicate\\\" is null"),
    (STORE, "$.store.book[?(@.price > 10)][?(@.isbn)].title", "OK A[S:\"The Lord of the Rings\"]"),
];

#[test]
fn definite_reads_share_the_document() {
    let root = doc(r#"{"a":{"b":1},"l":[{"c":2}]}"#);
    let Ok(Some(Value::Map(a))) = JsonPath::parse("$.a").and_then(|p| p.read(&root)) else {
        panic!("$.a is a map");
    };
    a.borrow_mut().entries.insert("x".into(), Value::Int(9));
    let mut out = String::new();
    write_json(&root, JsonStyle::LT_COMPRESS, &mut out);
    assert_eq!(out, r#"{"a":{"b":1,"x":9},"l":[{"c":2}]}"#);
    // An indefinite read is a new list, but its elements are still the document's.
    let Ok(Some(Value::List(found))) = JsonPath::parse("$.l[*]").and_then(|p| p.read(&root)) else {
        panic!("$.l[*] is a list");
    };
    let first = found.borrow().items.first().cloned();
    if let Some(Value::Map(m)) = first {
        m.borrow_mut().entries.insert("d".into(), Value::Int(3));
    }
    let mut out = String::new();
    write_json(&root, JsonStyle::LT_COMPRESS, &mut out);
    assert_eq!(out, r#"{"a":{"b":1,"x":9},"l":[{"c":2,"d":3}]}"#);
}

#[test]
fn definiteness() {
    let definite = [
        "$",
        "$.a",
        "$['a']",
        "$.a[0]",
        "a.b",
        "$['a','b']",
        "$.a[(@.length-1)]",
    ];
    let indefinite = [
        "$.*",
        "$..a",
        "$.a[*]",
        "$.a[0,1]",
        "$.a[1:]",
        "$.a[?(@.b)]",
    ];
    for p in definite {
        assert_eq!(JsonPath::parse(p).map(|p| p.is_definite()), Ok(true), "{p}");
    }
    for p in indefinite {
        assert_eq!(
            JsonPath::parse(p).map(|p| p.is_definite()),
            Ok(false),
            "{p}"
        );
    }
}

#[test]
fn read_turns_misses_into_none() {
    let root = doc(STORE);
    let read = |p: &str| JsonPath::parse(p).and_then(|p| p.read(&root));
    assert_eq!(read("$.missing").map(|v| v.is_none()), Ok(true));
    assert_eq!(read("$.store.book[10]").map(|v| v.is_none()), Ok(true));
    assert!(matches!(read("$.store.bicycle.color"), Ok(Some(Value::Str(s))) if &*s == "red"));
    assert!(read("$.a b").is_err());
}

#[test]
fn error_offsets_point_into_the_path() {
    let offset = |p: &str| JsonPath::parse(p).err().map(|e| e.offset);
    assert_eq!(offset("$.store.book[x]"), Some(12));
    assert_eq!(offset("  $.a['b'][?(@.c = 1)]"), Some(10));
    assert_eq!(offset("store.book[]"), Some(10));
    assert_eq!(offset(""), Some(0));
}

#[test]
fn empty_path_is_an_illegal_argument() {
    let e = JsonPath::parse("").err();
    assert_eq!(
        e.map(|e| (e.java_class, e.message)),
        Some((
            "java.lang.IllegalArgumentException",
            "Path may not be null empty".to_string()
        ))
    );
}

/// Jayway 2.1+ functions, behind the dialect switch (not checked against a 2.1+ Jayway).
#[test]
fn functions_dialect() {
    let root = doc(STORE);
    let with = Dialect { functions: true };
    let read = |p: &str| {
        JsonPath::parse_with(p, with)
            .and_then(|p| p.read(&root))
            .map(|v| v.map(|v| dump_value(&v)))
    };
    assert_eq!(read("$.store.book.length()"), Ok(Some("I:4".into())));
    assert_eq!(read("$.nums.size()"), Ok(Some("I:6".into())));
    assert_eq!(read("$.nums.sum()"), Ok(Some("D:15.0".into())));
    assert_eq!(read("$.nums.min()"), Ok(Some("D:0.0".into())));
    assert_eq!(read("$.nums.max()"), Ok(Some("D:5.0".into())));
    assert_eq!(read("$.nums.avg()"), Ok(Some("D:2.5".into())));
    assert_eq!(read("$.store.bicycle.length()"), Ok(Some("I:2".into())));
    // Off by default: a property called `length()`.
    let off = JsonPath::parse("$.store.book.length()").and_then(|p| p.read(&root));
    assert!(matches!(off, Ok(None)));
    // Not the last step: still a property name.
    assert_eq!(read("$.store.length().x"), Ok(None));
}

/// No panic and no unbounded recursion on a map that contains itself.
#[test]
fn self_containing_map_scan_terminates() {
    let root = doc(r#"{"a":{"b":1}}"#);
    if let Value::Map(m) = &root {
        let again = root.clone();
        m.borrow_mut().entries.insert("me".into(), again);
    }
    let r = JsonPath::parse("$..b").and_then(|p| p.read(&root));
    assert!(r.is_err());
}

/// A cached path is compiled once and reads what a fresh compile reads; a bad path is an
/// error every time; the cache stays bounded.
#[test]
fn cached_paths_read_like_fresh_ones() {
    let root = doc(STORE);
    let a = JsonPath::cached("$.store.book[0].title").expect("compiles");
    let b = JsonPath::cached("$.store.book[0].title").expect("compiles");
    assert!(std::rc::Rc::ptr_eq(&a, &b));
    let fresh = JsonPath::parse("$.store.book[0].title").expect("compiles");
    let show = |v: Option<Value>| v.map(|v| dump_value(&v));
    assert_eq!(
        show(a.read(&root).expect("reads")),
        show(fresh.read(&root).expect("reads"))
    );
    assert!(JsonPath::cached("$.[").is_err());
    assert!(JsonPath::cached("$.[").is_err());
    for i in 0..super::CACHED_PATHS + 10 {
        let p = JsonPath::cached(&format!("$.k{i}")).expect("compiles");
        assert!(p.is_definite());
    }
    let again = JsonPath::cached("$.store.book[0].title").expect("compiles");
    assert_eq!(
        show(again.read(&root).expect("reads")),
        show(fresh.read(&root).expect("reads"))
    );
}

mod no_panic {
    use proptest::prelude::*;

    use super::{doc, JsonPath, STORE};
    use crate::gateway::jsonpath::Dialect;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Any path text, read against the store: a value, a miss or an error, never a panic.
        #[test]
        fn any_path(path in r#"[$@.\[\]()?*'"!=<>~/&| a-z0-9:,\-]{0,30}"#, functions in any::<bool>()) {
            let root = doc(STORE);
            if let Ok(p) = JsonPath::parse_with(&path, Dialect { functions }) {
                let _ = p.read(&root);
            }
        }

        /// Filters built from real operand shapes.
        #[test]
        fn any_filter(
            left in "@\\.(price|category|isbn|title|x)|\\$\\.expensive|'[a-z]{0,3}'|[0-9]{1,2}|/[a-z.*]{0,3}/i?",
            op in "==|!=|<|<=|>|>=|=~|",
            right in "@\\.(price|category)|'[a-z0-9.]{0,4}'|[0-9.e\\-]{0,4}|true|null|/[a-z.*]{0,3}/",
            join in "&&|\\|\\||",
        ) {
            let root = doc(STORE);
            let path = format!("$.store.book[?({left} {op} {right} {join} @.price)].title");
            if let Ok(p) = JsonPath::parse(&path) {
                let _ = p.read(&root);
            }
        }
    }
}

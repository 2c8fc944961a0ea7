//! Semantic XML comparison (quick-xml): whitespace-only text between elements, comments,
//! processing instructions and attribute order do not matter; names, attribute values and text
//! do. Prefixes are compared as written (`soap:Envelope` ≠ `s:Envelope`): SOAP backends differ
//! in how they treat them, so a golden pins the spelling.

use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};

use super::{Difference, Mismatch, MAX_DIFFERENCES};

#[derive(Debug, PartialEq)]
enum Node {
    Element(Element),
    Text(String),
}

#[derive(Debug, PartialEq)]
struct Element {
    name: String,
    attrs: Vec<(String, String)>,
    children: Vec<Node>,
}

fn parse(text: &str) -> Result<Vec<Node>, String> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Element> = vec![Element {
        name: String::new(),
        attrs: vec![],
        children: vec![],
    }];
    let pos_msg = |reader: &Reader<&[u8]>, e: &dyn std::fmt::Display| {
        let pos = (reader.buffer_position() as usize).min(text.len());
        let (l, c) = crate::vtl::span::line_col(text, pos);
        format!("{e} (line {l}, column {c})")
    };
    let element =
        |e: &quick_xml::events::BytesStart, reader: &Reader<&[u8]>| -> Result<Element, String> {
            let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
            let mut attrs = Vec::new();
            for a in e.attributes() {
                let a = a.map_err(|err| pos_msg(reader, &err))?;
                let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
                let value = a
                    .normalized_value(XmlVersion::Implicit1_0)
                    .map_err(|err| pos_msg(reader, &err))?
                    .into_owned();
                attrs.push((key, value));
            }
            attrs.sort();
            Ok(Element {
                name,
                attrs,
                children: vec![],
            })
        };
    let push_text = |stack: &mut Vec<Element>, s: &str| {
        let Some(top) = stack.last_mut() else { return };
        if let Some(Node::Text(t)) = top.children.last_mut() {
            t.push_str(s);
        } else {
            top.children.push(Node::Text(s.to_string()));
        }
    };
    loop {
        let ev = reader.read_event().map_err(|e| pos_msg(&reader, &e))?;
        match ev {
            Event::Eof => break,
            Event::Start(e) => {
                let el = element(&e, &reader)?;
                stack.push(el);
            }
            Event::Empty(e) => {
                let el = element(&e, &reader)?;
                if let Some(top) = stack.last_mut() {
                    top.children.push(Node::Element(el));
                }
            }
            Event::End(e) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                if stack.len() < 2 {
                    return Err(pos_msg(
                        &reader,
                        &format!("closing tag </{name}> without an opening tag"),
                    ));
                }
                let Some(el) = stack.pop() else { break };
                if el.name != name {
                    return Err(pos_msg(&reader, &format!("</{name}> closes <{}>", el.name)));
                }
                if let Some(top) = stack.last_mut() {
                    top.children.push(Node::Element(el));
                }
            }
            Event::Text(t) => {
                let s = t
                    .xml_content(XmlVersion::Implicit1_0)
                    .map_err(|e| pos_msg(&reader, &e))?;
                push_text(&mut stack, &s);
            }
            Event::CData(t) => {
                let s = t.decode().map_err(|e| pos_msg(&reader, &e))?;
                push_text(&mut stack, &s);
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => {
                        let name = r.decode().map_err(|e| pos_msg(&reader, &e))?;
                        match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(s) => s.to_string(),
                            None => format!("&{name};"),
                        }
                    }
                };
                push_text(&mut stack, &resolved);
            }
            Event::Comment(_) | Event::PI(_) | Event::Decl(_) | Event::DocType(_) => {}
        }
    }
    if stack.len() > 1 {
        let name = stack.last().map(|e| e.name.clone()).unwrap_or_default();
        return Err(format!("<{name}> is never closed"));
    }
    let root = stack.pop().map(|e| e.children).unwrap_or_default();
    Ok(strip(root))
}

/// Drops whitespace-only text nodes (insignificant between elements).
fn strip(nodes: Vec<Node>) -> Vec<Node> {
    nodes
        .into_iter()
        .filter_map(|n| match n {
            Node::Text(t) if t.trim().is_empty() => None,
            Node::Element(mut e) => {
                e.children = strip(e.children);
                Some(Node::Element(e))
            }
            other => Some(other),
        })
        .collect()
}

pub fn compare(expected: &str, actual: &str) -> Result<(), Mismatch> {
    let e = parse(expected).map_err(|message| Mismatch::Malformed {
        which: "golden file",
        message: format!("not well-formed XML: {message}"),
    })?;
    let a = parse(actual).map_err(|message| Mismatch::Malformed {
        which: "output",
        message: format!("not well-formed XML: {message}"),
    })?;
    let mut diffs = Vec::new();
    children("", &e, &a, &mut diffs);
    if diffs.is_empty() {
        Ok(())
    } else {
        Err(Mismatch::Structure(diffs))
    }
}

fn describe(n: &Node) -> String {
    match n {
        Node::Element(e) => format!("<{}>", e.name),
        Node::Text(t) => quote(t),
    }
}

fn quote(t: &str) -> String {
    let s = serde_json::Value::String(t.to_string()).to_string();
    if s.chars().count() > 80 {
        format!("{}...\"", s.chars().take(76).collect::<String>())
    } else {
        s
    }
}

fn push(diffs: &mut Vec<Difference>, path: String, expected: String, actual: String) {
    if diffs.len() < MAX_DIFFERENCES {
        diffs.push(Difference {
            path,
            expected,
            actual,
        });
    }
}

/// XPath-like step for the `i`-th child: `name` or `name[n]` when siblings share the name.
fn step(nodes: &[Node], i: usize) -> String {
    match &nodes[i] {
        Node::Text(_) => String::from("text()"),
        Node::Element(e) => {
            let same = |n: &Node| matches!(n, Node::Element(x) if x.name == e.name);
            let total = nodes.iter().filter(|n| same(n)).count();
            if total > 1 {
                let nth = nodes[..i].iter().filter(|n| same(n)).count() + 1;
                format!("{}[{nth}]", e.name)
            } else {
                e.name.clone()
            }
        }
    }
}

fn children(path: &str, e: &[Node], a: &[Node], diffs: &mut Vec<Difference>) {
    for i in 0..e.len().max(a.len()) {
        match (e.get(i), a.get(i)) {
            (Some(Node::Element(x)), Some(Node::Element(y))) if x.name == y.name => {
                element(&format!("{path}/{}", step(e, i)), x, y, diffs);
            }
            (Some(Node::Text(x)), Some(Node::Text(y))) => {
                if x != y {
                    push(diffs, format!("{path}/text()"), quote(x), quote(y));
                }
            }
            (Some(x), Some(y)) => push(
                diffs,
                format!("{path}/{}", step(e, i)),
                describe(x),
                describe(y),
            ),
            (Some(x), None) => push(
                diffs,
                format!("{path}/{}", step(e, i)),
                describe(x),
                String::from("nothing"),
            ),
            (None, Some(y)) => push(
                diffs,
                format!("{path}/{}", step(a, i)),
                String::from("nothing"),
                describe(y),
            ),
            (None, None) => {}
        }
    }
}

fn element(path: &str, e: &Element, a: &Element, diffs: &mut Vec<Difference>) {
    for (k, v) in &e.attrs {
        match a.attrs.iter().find(|(ak, _)| ak == k) {
            Some((_, av)) if av == v => {}
            Some((_, av)) => push(diffs, format!("{path}/@{k}"), quote(v), quote(av)),
            None => push(
                diffs,
                format!("{path}/@{k}"),
                quote(v),
                String::from("no such attribute"),
            ),
        }
    }
    for (k, v) in &a.attrs {
        if !e.attrs.iter().any(|(ek, _)| ek == k) {
            push(
                diffs,
                format!("{path}/@{k}"),
                String::from("no such attribute"),
                quote(v),
            );
        }
    }
    children(path, &e.children, &a.children, diffs);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diffs(e: &str, a: &str) -> Vec<String> {
        match compare(e, a) {
            Ok(()) => vec![],
            Err(Mismatch::Structure(d)) => d.iter().map(|d| d.to_string()).collect(),
            Err(other) => vec![format!("{other:?}")],
        }
    }

    #[test]
    fn insignificant_whitespace_and_attribute_order() {
        assert!(diffs(
            "<?xml version=\"1.0\"?>\n<a x=\"1\" y=\"2\">\n  <b>t &amp; u</b>\n</a>",
            "<a y=\"2\" x=\"1\"><b>t &#38; u</b><!-- c --></a>"
        )
        .is_empty());
    }

    #[test]
    fn differences_by_path() {
        let d = diffs(
            "<e><b><i>1</i><i>2</i></b><c k=\"v\"/></e>",
            "<e><b><i>1</i><i>3</i></b><c k=\"w\"/><d/></e>",
        );
        assert_eq!(
            d,
            [
                "/e/b/i[2]/text(): expected \"2\", got \"3\"",
                "/e/c/@k: expected \"v\", got \"w\"",
                "/e/d: expected nothing, got <d>",
            ]
        );
    }

    #[test]
    fn malformed() {
        assert!(matches!(
            compare("<a/>", "<a><b></a>"),
            Err(Mismatch::Malformed {
                which: "output",
                ..
            })
        ));
        assert!(matches!(
            compare("<a>", "<a/>"),
            Err(Mismatch::Malformed {
                which: "golden file",
                ..
            })
        ));
    }
}

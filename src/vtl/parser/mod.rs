//! Velocity 1.7 parser: template text → [`Block`], with the exact whitespace rules of 1.7's
//! lexer (which text a directive swallows is part of the output, and golden files depend on it).
//!
//! Whitespace rules (Velocity 1.7 Parser.jjt; each pinned by tests/conformance/whitespace):
//! - The `)` closing a directive's arguments swallows trailing spaces/tabs plus one line break,
//!   but only when a line break follows; `#else`, `#end` do the same.
//! - `#set` also swallows the spaces/tabs before it, when they start a new token (after a
//!   directive, reference or comment, or at the start of the template), not when they follow
//!   other text on the line.
//! - `##` comments swallow their line break; `#* *#` comments do not.

mod cursor;
mod directive;
mod expr;
mod reference;

use std::sync::Arc;

use cursor::find_special;

use crate::vtl::ast::{Block, MacroDef, Name, Node, Text};
use crate::vtl::error::SyntaxError;
use crate::vtl::span::Span;

/// How deeply directives, expressions and references may nest before parsing stops with an
/// error instead of exhausting the stack.
pub const MAX_NESTING: usize = 64;

/// The result of parsing: the body and the macros it defines (Velocity 1.7 registers
/// macros while parsing, so a call may come before the definition).
pub struct Parsed {
    pub body: Block,
    pub macros: Vec<Arc<MacroDef>>,
    /// The variables the template names (each reference's root), or `None` when it has an
    /// `#evaluate`, whose text can name any.
    pub roots: Option<Vec<Box<str>>>,
}

pub fn parse(source: &str) -> Result<Parsed, SyntaxError> {
    let mut parser = Parser::new(source, 0);
    let (nodes, end) = parser.block(BlockContext::Top)?;
    debug_assert!(matches!(end, BlockEnd::Eof));
    Ok(Parsed {
        body: nodes,
        macros: parser.macros,
        roots: (!parser.evaluates).then_some(parser.roots),
    })
}

pub(crate) struct Parser<'s> {
    src: &'s str,
    bytes: &'s [u8],
    pos: usize,
    /// Offset of `src` inside the whole template (non-zero for string literals).
    base: usize,
    depth: usize,
    macros: Vec<Arc<MacroDef>>,
    /// Parsing the inside of a double-quoted string literal.
    in_string: bool,
    /// Root names of the references parsed so far (once each).
    roots: Vec<Box<str>>,
    /// An `#evaluate` was parsed.
    evaluates: bool,
}

/// Where a block is, which decides which directives may end it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BlockContext {
    Top,
    /// Inside `#if`/`#elseif`: `#elseif`, `#else` and `#end` end it.
    IfBranch,
    /// Inside `#else`, `#foreach`, `#macro`, `#define`: only `#end`.
    Body,
}

enum BlockEnd {
    Eof,
    End,
    Else,
    ElseIf(crate::vtl::ast::Expr),
}

impl<'s> Parser<'s> {
    fn new(src: &'s str, base: usize) -> Parser<'s> {
        Parser {
            src,
            bytes: src.as_bytes(),
            pos: 0,
            base,
            depth: 0,
            macros: Vec::new(),
            in_string: false,
            roots: Vec::new(),
            evaluates: false,
        }
    }

    fn note_root(&mut self, root: &str) {
        if !self.roots.iter().any(|r| **r == *root) {
            self.roots.push(Box::from(root));
        }
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(start + self.base, end + self.base)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.pos + ahead).copied()
    }

    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(SyntaxError::new(
                self.span(self.pos, self.pos),
                format!("nesting deeper than {MAX_NESTING} levels"),
            )
            .help("split the template into smaller pieces"));
        }
        Ok(())
    }

    /// Parses a double-quoted string literal's content as a template of its own.
    fn sub_template(&mut self, source: &str, offset: usize) -> Result<Block, SyntaxError> {
        let mut sub = Parser::new(source, self.base + offset);
        sub.depth = self.depth;
        sub.in_string = true;
        let (nodes, _) = sub.block(BlockContext::Top)?;
        self.macros.append(&mut sub.macros);
        for root in sub.roots {
            self.note_root(&root);
        }
        self.evaluates |= sub.evaluates;
        Ok(nodes)
    }

    /// Parses nodes until the end of input or a directive that ends `context`.
    fn block(&mut self, context: BlockContext) -> Result<(Block, BlockEnd), SyntaxError> {
        self.enter()?;
        let r = self.block_inner(context);
        self.depth -= 1;
        r
    }

    fn block_inner(&mut self, context: BlockContext) -> Result<(Block, BlockEnd), SyntaxError> {
        let mut out = NodeSink::new(self.base);
        // `run_start`: where the current run of plain text began (for the `#set` rule);
        // `flushed`: how far the source has been copied into `out`.
        let mut run_start = self.pos;
        let mut flushed = self.pos;
        loop {
            let Some(q) = find_special(self.bytes, self.pos) else {
                out.source(self.src, flushed, self.bytes.len());
                self.pos = self.bytes.len();
                return Ok((out.finish(), BlockEnd::Eof));
            };
            match self.bytes[q] {
                b'$' => {
                    if let Some((r, end)) = self.reference_at(q)? {
                        out.source(self.src, flushed, q);
                        out.node(Node::Reference(r));
                        self.pos = end;
                        run_start = end;
                        flushed = end;
                        continue;
                    }
                    self.pos = q + 1;
                    match self.bytes.get(q + 1) {
                        None => return Err(self.lone_at_end(q, '$')),
                        Some(b'!') if q + 2 >= self.bytes.len() => {
                            return Err(self.lone_at_end(q, '$'))
                        }
                        // `$!` before something that is not a name prints as `$` (1.7's
                        // lexer drops the `!`).
                        Some(b'!') if !matches!(self.bytes.get(q + 2), Some(b'{') | Some(b'$')) => {
                            out.source(self.src, flushed, q + 1);
                            self.pos = q + 2;
                            flushed = q + 2;
                        }
                        Some(_) => {}
                    }
                }
                b'\\' => {
                    let (consumed, emitted) = self.escape(q)?;
                    if let Some(emitted) = emitted {
                        out.source(self.src, flushed, q);
                        out.computed(&emitted, q, consumed);
                        run_start = consumed;
                        flushed = consumed;
                    }
                    self.pos = consumed;
                }
                _ => {
                    // Where `#set` would start swallowing: the spaces before it when they
                    // begin a token, and also a lone `$` or `#` right before those spaces
                    // (Velocity 1.7 drops `x# #set(..)` to `x`, via the oracle).
                    let before = &self.src[run_start..q];
                    let trimmed = before.trim_end_matches([' ', '\t']).len();
                    let swallow_from = if trimmed == 0 {
                        Some(run_start)
                    } else if matches!(before.as_bytes()[trimmed - 1], b'$' | b'#') {
                        Some(run_start + trimmed - 1)
                    } else {
                        None
                    };
                    match self.hash(q, context, swallow_from.is_some())? {
                        Hash::Literal => {
                            if q + 1 >= self.bytes.len() {
                                return Err(self.lone_at_end(q, '#'));
                            }
                            self.pos = q + 1;
                        }
                        Hash::Node(node, swallow_before) => {
                            let keep_to = match swallow_from {
                                Some(from) if swallow_before => from.max(flushed),
                                _ => q,
                            };
                            out.source(self.src, flushed, keep_to);
                            if let Some(node) = node {
                                out.node(node);
                            }
                            run_start = self.pos;
                            flushed = self.pos;
                        }
                        Hash::Text(text) => {
                            out.source(self.src, flushed, q);
                            out.computed(&text, q, self.pos);
                            run_start = self.pos;
                            flushed = self.pos;
                        }
                        Hash::End(end) => {
                            out.source(self.src, flushed, q);
                            return Ok((out.finish(), end));
                        }
                    }
                }
            }
        }
    }

    /// `#name` at `i` naming a macro defined earlier in the template (escapable like a
    /// directive: `\#m()` prints `#m()`).
    fn macro_name_at(&self, i: usize) -> Option<(usize, &'static str)> {
        let start = i + 1;
        let mut j = start;
        while j < self.bytes.len() && cursor::is_word_char(self.bytes[j]) {
            j += 1;
        }
        let name = &self.src[start..j];
        (!name.is_empty() && self.macros.iter().any(|m| &*m.name == name)).then_some((j, "macro"))
    }

    fn lone_at_end(&self, at: usize, c: char) -> SyntaxError {
        SyntaxError::new(
            self.span(at, at + 1),
            format!("a lone `{c}` at the end of the template"),
        )
        .label("Velocity 1.7's lexer fails here")
        .help(format!(
            "API Gateway rejects this template; write `{c}` followed by something, or remove it"
        ))
    }

    /// Backslashes before `$ref` or `#directive` escape them: each pair prints one backslash,
    /// and an odd one out makes the reference or directive print as text. Returns the position
    /// after what was consumed and the text to print (None: the backslashes are plain text).
    fn escape(&mut self, q: usize) -> Result<(usize, Option<String>), SyntaxError> {
        let mut i = q;
        while self.bytes.get(i) == Some(&b'\\') {
            i += 1;
        }
        let n = i - q;
        let half = "\\".repeat(n / 2);
        match self.bytes.get(i) {
            Some(b'$') => match self.reference_at(i)? {
                Some((r, end)) if n % 2 == 1 => Ok((end, Some(format!("{half}{}", r.text)))),
                // An even count: the backslashes print halved and the reference is live.
                Some(_) => Ok((i, Some(half))),
                None => Ok((i, None)),
            },
            Some(b'#') => {
                let name =
                    directive::directive_name_at(self.bytes, i).or_else(|| self.macro_name_at(i));
                match name {
                    Some((name_end, _)) if n % 2 == 1 => {
                        Ok((name_end, Some(format!("{half}{}", &self.src[i..name_end]))))
                    }
                    // Before `#set` the backslashes all print (1.7's SET_DIRECTIVE token).
                    Some((_, "set")) => Ok((i, Some("\\".repeat(n)))),
                    Some(_) => Ok((i, Some(half))),
                    None => Ok((i, None)),
                }
            }
            _ => Ok((i, None)),
        }
    }
}

/// What a `#` turned out to start.
enum Hash {
    /// Not a directive: the `#` is text.
    Literal,
    /// A node (or nothing, for comments and macro definitions); `true` when it swallows the
    /// whitespace before it (`#set`).
    Node(Option<Node>, bool),
    /// Literal text (`#[[ ]]#`, an unknown `#word`).
    Text(String),
    End(BlockEnd),
}

/// Collects nodes, merging adjacent text and remembering where the text came from.
struct NodeSink {
    nodes: Vec<Node>,
    text: String,
    /// Source range (local offsets) of the pending text.
    range: Option<(usize, usize)>,
    base: usize,
}

impl NodeSink {
    fn new(base: usize) -> NodeSink {
        NodeSink {
            nodes: Vec::new(),
            text: String::new(),
            range: None,
            base,
        }
    }

    /// Text copied from `src[start..end]`.
    fn source(&mut self, src: &str, start: usize, end: usize) {
        if start < end {
            self.text.push_str(&src[start..end]);
            self.extend(start, end);
        }
    }

    /// Text produced from `src[start..end]` (escapes, `#[[ ]]#`).
    fn computed(&mut self, s: &str, start: usize, end: usize) {
        if !s.is_empty() {
            self.text.push_str(s);
            self.extend(start, end);
        }
    }

    fn extend(&mut self, start: usize, end: usize) {
        self.range = Some(match self.range {
            Some((a, _)) => (a, end),
            None => (start, end),
        });
    }

    fn node(&mut self, n: Node) {
        self.flush();
        self.nodes.push(n);
    }

    fn flush(&mut self) {
        if !self.text.is_empty() {
            // Copy out and keep the buffer: its capacity serves the next text run.
            let text = Name::new(self.text.as_str());
            self.text.clear();
            let (a, b) = self.range.take().unwrap_or_default();
            self.nodes.push(Node::Text(Text {
                text,
                span: Span::new(a + self.base, b + self.base),
            }));
        }
        self.range = None;
    }

    fn finish(mut self) -> Block {
        self.flush();
        Arc::new(self.nodes)
    }
}

//! Directives: `#set`, `#if`/`#elseif`/`#else`/`#end`, `#foreach`, `#macro`, `#define`,
//! `#evaluate`, `#break`, `#stop`, `#include`/`#parse`, comments, `#[[ ]]#` and macro calls.

use std::sync::Arc;

use super::cursor::{is_ident_start, is_space, is_word_char};
use super::{BlockContext, BlockEnd, Hash, Parser};
use crate::vtl::ast::{
    ForeachDirective, IfDirective, MacroCall, MacroDef, Name, Node, SetDirective,
};
use crate::vtl::error::SyntaxError;

const DIRECTIVES: &[&str] = &[
    "set", "if", "elseif", "else", "end", "foreach", "break", "stop", "define", "macro",
    "evaluate", "include", "parse", "literal",
];

/// The end of a known directive's name at `i` (a `#`), for `\#if` escapes.
pub(super) fn directive_name_at(bytes: &[u8], i: usize) -> Option<(usize, &str)> {
    let (start, braced) = if bytes.get(i + 1) == Some(&b'{') {
        (i + 2, true)
    } else {
        (i + 1, false)
    };
    let mut j = start;
    while j < bytes.len() && is_word_char(bytes[j]) {
        j += 1;
    }
    let name = std::str::from_utf8(&bytes[start..j]).ok()?;
    if !DIRECTIVES.contains(&name) {
        return None;
    }
    if braced {
        if bytes.get(j) != Some(&b'}') {
            return None;
        }
        j += 1;
    }
    Some((j, name))
}

impl Parser<'_> {
    /// Handles the `#` at `q`.
    pub(super) fn hash(
        &mut self,
        q: usize,
        context: BlockContext,
        at_token_start: bool,
    ) -> Result<Hash, SyntaxError> {
        let b = self.bytes;
        match b.get(q + 1) {
            Some(b'#') => {
                // A line comment swallows its line break.
                let end = b[q..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(b.len(), |i| q + i + 1);
                self.pos = end;
                return Ok(Hash::Node(None, false));
            }
            Some(b'*') => {
                let Some(end) = self.src[q + 2..].find("*#") else {
                    return Err(
                        SyntaxError::new(self.span(q, q + 2), "unterminated comment")
                            .label("this `#*` comment is never closed")
                            .help("close it with `*#`"),
                    );
                };
                self.pos = q + 2 + end + 2;
                return Ok(Hash::Node(None, false));
            }
            Some(b'@') if b.get(q + 2).copied().is_some_and(is_ident_start) => {
                return self.block_macro_call(q);
            }
            Some(b'[') if b.get(q + 2) == Some(&b'[') => {
                let Some(end) = self.src[q + 3..].find("]]#") else {
                    return Err(
                        SyntaxError::new(self.span(q, q + 3), "unterminated `#[[` block")
                            .label("this unparsed block is never closed")
                            .help("close it with `]]#`"),
                    );
                };
                let text = self.src[q + 3..q + 3 + end].to_string();
                self.pos = q + 3 + end + 3;
                return Ok(Hash::Text(text));
            }
            _ => {}
        }
        let (name_start, braced) = if b.get(q + 1) == Some(&b'{') {
            (q + 2, true)
        } else {
            (q + 1, false)
        };
        if !b.get(name_start).copied().is_some_and(is_ident_start) {
            return Ok(Hash::Literal);
        }
        let mut j = name_start;
        while j < b.len() && is_word_char(b[j]) {
            j += 1;
        }
        if braced && b.get(j) != Some(&b'}') {
            return Ok(Hash::Literal);
        }
        let name = &self.src[name_start..j];
        let after = if braced { j + 1 } else { j };
        self.pos = after;
        let start = q;
        match name {
            "set" => self.set_directive(start, at_token_start),
            "if" => self.if_directive(start),
            "elseif" | "else" | "end" => self.block_end(start, name, context),
            "foreach" => self.foreach_directive(start),
            "macro" => self.macro_directive(start),
            "define" => self.define_directive(start),
            "literal" => {
                // `#literal() ... #end` prints its body as written.
                self.open_paren("#literal")?;
                self.close_paren("#literal")?;
                let body_start = self.pos;
                let (_, end) = self.block(BlockContext::Body)?;
                if !matches!(end, BlockEnd::End) {
                    return Err(self.unclosed(start, "#literal"));
                }
                let body_end = self.src[..self.pos]
                    .rfind("#end")
                    .unwrap_or(self.pos)
                    .max(body_start);
                let body_end = self.src[..self.pos]
                    .rfind("#{end}")
                    .filter(|&p| p >= body_end.saturating_sub(2) && p > body_start)
                    .unwrap_or(body_end);
                Ok(Hash::Text(self.src[body_start..body_end].to_string()))
            }
            "evaluate" => {
                self.open_paren("#evaluate")?;
                let argument = self.parameter()?;
                self.close_paren("#evaluate")?;
                self.evaluates = true;
                Ok(Hash::Node(
                    Some(Node::Evaluate {
                        argument,
                        span: self.span(start, self.pos),
                    }),
                    false,
                ))
            }
            "include" | "parse" => {
                self.open_paren(if name == "include" {
                    "#include"
                } else {
                    "#parse"
                })?;
                self.call_arguments()?;
                self.close_paren("the argument list")?;
                Ok(Hash::Node(
                    Some(Node::Include {
                        directive: if name == "include" {
                            "include"
                        } else {
                            "parse"
                        },
                        span: self.span(start, self.pos),
                    }),
                    false,
                ))
            }
            "break" | "stop" => {
                // `#break($foreach)` names the scope to leave; only loops exist here.
                let save = self.pos;
                let mut scope = None;
                if self.skip_spaces_then(b'(') {
                    scope = self.call_arguments()?.into_iter().next();
                    self.close_paren("#break")?;
                } else {
                    self.pos = save;
                }
                let span = self.span(start, self.pos);
                Ok(Hash::Node(
                    Some(if name == "break" {
                        Node::Break { scope, span }
                    } else {
                        Node::Stop(span)
                    }),
                    false,
                ))
            }
            _ => self.macro_call(start, name),
        }
    }

    /// Skips spaces and tabs; consumes `c` if it comes next. Otherwise restores the position.
    fn skip_spaces_then(&mut self, c: u8) -> bool {
        let mut i = self.pos;
        while i < self.bytes.len() && is_space(self.bytes[i]) {
            i += 1;
        }
        if self.bytes.get(i) == Some(&c) {
            self.pos = i + 1;
            true
        } else {
            false
        }
    }

    fn open_paren(&mut self, directive: &str) -> Result<(), SyntaxError> {
        if self.skip_spaces_then(b'(') {
            Ok(())
        } else {
            Err(self
                .unexpected(&format!("`(` after {directive}"))
                .help(format!("write {directive}( ... )")))
        }
    }

    /// The `)` that closes a directive, with the line break after it.
    fn close_paren(&mut self, what: &str) -> Result<(), SyntaxError> {
        self.skip_arg_space();
        if self.peek() != Some(b')') {
            return Err(self.unexpected(&format!("`)` to close {what}")));
        }
        self.pos += 1;
        self.swallow_line_end();
        Ok(())
    }

    /// Spaces/tabs and one line break, only if the line break is there.
    fn swallow_line_end(&mut self) {
        let mut i = self.pos;
        while i < self.bytes.len() && is_space(self.bytes[i]) {
            i += 1;
        }
        match self.bytes.get(i) {
            Some(b'\n') => self.pos = i + 1,
            Some(b'\r') => {
                self.pos = if self.bytes.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                }
            }
            _ => {}
        }
    }

    fn set_directive(&mut self, start: usize, at_token_start: bool) -> Result<Hash, SyntaxError> {
        // Without `(`, `#set` is plain text (Velocity 1.7 prints `#set $a = 1` as `#set  = 1`).
        let after_name = self.pos;
        if !self.skip_spaces_then(b'(') {
            self.pos = after_name;
            return Ok(Hash::Text(self.src[start..after_name].to_string()));
        }
        self.skip_arg_space();
        let target = match self.peek() {
            Some(b'$') => match self.reference_at(self.pos)? {
                Some((r, end)) => {
                    self.pos = end;
                    r
                }
                None => return Err(self.unexpected("a $reference to assign to")),
            },
            _ => {
                return Err(self
                    .unexpected("a $reference to assign to")
                    .help("write #set($name = value)"))
            }
        };
        if target.quiet {
            // `#set($!a = 1)` is accepted by Velocity; the `!` has no effect.
        }
        self.skip_arg_space();
        if self.peek() != Some(b'=') {
            return Err(self.unexpected("`=`").help("write #set($name = value)"));
        }
        self.pos += 1;
        let value = self.expression()?;
        self.close_paren("#set")?;
        Ok(Hash::Node(
            Some(Node::Set(Box::new(SetDirective {
                target,
                value,
                span: self.span(start, self.pos),
            }))),
            at_token_start,
        ))
    }

    fn condition(&mut self, directive: &str) -> Result<crate::vtl::ast::Expr, SyntaxError> {
        self.open_paren(directive)?;
        let cond = self.expression()?;
        self.close_paren(directive)?;
        Ok(cond)
    }

    fn if_directive(&mut self, start: usize) -> Result<Hash, SyntaxError> {
        let mut cond = self.condition("#if")?;
        let mut branches = Vec::new();
        loop {
            let (body, end) = self.block(BlockContext::IfBranch)?;
            branches.push((cond, body));
            match end {
                BlockEnd::ElseIf(next) => cond = next,
                BlockEnd::Else => {
                    let (body, end) = self.block(BlockContext::Body)?;
                    if !matches!(end, BlockEnd::End) {
                        return Err(self.unclosed(start, "#if"));
                    }
                    return Ok(self.if_node(start, branches, Some(body)));
                }
                BlockEnd::End => return Ok(self.if_node(start, branches, None)),
                BlockEnd::Eof => return Err(self.unclosed(start, "#if")),
            }
        }
    }

    fn if_node(
        &self,
        start: usize,
        branches: Vec<(crate::vtl::ast::Expr, crate::vtl::ast::Block)>,
        otherwise: Option<crate::vtl::ast::Block>,
    ) -> Hash {
        Hash::Node(
            Some(Node::If(Box::new(IfDirective {
                branches,
                otherwise,
                span: self.span(start, self.pos),
            }))),
            false,
        )
    }

    fn unclosed(&self, start: usize, directive: &str) -> SyntaxError {
        SyntaxError::new(
            self.span(start, start + directive.len()),
            format!("{directive} is never closed"),
        )
        .label(format!("this {directive} has no #end"))
        .help("add #end where the block should stop")
    }

    fn block_end(
        &mut self,
        start: usize,
        name: &str,
        context: BlockContext,
    ) -> Result<Hash, SyntaxError> {
        let allowed = match name {
            "end" => context != BlockContext::Top,
            _ => context == BlockContext::IfBranch,
        };
        if !allowed {
            let what = if name == "end" {
                "#end"
            } else {
                &format!("#{name}")[..]
            };
            let help = if name == "end" {
                "remove it, or open the block it should close (#if, #foreach, #macro, #define)"
            } else {
                "#elseif and #else must be inside an #if ... #end block"
            };
            return Err(SyntaxError::new(
                self.span(start, self.pos),
                format!("{what} without a matching opening directive"),
            )
            .label(format!("unexpected {what}"))
            .help(help));
        }
        if name == "elseif" {
            let cond = self.condition("#elseif")?;
            return Ok(Hash::End(BlockEnd::ElseIf(cond)));
        }
        self.swallow_line_end();
        Ok(Hash::End(if name == "end" {
            BlockEnd::End
        } else {
            BlockEnd::Else
        }))
    }

    fn body_until_end(
        &mut self,
        start: usize,
        directive: &str,
    ) -> Result<crate::vtl::ast::Block, SyntaxError> {
        let (body, end) = self.block(BlockContext::Body)?;
        match end {
            BlockEnd::End => Ok(body),
            _ => Err(self.unclosed(start, directive)),
        }
    }

    fn simple_variable(&mut self, what: &str) -> Result<Name, SyntaxError> {
        self.skip_arg_space();
        if self.peek() == Some(b'$') {
            if let Some((r, end)) = self.reference_at(self.pos)? {
                if r.parts.is_empty() {
                    self.pos = end;
                    return Ok(r.root);
                }
            }
        }
        Err(self.unexpected(what))
    }

    fn foreach_directive(&mut self, start: usize) -> Result<Hash, SyntaxError> {
        self.open_paren("#foreach")?;
        let variable = self.simple_variable("a loop variable such as `$item`")?;
        self.skip_arg_space();
        let save = self.pos;
        let iterable = if self.keyword("in") {
            self.skip_arg_space();
            if self.peek() == Some(b')') {
                None
            } else {
                Some(self.parameter()?)
            }
        } else {
            None
        };
        let iterable = match iterable {
            Some(e) => e,
            None => {
                // `#foreach($i in)`, `#foreach($i [1])`: Velocity 1.7 runs no iteration.
                self.pos = save;
                self.skip_to_close_paren()?;
                crate::vtl::ast::Expr {
                    kind: crate::vtl::ast::ExprKind::Bool(false),
                    span: self.span(save, self.pos),
                }
            }
        };
        self.close_paren("#foreach")?;
        let body = self.body_until_end(start, "#foreach")?;
        Ok(Hash::Node(
            Some(Node::Foreach(Box::new(ForeachDirective {
                variable,
                iterable,
                body,
                span: self.span(start, self.pos),
            }))),
            false,
        ))
    }

    fn macro_directive(&mut self, start: usize) -> Result<Hash, SyntaxError> {
        self.open_paren("#macro")?;
        self.skip_arg_space();
        let name_start = self.pos;
        while self.pos < self.bytes.len() && is_word_char(self.bytes[self.pos]) {
            self.pos += 1;
        }
        if name_start == self.pos || !is_ident_start(self.bytes[name_start]) {
            return Err(self
                .unexpected("the macro's name")
                .help("write #macro(name $arg1 $arg2)"));
        }
        let name = Name::new(&self.src[name_start..self.pos]);
        let mut params = Vec::new();
        loop {
            self.skip_arg_space();
            match self.peek() {
                Some(b')') => break,
                Some(b',') => self.pos += 1,
                _ => params.push(self.simple_variable("a parameter such as `$arg`, or `)`")?),
            }
        }
        self.close_paren("#macro")?;
        let body = self.body_until_end(start, "#macro")?;
        self.macros.push(Arc::new(MacroDef {
            name,
            params,
            body,
            span: self.span(start, self.pos),
        }));
        Ok(Hash::Node(None, false))
    }

    fn define_directive(&mut self, start: usize) -> Result<Hash, SyntaxError> {
        self.open_paren("#define")?;
        self.skip_arg_space();
        if self.peek() == Some(b')') {
            return Err(SyntaxError::new(
                self.span(start, self.pos + 1),
                "#define needs a block name",
            )
            .label("no $name here")
            .help("write #define($block) ... #end"));
        }
        let save = self.pos;
        let Ok(name) = self.simple_variable("a name such as `$block`") else {
            // `#define('x')`: Velocity renders nothing for the whole block.
            self.pos = save;
            self.skip_to_close_paren()?;
            self.body_until_end(start, "#define")?;
            return Ok(Hash::Node(None, false));
        };
        self.close_paren("#define")?;
        let body = self.body_until_end(start, "#define")?;
        Ok(Hash::Node(
            Some(Node::Define {
                name,
                body,
                span: self.span(start, self.pos),
            }),
            false,
        ))
    }

    /// Moves to the `)` closing the current directive's arguments (for directives whose
    /// malformed arguments Velocity tolerates).
    fn skip_to_close_paren(&mut self) -> Result<(), SyntaxError> {
        match self.src[self.pos..].find(')') {
            Some(i) => {
                self.pos += i;
                Ok(())
            }
            None => Err(self.unexpected("`)`")),
        }
    }

    /// Arguments of a macro call or `#include`: parameters separated by spaces or commas.
    fn call_arguments(&mut self) -> Result<Vec<crate::vtl::ast::Expr>, SyntaxError> {
        let mut args = Vec::new();
        loop {
            self.skip_arg_space();
            match self.peek() {
                Some(b')') | None => return Ok(args),
                Some(b',') => self.pos += 1,
                _ => {
                    let e = self.parameter()?;
                    args.push(e);
                }
            }
        }
    }

    /// `#@name(args) body #end` (Velocity 1.7 block macros): the body reaches the macro as
    /// `$bodyContent`.
    fn block_macro_call(&mut self, start: usize) -> Result<Hash, SyntaxError> {
        let name_start = start + 2;
        let mut j = name_start;
        while j < self.bytes.len() && is_word_char(self.bytes[j]) {
            j += 1;
        }
        let name = self.src[name_start..j].to_string();
        self.pos = j;
        self.open_paren(&format!("#@{name}"))?;
        let args = self.call_arguments()?;
        self.close_paren("the macro call")?;
        let text_end = self.pos;
        let body = self.body_until_end(start, &format!("#@{name}"))?;
        Ok(Hash::Node(
            Some(Node::MacroCall(Box::new(MacroCall {
                name: Name::new(name.as_str()),
                args,
                body: Some(body),
                text: Arc::from(&self.src[start..text_end]),
                span: self.span(start, text_end),
            }))),
            false,
        ))
    }

    /// `#name(...)`: a macro call, resolved when rendering. Without `(` it is plain text.
    fn macro_call(&mut self, start: usize, name: &str) -> Result<Hash, SyntaxError> {
        let after_name = self.pos;
        if !self.skip_spaces_then(b'(') {
            // `#name` without arguments: a call if such a macro exists, else text.
            self.pos = after_name;
            if self.in_string {
                return Ok(Hash::Text(self.src[start..after_name].to_string()));
            }
            return Ok(Hash::Node(
                Some(Node::MacroCall(Box::new(MacroCall {
                    name: Name::new(name),
                    args: Vec::new(),
                    body: None,
                    text: Arc::from(&self.src[start..after_name]),
                    span: self.span(start, after_name),
                }))),
                false,
            ));
        }
        let args = self.call_arguments()?;
        if self.peek() != Some(b')') {
            return Err(self.unexpected("`)` to close the macro call"));
        }
        self.pos += 1;
        let text_end = self.pos;
        // A string literal is a template of its own in Velocity 1.7, and the enclosing
        // template's macros are not visible there: the call prints as text.
        if self.in_string {
            return Ok(Hash::Text(self.src[start..text_end].to_string()));
        }
        self.swallow_line_end();
        Ok(Hash::Node(
            Some(Node::MacroCall(Box::new(MacroCall {
                name: Name::new(name),
                args,
                body: None,
                text: Arc::from(&self.src[start..text_end]),
                span: self.span(start, text_end),
            }))),
            false,
        ))
    }
}

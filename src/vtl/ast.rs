//! The syntax tree of a Velocity template. Every node keeps its byte span; blocks are shared
//! (`Arc`) so `#define` values and macros can hold them without copying.

use std::sync::Arc;

use crate::vtl::span::Span;
use crate::vtl::value::Str;

/// A name or short source text held by the tree. Inline up to 23 bytes, so the identifiers
/// and most reference texts of a template cost no allocation to parse or free.
pub type Name = compact_str::CompactString;

/// A sequence of nodes.
pub type Block = Arc<Vec<Node>>;

#[derive(Debug, Clone)]
pub enum Node {
    /// Literal output (escapes already resolved).
    Text(Text),
    /// `$a.b(...)` in text.
    Reference(Reference),
    /// `\$a`: the reference's own text is printed (API Gateway's null handling makes an
    /// escaped reference print without its backslash whether or not it is defined).
    EscapedReference {
        text: Str,
        span: Span,
    },
    Set(Box<SetDirective>),
    If(Box<IfDirective>),
    Foreach(Box<ForeachDirective>),
    /// `#break`, or `#break($foreach.parent)` to leave an outer loop.
    Break {
        scope: Option<Expr>,
        span: Span,
    },
    Stop(Span),
    Define {
        name: Name,
        body: Block,
        span: Span,
    },
    MacroCall(Box<MacroCall>),
    Evaluate {
        argument: Expr,
        span: Span,
    },
    /// `#include` / `#parse`: API Gateway has no template files, so executing one fails.
    Include {
        directive: &'static str,
        span: Span,
    },
}

/// Literal output and the source it came from. Dereferences to the text.
#[derive(Debug, Clone)]
pub struct Text {
    pub text: Name,
    pub span: Span,
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

#[derive(Debug, Clone)]
pub struct Reference {
    /// `$!a`: a null value prints nothing even in stock Velocity.
    pub quiet: bool,
    pub root: Name,
    pub parts: Vec<RefPart>,
    /// The source text, printed when a null reference renders literally (stock Velocity).
    pub text: Name,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum RefPart {
    Property {
        name: Name,
        span: Span,
    },
    Method {
        name: Name,
        args: Vec<Expr>,
        span: Span,
    },
    Index {
        index: Expr,
        span: Span,
    },
}

impl RefPart {
    pub fn span(&self) -> Span {
        match self {
            RefPart::Property { span, .. }
            | RefPart::Method { span, .. }
            | RefPart::Index { span, .. } => *span,
        }
    }
}

#[derive(Debug, Clone)]
pub struct SetDirective {
    pub target: Reference,
    pub value: Expr,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct IfDirective {
    /// `#if` then each `#elseif`.
    pub branches: Vec<(Expr, Block)>,
    pub otherwise: Option<Block>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct ForeachDirective {
    pub variable: Name,
    pub iterable: Expr,
    pub body: Block,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct MacroDef {
    pub name: Name,
    pub params: Vec<Name>,
    pub body: Block,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct MacroCall {
    pub name: Name,
    pub args: Vec<Expr>,
    /// `#@name(...) body #end`: the body the macro sees as `$bodyContent`.
    pub body: Option<Block>,
    /// The call's source text: printed as-is when no such macro exists (Velocity 1.7).
    pub text: Str,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Str(Str),
    /// A double-quoted string containing `$` or `#`: rendered as a small template.
    Interpolated(Block),
    Int(i32),
    Long(i64),
    BigInt(Str),
    Double(f64),
    Bool(bool),
    Reference(Reference),
    List(Vec<Expr>),
    Map(Vec<(Expr, Expr)>),
    Range(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryOp {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Or => "||",
            BinaryOp::And => "&&",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Mod => "%",
        }
    }
}

//! A step budget for the whole render, so that nested loops or recursion that stay within
//! every individual limit still end.

use crate::vtl::error::{RenderError, RenderErrorKind};
use crate::vtl::settings::Limits;
use crate::vtl::span::Span;

pub(super) struct Fuel {
    left: u64,
    max: u64,
}

impl Fuel {
    pub(super) fn new(limits: &Limits) -> Fuel {
        Fuel {
            left: limits.max_steps,
            max: limits.max_steps,
        }
    }

    pub(super) fn step(&mut self, span: Span) -> Result<(), RenderError> {
        if self.left == 0 {
            return Err(RenderError::new(
                RenderErrorKind::LimitExceeded {
                    limit: "max_steps",
                    value: self.max as usize,
                },
                span,
            ));
        }
        self.left -= 1;
        Ok(())
    }
}

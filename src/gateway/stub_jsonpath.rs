//! Temporary stand-in until the Jayway evaluator lands: `$`, `.name`, `['name']`, `[n]`.
use crate::vtl::value::Value;

#[derive(Debug, Clone)]
pub struct PathError {
    pub message: String,
    pub offset: usize,
}

pub struct JsonPath(Vec<Step>);

enum Step {
    Key(String),
    Index(usize),
}

impl JsonPath {
    pub fn parse(path: &str) -> Result<JsonPath, PathError> {
        let rest = path.strip_prefix('$').unwrap_or(path);
        let mut steps = Vec::new();
        for seg in rest.split('.').filter(|s| !s.is_empty()) {
            let (name, idx) = match seg.find('[') {
                Some(i) => (&seg[..i], Some(&seg[i..])),
                None => (seg, None),
            };
            if !name.is_empty() {
                steps.push(Step::Key(name.to_string()));
            }
            if let Some(idx) = idx {
                for part in idx.split('[').filter(|s| !s.is_empty()) {
                    let inner = part.trim_end_matches(']').trim_matches('\'');
                    match inner.parse::<usize>() {
                        Ok(n) => steps.push(Step::Index(n)),
                        Err(_) => steps.push(Step::Key(inner.to_string())),
                    }
                }
            }
        }
        Ok(JsonPath(steps))
    }

    pub fn read(&self, root: &Value) -> Result<Option<Value>, PathError> {
        let mut cur = root.clone();
        for s in &self.0 {
            let next = match (&cur, s) {
                (Value::Map(m), Step::Key(k)) => m.borrow().entries.get(k.as_str()).cloned(),
                (Value::List(l), Step::Index(i)) => l.borrow().items.get(*i).cloned(),
                _ => None,
            };
            match next {
                Some(v) => cur = v,
                None => return Ok(None),
            }
        }
        Ok(Some(cur))
    }
}

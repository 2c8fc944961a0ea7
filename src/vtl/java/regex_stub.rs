//! Temporary stand-in until the Java regex front end lands.
#[derive(Clone, Debug)]
pub struct JavaRegex(fancy_regex::Regex);
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegexError {
    pub message: String,
}
impl JavaRegex {
    pub fn cached(p: &str, _l: usize) -> Result<JavaRegex, RegexError> {
        fancy_regex::Regex::new(p)
            .map(JavaRegex)
            .map_err(|e| RegexError {
                message: e.to_string(),
            })
    }
    pub fn is_match_whole(&self, t: &str) -> Result<bool, RegexError> {
        Ok(self
            .0
            .find(t)
            .ok()
            .flatten()
            .is_some_and(|m| m.start() == 0 && m.end() == t.len()))
    }
    pub fn replace_all(&self, t: &str, r: &str) -> Result<String, RegexError> {
        Ok(self.0.replace_all(t, r).to_string())
    }
    pub fn replace_first(&self, t: &str, r: &str) -> Result<String, RegexError> {
        Ok(self.0.replace(t, r).to_string())
    }
    pub fn split(&self, t: &str) -> Result<Vec<String>, RegexError> {
        Ok(self
            .0
            .split(t)
            .filter_map(|x| x.ok())
            .map(String::from)
            .collect())
    }
    pub fn split_limit(&self, t: &str, _l: i32) -> Result<Vec<String>, RegexError> {
        self.split(t)
    }
}

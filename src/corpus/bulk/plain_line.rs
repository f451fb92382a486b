//! The commonest JSON Lines claim read without serde: one flat object whose fields are all
//! known, given once, and strings without escapes, with spaces for its only whitespace and no
//! control characters. Such a line reads exactly as serde_json reads it (every text borrowed
//! from the line); any other line is left to serde_json, which reads it or says what is
//! wrong with it.

/// The texts of a claim's fields, in the order of [`slot`].
pub(super) type Fields<'l> = [Option<&'l str>; 12];

/// The fields of a line of the plain form, borrowed from the line; `None` for any other line (another kind of value, an escape, a control character, an unknown, repeated or
/// missing field, anything after the object).
pub(super) fn plain_fields(line: &str) -> Option<Fields<'_>> {
    if memchr::memchr(b'\\', line.as_bytes()).is_some() || has_control(line.as_bytes()) {
        return None;
    }
    let mut fields: Fields = [None; 12];
    let mut at = expect(line, skip_space(line, 0), b'{')?;
    loop {
        let (key, after) = string(line, skip_space(line, at))?;
        let slot = fields.get_mut(slot(key)?)?;
        let colon = expect(line, skip_space(line, after), b':')?;
        let (text, after) = string(line, skip_space(line, colon))?;
        if slot.replace(text).is_some() {
            return None;
        }
        at = skip_space(line, after);
        match line.as_bytes().get(at)? {
            b',' => at += 1,
            b'}' => break,
            _ => return None,
        }
    }
    (skip_space(line, at + 1) == line.len()).then_some(fields)
}

/// Whether `bytes` hold a control character (a tab or a carriage return is JSON whitespace
/// between tokens, but serde_json refuses one unescaped inside a string), looked for in every
/// byte without stopping, which the compiler does many bytes at a time.
fn has_control(bytes: &[u8]) -> bool {
    bytes.iter().fold(false, |found, &byte| found | (byte < 0x20))
}

/// Where a field goes among a claim's fields (the order its JSON form declares them in).
pub(super) fn slot(key: &str) -> Option<usize> {
    Some(match key {
        "source" => 0,
        "subject" => 1,
        "property" => 2,
        "value" => 3,
        "id" => 4,
        "as_of" => 5,
        "scope" => 6,
        "hedge" => 7,
        "attribution" => 8,
        "origin" => 9,
        "quote" => 10,
        "note" => 11,
        _ => return None,
    })
}

/// The position after `byte` at `at`, if it is there.
fn expect(line: &str, at: usize, byte: u8) -> Option<usize> {
    (line.as_bytes().get(at) == Some(&byte)).then_some(at + 1)
}

/// The first position from `at` that is not a space (the line holds no other whitespace).
fn skip_space(line: &str, at: usize) -> usize {
    let bytes = line.as_bytes().get(at..).unwrap_or_default();
    at + bytes.iter().take_while(|&&byte| byte == b' ').count()
}

/// The string starting at `at` and the position after it (the line holds no escapes).
fn string(line: &str, at: usize) -> Option<(&str, usize)> {
    let start = expect(line, at, b'"')?;
    let end = start + memchr::memchr(b'"', line.as_bytes().get(start..)?)?;
    Some((line.get(start..end)?, end + 1))
}

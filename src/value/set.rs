//! Entity references and open-world sets of them, as written.

/// Entities named (and explicitly excluded) by a value, before resolution to ids.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EntitySet {
    /// Names the value includes, in the order written, trimmed.
    pub included: Vec<String>,
    /// Names the value explicitly excludes (`not Islamic State`).
    pub excluded: Vec<String>,
    /// The value was `none`: the claim says there is no such entity.
    pub none: bool,
}

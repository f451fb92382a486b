//! The building blocks each format's writers share: CSV records, JSON shapes, Markdown cells,
//! terminal grids and what they are made of. The renderers (`report::csv`, `report::json`, ...) and the views
//! (`report::review`, `report::show`, `report::diff`) both use them, and they use neither,
//! so that a renderer calls its views' writers and no view reaches back into a renderer.

pub(super) mod csv;
pub(super) mod grid;
pub(super) mod json;
pub(super) mod markdown;
pub(super) mod table;

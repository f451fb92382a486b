//! A set of small numbers (source or node indexes) that empties in constant time, for sets
//! filled and emptied once per candidate or item: emptying a hash set costs its whole
//! capacity, which one large group makes large for every group after it.

/// A set of small numbers that empties in constant time: a number is in the set when its
/// mark is the current round's.
pub struct Marks {
    marks: Vec<u32>,
    round: u32,
}

impl Marks {
    /// An empty set, with room for numbers below `size` (it grows for larger ones).
    pub fn new(size: usize) -> Marks {
        Marks {
            marks: vec![0; size],
            round: 1,
        }
    }

    /// Empties the set.
    pub fn clear(&mut self) {
        self.round = self.round.wrapping_add(1);
        if self.round == 0 {
            self.marks.fill(0);
            self.round = 1;
        }
    }

    /// Whether `number` is in the set.
    pub fn contains(&self, number: usize) -> bool {
        self.marks.get(number) == Some(&self.round)
    }

    /// Adds `number`; false when it was there already.
    pub fn insert(&mut self, number: usize) -> bool {
        if number >= self.marks.len() {
            self.marks.resize(number + 1, 0);
        }
        match self.marks.get_mut(number) {
            Some(mark) if *mark != self.round => {
                *mark = self.round;
                true
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Marks;

    #[test]
    fn a_cleared_set_is_empty_and_grows_for_large_numbers() {
        let mut set = Marks::new(4);
        assert!(set.insert(2));
        assert!(!set.insert(2));
        assert!(set.contains(2) && !set.contains(3));
        assert!(set.insert(40), "a number past the size it was made with");
        set.clear();
        assert!(!set.contains(2) && !set.contains(40));
        assert!(set.insert(2));
    }

    #[test]
    fn the_round_wraps_without_reviving_old_marks() {
        let mut set = Marks::new(2);
        set.insert(1);
        set.round = u32::MAX;
        set.insert(0);
        set.clear();
        assert!(!set.contains(0) && !set.contains(1));
    }
}

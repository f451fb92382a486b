//! Word lists as regular expressions: the phrases of a list, matched with ASCII case folding,
//! factored into a trie of their letters (`a(?:bout|round)` for `about|around`). It matches
//! what the plain alternation of the phrases matches, in the same order of preference, with
//! far fewer branches for a backtracking engine to walk and a smaller automaton to compile.

/// A pattern that matches nothing. Its class is every character, negated: it is kept out of
/// case folding, which would otherwise look up the case of every character there is.
pub(super) const NOTHING: &str = "(?-i:[^\\s\\S])";

/// One step of a phrase: a character (ASCII letters in lower case) or a run of whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Char(char),
    Space,
}

/// A node of the trie: the phrases that end here and the steps that go on, in the order the
/// list first reaches them.
#[derive(Debug, Default)]
struct Node {
    ends: bool,
    children: Vec<(Step, Node)>,
}

/// A regex alternation of phrases in the order given, spaces matching any whitespace and
/// letters either case (ASCII). Where the plain alternation's order prefers a phrase to a
/// longer one that starts with it ("more" listed before "more than"), the trie would prefer
/// the longer one: the plain alternation is kept then.
pub(super) fn alternation<S: AsRef<str>>(phrases: &[S]) -> String {
    let steps: Vec<Vec<Step>> = phrases.iter().map(|phrase| steps_of(phrase.as_ref())).collect();
    if steps.is_empty() {
        return NOTHING.to_owned();
    }
    let body = if prefixes_come_last(&steps) {
        let mut root = Node::default();
        for phrase in &steps {
            root.insert(phrase);
        }
        root.pattern()
    } else {
        let plain: Vec<String> = steps.iter().map(|phrase| sequence(phrase)).collect();
        plain.join("|")
    };
    format!("(?-u:(?i:{body}))")
}

/// The steps of a phrase.
fn steps_of(phrase: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    for (index, word) in phrase.split_whitespace().enumerate() {
        if index > 0 {
            steps.push(Step::Space);
        }
        steps.extend(word.chars().map(|c| Step::Char(c.to_ascii_lowercase())));
    }
    steps
}

/// Whether every phrase comes after the longer phrases that start with it.
fn prefixes_come_last(steps: &[Vec<Step>]) -> bool {
    steps.iter().enumerate().all(|(index, phrase)| {
        steps
            .iter()
            .skip(index + 1)
            .all(|later| later.len() <= phrase.len() || !later.starts_with(phrase))
    })
}

/// A step as a regex.
fn step_pattern(step: Step) -> String {
    match step {
        Step::Char(c) => regex::escape(c.encode_utf8(&mut [0; 4])),
        Step::Space => r"\s+".to_owned(),
    }
}

/// A sequence of steps as a regex.
fn sequence(steps: &[Step]) -> String {
    steps.iter().map(|&step| step_pattern(step)).collect()
}

impl Node {
    /// Adds a phrase below this node.
    fn insert(&mut self, steps: &[Step]) {
        let Some((&first, rest)) = steps.split_first() else {
            self.ends = true;
            return;
        };
        let index = match self.children.iter().position(|(step, _)| *step == first) {
            Some(index) => index,
            None => {
                self.children.push((first, Node::default()));
                self.children.len() - 1
            }
        };
        if let Some((_, child)) = self.children.get_mut(index) {
            child.insert(rest);
        }
    }

    /// The regex of the phrases below this node: each step going on, then the empty phrase
    /// if one ends here (last, so that the longer phrases are preferred).
    fn pattern(&self) -> String {
        let mut branches: Vec<String> = self
            .children
            .iter()
            .map(|(step, child)| step_pattern(*step) + &child.pattern())
            .collect();
        match (branches.len(), self.ends) {
            (0, _) => String::new(),
            (1, false) => branches.remove(0),
            (_, ends) => {
                if ends {
                    branches.push(String::new());
                }
                format!("(?:{})", branches.join("|"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// The plain alternation the trie stands for.
    fn plain(phrases: &[&str]) -> String {
        let escaped: Vec<String> = phrases.iter().map(|phrase| sequence(&steps_of(phrase))).collect();
        format!("(?-u:(?i:{}))", escaped.join("|"))
    }

    /// Both patterns, inside the same context, find the same groups in every text.
    fn same_matches(phrases: &[&str], texts: &[&str]) {
        let context = |words: &str| Regex::new(&format!(r"(?P<w>{words})(?P<n>\s+[0-9]+)?\b")).unwrap();
        let (trie, plain) = (context(&alternation(phrases)), context(&plain(phrases)));
        for text in texts {
            let groups = |re: &Regex| {
                re.captures_iter(text)
                    .map(|c| (c.name("w").map(|m| m.range()), c.name("n").map(|m| m.range())))
                    .collect::<Vec<_>>()
            };
            assert_eq!(groups(&trie), groups(&plain), "{text}");
        }
    }

    #[test]
    fn factors_shared_beginnings() {
        assert_eq!(
            alternation(&["about", "around", "almost"]),
            "(?-u:(?i:a(?:bout|round|lmost)))"
        );
        assert_eq!(alternation(&["more than", "more"]), r"(?-u:(?i:more(?:\s+than|)))");
        assert_eq!(alternation::<&str>(&[]), NOTHING);
    }

    #[test]
    fn matches_as_the_plain_alternation() {
        let phrases = [
            "a little more than",
            "more than",
            "nearly",
            "more",
            "a few",
            "at least",
            "at most",
            "A",
            "x.y",
        ];
        let texts = [
            "a little more than 40 came, more than 3 left",
            "MORE  THAN 12 and more 5, moreover 6",
            "a few 9 and a 7, at  least 3, at most, at last",
            "Nearly 80 or x.y 2 or xzy 3",
            "",
        ];
        same_matches(&phrases, &texts);
    }

    #[test]
    fn keeps_the_order_when_a_shorter_phrase_comes_first() {
        let phrases = ["more", "more than", "over"];
        assert_eq!(alternation(&phrases), r"(?-u:(?i:more|more\s+than|over))");
        same_matches(&phrases, &["more than 40", "over 3 and more 2"]);
    }

    #[test]
    fn escapes_signs() {
        let phrases = ["km/h", "m.p.h", "a+b", "a+"];
        assert_eq!(alternation(&phrases), r"(?-u:(?i:(?:km/h|m\.p\.h|a\+(?:b|))))");
        same_matches(&phrases, &["40 km/h, 30 m.p.h 2, mxpxh 3, a+b 4, a+ 5, aab 6"]);
    }
}

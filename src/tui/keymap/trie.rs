//! The key trie of one layer: each node's children in binding order; a leaf points at a
//! binding, an inner node is a pending prefix whose children feed the which-key popup.
//! Room: tui (pure).

use crate::tui::key::Key;

/// A prefix of bindings. The root is the empty prefix.
#[derive(Debug, Clone, Default)]
pub(super) struct Node {
    children: Vec<(Key, Child)>,
}

#[derive(Debug, Clone)]
pub(super) enum Child {
    /// The index of a binding in the layer's list.
    Leaf(usize),
    Branch(Node),
}

/// Where a key sequence leads.
pub(super) enum Found<'a> {
    Leaf(usize),
    Prefix(&'a Node),
    Nothing,
}

impl Node {
    /// Adds `keys` → `binding`. Returns false, changing nothing, when `keys` is already
    /// bound, is the start of a binding, or a binding is its start.
    pub fn insert(&mut self, keys: &[Key], binding: usize) -> bool {
        let Some((first, rest)) = keys.split_first() else {
            return false;
        };
        match self.children.iter_mut().find(|(key, _)| key == first) {
            None if rest.is_empty() => {
                self.children.push((*first, Child::Leaf(binding)));
                true
            }
            None => {
                let mut node = Node::default();
                let inserted = node.insert(rest, binding);
                self.children.push((*first, Child::Branch(node)));
                inserted
            }
            Some((_, Child::Leaf(_))) => false,
            Some((_, Child::Branch(_))) if rest.is_empty() => false,
            Some((_, Child::Branch(node))) => node.insert(rest, binding),
        }
    }

    /// Follows `keys` from this node. The empty sequence leads nowhere.
    pub fn find(&self, keys: &[Key]) -> Found<'_> {
        let Some((first, rest)) = keys.split_first() else {
            return Found::Nothing;
        };
        match self.children.iter().find(|(key, _)| key == first) {
            None => Found::Nothing,
            Some((_, Child::Leaf(binding))) if rest.is_empty() => Found::Leaf(*binding),
            Some((_, Child::Leaf(_))) => Found::Nothing,
            Some((_, Child::Branch(node))) if rest.is_empty() => Found::Prefix(node),
            Some((_, Child::Branch(node))) => node.find(rest),
        }
    }

    /// The keys that may follow this prefix, with what each leads to.
    pub fn children(&self) -> &[(Key, Child)] {
        &self.children
    }

    /// How many bindings lie under this node.
    pub fn leaves(&self) -> usize {
        self.children
            .iter()
            .map(|(_, child)| match child {
                Child::Leaf(_) => 1,
                Child::Branch(node) => node.leaves(),
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::key::parse_sequence;

    fn keys(text: &str) -> Vec<Key> {
        parse_sequence(text).unwrap()
    }

    #[test]
    fn insert_refuses_conflicts() {
        let mut root = Node::default();
        assert!(root.insert(&keys("g c"), 0));
        assert!(root.insert(&keys("g i"), 1));
        assert!(!root.insert(&keys("g"), 2));
        assert!(!root.insert(&keys("g c"), 2));
        assert!(!root.insert(&keys("g c x"), 2));
        assert!(root.insert(&keys("q"), 2));
        assert_eq!(root.leaves(), 3);
    }

    #[test]
    fn find_walks_the_trie() {
        let mut root = Node::default();
        root.insert(&keys("g c"), 0);
        root.insert(&keys("q"), 1);
        assert!(matches!(root.find(&keys("q")), Found::Leaf(1)));
        assert!(matches!(root.find(&keys("g c")), Found::Leaf(0)));
        assert!(matches!(root.find(&keys("g")), Found::Prefix(node) if node.leaves() == 1));
        assert!(matches!(root.find(&keys("g x")), Found::Nothing));
        assert!(matches!(root.find(&keys("q q")), Found::Nothing));
        assert!(matches!(root.find(&[]), Found::Nothing));
    }
}

//! Algorithms over many bills of materials, given a lookup from an item id to its BOM:
//! gathering the BOMs reachable from an item, a parents-first order (or the cycle that
//! prevents one), explosion to leaf requirements, the indented tree and where-used. All are
//! iterative, so deep structures cannot overflow the stack. Room: domain (pure).

use std::collections::{HashMap, HashSet};

use rust_decimal::Decimal;

use super::{Bom, BomError, BomLine, Operation, add, div, mul};

/// The BOM of an item, or `None` for an item without one (a leaf). `'f` is the lookup's
/// own borrow, `'b` that of the BOMs it answers.
pub type Lookup<'f, 'b> = &'f dyn Fn(u64) -> Option<&'b Bom>;

/// Reads, through `fetch`, every BOM reachable from `roots` — each item is asked for once —
/// and returns them by parent id.
pub fn gather<E>(
    roots: impl IntoIterator<Item = u64>,
    fetch: &mut dyn FnMut(u64) -> Result<Option<Bom>, E>,
) -> Result<HashMap<u64, Bom>, E> {
    let mut boms = HashMap::new();
    let mut asked = HashSet::new();
    let mut pending: Vec<u64> = roots.into_iter().collect();
    while let Some(id) = pending.pop() {
        if !asked.insert(id) {
            continue;
        }
        if let Some(bom) = fetch(id)? {
            pending.extend(bom.lines.iter().map(|line| line.component_item_id));
            boms.insert(id, bom);
        }
    }
    Ok(boms)
}

/// The assemblies reachable from `root` (`root` first when it has a BOM), each once, every
/// parent before its components; or the first cycle met, as the path `[a, b, …, a]`.
pub fn order(root: u64, boms: Lookup<'_, '_>) -> Result<Vec<u64>, BomError> {
    let Some(bom) = boms(root) else {
        return Ok(Vec::new());
    };
    let mut open: HashSet<u64> = HashSet::from([root]);
    let mut done: HashSet<u64> = HashSet::new();
    let mut finished = Vec::new();
    let mut stack: Vec<(u64, &Bom, usize)> = vec![(root, bom, 0)];
    while let Some(top) = stack.last_mut() {
        let (id, bom, next) = *top;
        top.2 += 1;
        let Some(line) = bom.lines.get(next) else {
            open.remove(&id);
            done.insert(id);
            finished.push(id);
            stack.pop();
            continue;
        };
        let child = line.component_item_id;
        if open.contains(&child) {
            let start = stack.iter().position(|(at, ..)| *at == child).unwrap_or(0);
            let mut path: Vec<u64> = stack[start..].iter().map(|(at, ..)| *at).collect();
            path.push(child);
            return Err(BomError::Cycle(path));
        }
        if done.contains(&child) {
            continue;
        }
        if let Some(child_bom) = boms(child) {
            open.insert(child);
            stack.push((child, child_bom, 0));
        }
    }
    finished.reverse();
    Ok(finished)
}

/// The cycle that saving `bom` would create, as the path of item ids from its parent back
/// to it (`[A, B, C, A]`); `boms` answers the stored BOMs of the other items.
pub fn find_cycle<'b>(bom: &'b Bom, boms: Lookup<'_, 'b>) -> Option<Vec<u64>> {
    let lookup = |id: u64| {
        if id == bom.parent_item_id {
            Some(bom)
        } else {
            boms(id)
        }
    };
    match order(bom.parent_item_id, &lookup) {
        Err(BomError::Cycle(path)) => Some(path),
        _ => None,
    }
}

/// The leaf components `quantity` units of `root` need. A line of a BOM needs
/// N × quantity × (1 + scrap %) ÷ output quantity for N units of its parent; a
/// sub-assembly's needs are summed over all its parents before it is exploded in turn, and
/// leaves are summed across branches. Leaves come in the order they are first met; an item
/// without a BOM is its own only leaf. Nothing is rounded.
pub fn explode(
    root: u64,
    quantity: Decimal,
    boms: Lookup<'_, '_>,
) -> Result<Vec<(u64, Decimal)>, BomError> {
    let order = order(root, boms)?;
    if order.is_empty() {
        return Ok(vec![(root, quantity)]);
    }
    let mut need: HashMap<u64, Decimal> = HashMap::from([(root, quantity)]);
    let mut leaves = Vec::new();
    for (id, bom) in order.iter().filter_map(|id| Some((id, boms(*id)?))) {
        let units = need.get(id).copied().unwrap_or_default();
        for line in &bom.lines {
            let required = div(line.gross(units)?, bom.output_qty)?;
            let child = line.component_item_id;
            let total = need.entry(child).or_insert_with(|| {
                if boms(child).is_none() {
                    leaves.push(child);
                }
                Decimal::ZERO
            });
            *total = add(*total, required)?;
        }
    }
    Ok(leaves
        .into_iter()
        .map(|id| (id, need.get(&id).copied().unwrap_or_default()))
        .collect())
}

/// One row of the indented tree of a BOM.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// 0 for the root, 1 for its lines and operations, and so on.
    pub level: usize,
    pub part: Part,
    /// Units of this item — for an operation, minutes — that one unit of the root takes.
    pub per_unit: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// The root (without a line) or a component line of the assembly above it;
    /// `output_qty` is set when the item has a BOM of its own.
    Item {
        item_id: u64,
        line: Option<BomLine>,
        output_qty: Option<Decimal>,
    },
    Operation(Operation),
}

/// The BOM of `root` as an indented tree, depth first: every assembly is followed by its
/// lines (each expanded when it has a BOM) and then its operations. A sub-assembly used in
/// several places appears under each.
pub fn tree(root: u64, boms: Lookup<'_, '_>) -> Result<Vec<Node>, BomError> {
    order(root, boms)?;
    let item = |item_id: u64, line: Option<BomLine>, level: usize, per_unit: Decimal| Node {
        level,
        part: Part::Item {
            item_id,
            line,
            output_qty: boms(item_id).map(|bom| bom.output_qty),
        },
        per_unit,
    };
    let mut nodes = Vec::new();
    let mut pending = vec![item(root, None, 0, Decimal::ONE)];
    while let Some(node) = pending.pop() {
        let expand = match &node.part {
            Part::Item { item_id, .. } => boms(*item_id),
            Part::Operation(_) => None,
        };
        let (level, per_unit) = (node.level + 1, node.per_unit);
        nodes.push(node);
        let Some(bom) = expand else {
            continue;
        };
        let mut children = Vec::with_capacity(bom.lines.len() + bom.operations.len());
        for line in &bom.lines {
            let units = div(line.gross(per_unit)?, bom.output_qty)?;
            children.push(item(
                line.component_item_id,
                Some(line.clone()),
                level,
                units,
            ));
        }
        for operation in &bom.operations {
            children.push(Node {
                level,
                part: Part::Operation(operation.clone()),
                per_unit: div(mul(per_unit, operation.minutes)?, bom.output_qty)?,
            });
        }
        pending.extend(children.into_iter().rev());
    }
    Ok(nodes)
}

/// Every item whose BOM uses `item`, directly or through sub-assemblies, depth first and
/// each once: (level, parent, the component it uses on the way down to `item`).
/// `parents` answers the items whose BOM has a line of the given item.
pub fn where_used<E>(
    item: u64,
    parents: &mut dyn FnMut(u64) -> Result<Vec<u64>, E>,
) -> Result<Vec<(usize, u64, u64)>, E> {
    let mut found = Vec::new();
    let mut seen = HashSet::from([item]);
    let mut pending: Vec<(usize, u64, u64)> = Vec::new();
    let push = |pending: &mut Vec<_>, level: usize, child: u64, above: Vec<u64>| {
        pending.extend(above.into_iter().rev().map(|parent| (level, parent, child)));
    };
    push(&mut pending, 1, item, parents(item)?);
    while let Some((level, parent, child)) = pending.pop() {
        if !seen.insert(parent) {
            continue;
        }
        found.push((level, parent, child));
        push(&mut pending, level + 1, parent, parents(parent)?);
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{BIKE, FRAME, HUB, RIM, SPOKE, WHEEL, bicycle, bom, map};
    use super::*;
    use rust_decimal::dec;

    fn lookup<'a>(boms: &'a HashMap<u64, Bom>) -> impl Fn(u64) -> Option<&'a Bom> {
        |id| boms.get(&id)
    }

    #[test]
    fn the_bicycle_explodes_to_its_leaves() {
        let boms = bicycle();
        // 3 bikes: FRAME 3 × 1 × (1 + 0 %) ÷ 1 = 3; WHEEL 3 × 2 ÷ 1 = 6 wheels.
        // 6 wheels from a BOM making 2: RIM 6 × 2 ÷ 2 = 6; HUB 6 × 2 ÷ 2 = 6;
        // SPOKE 6 × 72 × 1.05 ÷ 2 = 453.6 ÷ 2 = 226.8.
        assert_eq!(
            explode(BIKE, dec!(3), &lookup(&boms)),
            Ok(vec![
                (FRAME, dec!(3)),
                (RIM, dec!(6)),
                (HUB, dec!(6)),
                (SPOKE, dec!(226.8))
            ])
        );
        assert_eq!(order(BIKE, &lookup(&boms)), Ok(vec![BIKE, WHEEL]));
        assert_eq!(
            explode(SPOKE, dec!(4), &lookup(&boms)),
            Ok(vec![(SPOKE, dec!(4))])
        );
    }

    #[test]
    fn leaves_are_summed_across_branches_and_shared_assemblies_once() {
        const R: u64 = 10;
        const A: u64 = 11;
        const B: u64 = 12;
        const S: u64 = 13;
        const X: u64 = 14;
        const Y: u64 = 15;
        let boms = map(vec![
            bom(R, dec!(1), &[(A, dec!(2), dec!(0)), (B, dec!(1), dec!(0))]),
            bom(A, dec!(1), &[(X, dec!(3), dec!(0)), (S, dec!(1), dec!(0))]),
            bom(B, dec!(4), &[(X, dec!(2), dec!(10)), (S, dec!(2), dec!(0))]),
            bom(S, dec!(2), &[(X, dec!(1), dec!(0)), (Y, dec!(5), dec!(0))]),
        ]);
        // 2 R: A 2 × 2 = 4, B 2 × 1 = 2.
        // 4 A: X 4 × 3 = 12, S 4 × 1 = 4.
        // 2 B (makes 4): X 2 × 2 × 1.1 ÷ 4 = 1.1, S 2 × 2 ÷ 4 = 1.
        // 5 S (makes 2): X 5 × 1 ÷ 2 = 2.5, Y 5 × 5 ÷ 2 = 12.5.
        // X = 12 + 1.1 + 2.5 = 15.6; Y = 12.5.
        assert_eq!(
            explode(R, dec!(2), &lookup(&boms)),
            Ok(vec![(X, dec!(15.6)), (Y, dec!(12.5))])
        );
        let order = order(R, &lookup(&boms)).unwrap();
        let at = |id| order.iter().position(|&o| o == id).unwrap();
        assert!(at(R) < at(A) && at(A) < at(S) && at(B) < at(S), "{order:?}");
    }

    #[test]
    fn a_cycle_is_found_with_its_path() {
        let (a, b, c) = (21, 22, 23);
        let stored = map(vec![
            bom(a, dec!(1), &[(b, dec!(1), dec!(0))]),
            bom(b, dec!(1), &[(40, dec!(1), dec!(0)), (c, dec!(1), dec!(0))]),
        ]);
        let closing = bom(c, dec!(1), &[(41, dec!(1), dec!(0)), (a, dec!(2), dec!(0))]);
        assert_eq!(
            find_cycle(&closing, &lookup(&stored)),
            Some(vec![c, a, b, c])
        );
        let harmless = bom(c, dec!(1), &[(41, dec!(1), dec!(0))]);
        assert_eq!(find_cycle(&harmless, &lookup(&stored)), None);
        let mut cyclic = stored.clone();
        cyclic.insert(c, closing);
        assert_eq!(
            explode(a, dec!(1), &lookup(&cyclic)),
            Err(BomError::Cycle(vec![a, b, c, a]))
        );
    }

    #[test]
    fn gather_asks_for_each_item_once() {
        let boms = bicycle();
        let mut asked = Vec::new();
        let found = gather([BIKE], &mut |id| {
            asked.push(id);
            Ok::<_, ()>(boms.get(&id).cloned())
        })
        .unwrap();
        assert_eq!(found, boms);
        asked.sort_unstable();
        assert_eq!(asked, [BIKE, FRAME, WHEEL, RIM, HUB, SPOKE]);
    }

    #[test]
    fn the_tree_lists_lines_then_operations_with_quantities_per_unit() {
        let boms = bicycle();
        let nodes = tree(BIKE, &lookup(&boms)).unwrap();
        let shape: Vec<(usize, String, Decimal)> = nodes
            .iter()
            .map(|node| {
                let name = match &node.part {
                    Part::Item { item_id, .. } => item_id.to_string(),
                    Part::Operation(operation) => operation.name.clone(),
                };
                (node.level, name, node.per_unit)
            })
            .collect();
        let row = |level, name: &str, per_unit| (level, name.to_string(), per_unit);
        // Per bike: 2 wheels; wheels come two per run, so 1 run: RIM 2, HUB 2,
        // SPOKE 72 × 1.05 = 75.6, Lacing 40 min; Assembly 45 min.
        assert_eq!(
            shape,
            [
                row(0, "1", dec!(1)),
                row(1, "2", dec!(1)),
                row(1, "3", dec!(2)),
                row(2, "4", dec!(2)),
                row(2, "5", dec!(2)),
                row(2, "6", dec!(75.6)),
                row(2, "Lacing", dec!(40)),
                row(1, "Assembly", dec!(45)),
            ]
        );
        assert!(matches!(
            nodes[2].part,
            Part::Item { output_qty: Some(q), line: Some(_), .. } if q == dec!(2)
        ));
    }

    #[test]
    fn where_used_climbs_every_parent_once() {
        let boms = bicycle();
        let mut parents = |id: u64| {
            let mut found: Vec<u64> = boms
                .values()
                .filter(|bom| bom.lines.iter().any(|l| l.component_item_id == id))
                .map(|bom| bom.id)
                .collect();
            found.sort_unstable();
            Ok::<_, ()>(found)
        };
        assert_eq!(
            where_used(SPOKE, &mut parents),
            Ok(vec![(1, WHEEL, SPOKE), (2, BIKE, WHEEL)])
        );
        assert_eq!(where_used(BIKE, &mut parents), Ok(vec![]));
    }
}

//! Low-level codes: 0 for an item no BOM uses, else one more than the deepest parent that
//! uses it — so planning in low-level-code order plans every item after all its parents.
//! Kahn's algorithm over the BOM lines, O(items + lines); a cycle is reported as a path of
//! SKUs. Room: domain (pure).

use std::collections::{BTreeMap, HashMap};

use crate::domain::bom::{Bom, graph};

use super::MrpError;

/// The low-level code of every item (by index into `ids`), given the index of each id.
pub(super) fn low_level_codes(
    ids: &[u64],
    index: &HashMap<u64, usize>,
    boms: &[&Bom],
    sku: &dyn Fn(u64) -> String,
) -> Result<Vec<u32>, MrpError> {
    let count = ids.len();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); count];
    let mut parents_left = vec![0usize; count];
    for bom in boms {
        let parent = *index
            .get(&bom.parent_item_id)
            .ok_or(MrpError::UnknownItem(bom.parent_item_id))?;
        for line in &bom.lines {
            let child = *index
                .get(&line.component_item_id)
                .ok_or(MrpError::UnknownItem(line.component_item_id))?;
            children[parent].push(child);
            parents_left[child] += 1;
        }
    }
    let mut codes = vec![0u32; count];
    let mut ready: Vec<usize> = (0..count).filter(|i| parents_left[*i] == 0).collect();
    let mut done = 0;
    while let Some(at) = ready.pop() {
        done += 1;
        for &child in &children[at] {
            codes[child] = codes[child].max(codes[at] + 1);
            parents_left[child] -= 1;
            if parents_left[child] == 0 {
                ready.push(child);
            }
        }
    }
    if done < count {
        return Err(cycle(ids, &parents_left, boms, sku));
    }
    Ok(codes)
}

/// The cycle through the first item (by id) that never became ready.
fn cycle(
    ids: &[u64],
    parents_left: &[usize],
    boms: &[&Bom],
    sku: &dyn Fn(u64) -> String,
) -> MrpError {
    let by_parent: BTreeMap<u64, &Bom> = boms.iter().map(|b| (b.parent_item_id, *b)).collect();
    let lookup = |id: u64| by_parent.get(&id).copied();
    let mut stuck: Vec<u64> = ids
        .iter()
        .zip(parents_left)
        .filter(|(_, left)| **left > 0)
        .map(|(id, _)| *id)
        .collect();
    stuck.sort_unstable();
    let path = stuck
        .iter()
        .filter_map(|id| by_parent.get(id))
        .find_map(|bom| graph::find_cycle(bom, &lookup))
        .unwrap_or(stuck);
    MrpError::Cycle(path.into_iter().map(sku).collect())
}

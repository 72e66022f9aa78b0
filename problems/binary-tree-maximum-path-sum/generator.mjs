import { fillValues, levelOrder, treeShape } from "../_shared/trees.mjs";

// n = number of nodes in the tree.
export const maxN = 30000;

export function generate(n, rng) {
  const root = fillValues(treeShape(n, rng), () => Math.floor(rng() * 2001) - 1000);
  return [levelOrder(root)];
}

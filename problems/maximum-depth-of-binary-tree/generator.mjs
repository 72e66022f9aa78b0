import { fillValues, levelOrder, treeShape } from "../_shared/trees.mjs";

// n = number of nodes in the tree.
export const maxN = 10000;

export function generate(n, rng) {
  const root = fillValues(treeShape(n, rng), () => Math.floor(rng() * 201) - 100);
  return [levelOrder(root)];
}

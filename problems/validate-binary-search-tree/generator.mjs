import { levelOrder, treeShape } from "../_shared/trees.mjs";

// n = number of nodes in the tree (always a valid search tree, so a solution must look at every node).
export const maxN = 30000;

export function generate(n, rng) {
  const root = treeShape(n, rng);
  // Strictly increasing values spread over the 32-bit range, written in in-order sequence.
  const step = Math.floor((2 ** 32 - 1) / n);
  let i = 0;
  const stack = [];
  let node = root;
  while (stack.length > 0 || node !== null) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop();
    node.val = -(2 ** 31) + i * step + Math.floor(rng() * step);
    i++;
    node = node.right;
  }
  return [levelOrder(root)];
}

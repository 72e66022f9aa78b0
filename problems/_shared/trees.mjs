// Random trees for the tree problems' input generators, as level order with null gaps.

function balanced(size, rng) {
  if (size === 0) return null;
  const rest = size - 1;
  const quarter = Math.floor(rest / 4);
  const left = quarter + Math.floor(rng() * (rest - 2 * quarter + 1));
  return { val: 0, left: balanced(left, rng), right: balanced(rest - left, rng) };
}

/**
 * A tree of n nodes: a chain of up to 400 nodes (half of n while n is small) with a random, roughly
 * balanced tree of the remaining nodes hanging from its end, so the depth grows with n but stays
 * within the 500-level limit. Values are 0 until filled.
 */
export function treeShape(n, rng) {
  const spine = Math.min(Math.floor(n / 2), 400);
  const bottom = balanced(n - spine, rng);
  if (spine === 0) return bottom;
  const root = { val: 0, left: null, right: null };
  let tip = root;
  for (let i = 1; i <= spine; i++) {
    const child = i < spine ? { val: 0, left: null, right: null } : bottom;
    if (rng() < 0.5) tip.left = child;
    else tip.right = child;
    tip = child;
  }
  return root;
}

/** Level order with null gaps, trailing nulls dropped. */
export function levelOrder(root) {
  const out = [];
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (node === null) {
      out.push(null);
      continue;
    }
    out.push(node.val);
    queue.push(node.left, node.right);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

/** Gives every node the next value from `next()`, in preorder. */
export function fillValues(root, next) {
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    node.val = next();
    if (node.left) stack.push(node.left);
    if (node.right) stack.push(node.right);
  }
  return root;
}

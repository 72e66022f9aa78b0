/**
 * @param {number[][]} edges
 * @return {number[]}
 */
var findRedundantConnection = function(edges) {
    // Union-find over the edges in order: the first edge whose ends are already connected closes the cycle.
    const parent = Array.from({ length: edges.length + 1 }, (_, i) => i);
    const size = new Array(edges.length + 1).fill(1);
    const find = (x) => {
        while (parent[x] !== x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    };
    for (const [a, b] of edges) {
        let ra = find(a), rb = find(b);
        if (ra === rb) return [a, b];
        if (size[ra] < size[rb]) [ra, rb] = [rb, ra];
        parent[rb] = ra;
        size[ra] += size[rb];
    }
    return [];
};

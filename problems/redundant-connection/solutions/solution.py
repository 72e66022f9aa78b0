class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        # Union-find over the edges in order: the first edge whose ends are already connected closes the cycle.
        parent = list(range(len(edges) + 1))
        size = [1] * (len(edges) + 1)

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                return [a, b]
            if size[ra] < size[rb]:
                ra, rb = rb, ra
            parent[rb] = ra
            size[ra] += size[rb]
        return []

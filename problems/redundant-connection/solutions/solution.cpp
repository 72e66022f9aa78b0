class Solution {
public:
    vector<int> findRedundantConnection(vector<vector<int>>& edges) {
        // Union-find over the edges in order: the first edge whose ends are already connected closes the cycle.
        int n = edges.size();
        vector<int> parent(n + 1), size(n + 1, 1);
        iota(parent.begin(), parent.end(), 0);
        auto find = [&](int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        };
        for (auto& e : edges) {
            int ra = find(e[0]), rb = find(e[1]);
            if (ra == rb) return e;
            if (size[ra] < size[rb]) swap(ra, rb);
            parent[rb] = ra;
            size[ra] += size[rb];
        }
        return {};
    }
};

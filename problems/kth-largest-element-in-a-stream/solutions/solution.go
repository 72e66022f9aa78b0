// A min-heap of the k largest values seen so far: its top is the kth largest.
type minHeap []int

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *minHeap) Pop() interface{} {
    old := *h
    x := old[len(old)-1]
    *h = old[:len(old)-1]
    return x
}

type KthLargest struct {
    k    int
    heap *minHeap
}

func Constructor(k int, nums []int) KthLargest {
    h := minHeap(append([]int(nil), nums...))
    heap.Init(&h)
    for h.Len() > k {
        heap.Pop(&h)
    }
    return KthLargest{k: k, heap: &h}
}

func (this *KthLargest) Add(val int) int {
    heap.Push(this.heap, val)
    if this.heap.Len() > this.k {
        heap.Pop(this.heap)
    }
    return (*this.heap)[0]
}

type MinStack struct {
    // Each entry remembers the minimum of itself and everything below it.
    values []int
    mins   []int
}

func Constructor() MinStack {
    return MinStack{}
}

func (this *MinStack) Push(val int) {
    this.values = append(this.values, val)
    if n := len(this.mins); n > 0 && this.mins[n-1] < val {
        val = this.mins[n-1]
    }
    this.mins = append(this.mins, val)
}

func (this *MinStack) Pop() {
    this.values = this.values[:len(this.values)-1]
    this.mins = this.mins[:len(this.mins)-1]
}

func (this *MinStack) Top() int {
    return this.values[len(this.values)-1]
}

func (this *MinStack) GetMin() int {
    return this.mins[len(this.mins)-1]
}

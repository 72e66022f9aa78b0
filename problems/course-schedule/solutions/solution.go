func canFinish(numCourses int, prerequisites [][]int) bool {
    // Kahn's algorithm: keep taking courses whose prerequisites are all done; a cycle leaves some untaken.
    unlocks := make([][]int, numCourses)
    missing := make([]int, numCourses)
    for _, p := range prerequisites {
        unlocks[p[1]] = append(unlocks[p[1]], p[0])
        missing[p[0]]++
    }
    ready := []int{}
    for c := 0; c < numCourses; c++ {
        if missing[c] == 0 {
            ready = append(ready, c)
        }
    }
    taken := 0
    for len(ready) > 0 {
        course := ready[len(ready)-1]
        ready = ready[:len(ready)-1]
        taken++
        for _, next := range unlocks[course] {
            missing[next]--
            if missing[next] == 0 {
                ready = append(ready, next)
            }
        }
    }
    return taken == numCourses
}

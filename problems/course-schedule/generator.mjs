// n = number of prerequisite pairs (numCourses = n + 1).
export const maxN = 50000;

export function generate(n, rng) {
  // Courses get random levels and every pair points from a higher level to a lower one: an
  // acyclic graph whose longest chain is short, with n distinct pairs.
  const numCourses = n + 1;
  const levels = 30;
  const level = [];
  for (let c = 0; c < numCourses; c++) level.push(Math.floor(rng() * levels));
  if (level.every((l) => l === level[0])) level[0] = level[0] === 0 ? 1 : 0;
  const seen = new Set();
  const prerequisites = [];
  while (prerequisites.length < n) {
    const a = Math.floor(rng() * numCourses);
    const b = Math.floor(rng() * numCourses);
    if (level[b] >= level[a] || seen.has(a * numCourses + b)) continue;
    seen.add(a * numCourses + b);
    prerequisites.push([a, b]);
  }
  return [numCourses, prerequisites];
}

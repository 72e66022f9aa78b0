/**
 * Runs once when a server starts: the problem bank is loaded and validated here, so a broken
 * problem folder stops the server with the file and field named instead of failing a request later.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { listProblems } = await import("@/lib/problems");
  const count = listProblems().length;
  if (process.env.NODE_ENV !== "test") console.log(`Problem bank: ${count} problems loaded`);
}

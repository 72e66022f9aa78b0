import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What a job is about, carried through the async call chain from the job handler down to
 * the launcher (evaluateCode does not pass it), so ECS tasks can be tagged with the
 * submission they ran.
 */
export interface SandboxRunContext {
  submissionId?: string;
}

const storage = new AsyncLocalStorage<SandboxRunContext>();

export function runWithSandboxContext<T>(ctx: SandboxRunContext, fn: () => Promise<T>): Promise<T> {
  return storage.run(ctx, fn);
}

export function currentSandboxContext(): SandboxRunContext {
  return storage.getStore() ?? {};
}

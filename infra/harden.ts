/**
 * What turns SST's default Fargate task definition into a sandbox. Kept free of SST globals so it is
 * unit-tested (the `transform.taskDefinition` that applies it is in infra/sandbox.ts).
 *
 * SST's Task writes one container with a pseudo-terminal, a 1-65535 port mapping, no user and a
 * writable root, and always attaches a task role. The sandbox container instead:
 *  - runs as the image's unprivileged uid 10001, never root;
 *  - has a read-only root filesystem; /tmp is a task-scoped scratch volume (Fargate has no tmpfs);
 *  - drops every Linux capability and is not privileged;
 *  - runs under an init process (reaps zombies, forwards signals) and stops 5 s after SIGTERM;
 *  - maps no ports: nothing connects to a sandbox, it only calls out to the job exchange;
 * and the task has no task role, so no credentials endpoint exists for code inside.
 */

/** SST names a Task's only container after the component. */
export const SANDBOX_TASK_NAME = "Sandbox";
export const SANDBOX_CONTAINER = SANDBOX_TASK_NAME;
export const SANDBOX_USER = "10001:10001";
export const SCRATCH_VOLUME = "scratch";
export const STOP_TIMEOUT_SECONDS = 5;
/** The task's entry point: the agent that fetches the job and runs the runner (sandbox-images/runner/task_agent.py). */
export const SANDBOX_ENTRYPOINT = ["python3", "-I", "-B", "/runner/task_agent.py"];

type ContainerDefinition = Record<string, unknown> & { linuxParameters?: Record<string, unknown> };

export function hardenContainerDefinitions(json: string): string {
  const defs = JSON.parse(json) as ContainerDefinition[];
  return JSON.stringify(
    defs.map((d) => {
      const { portMappings: _ports, pseudoTerminal: _tty, healthCheck: _health, mountPoints: _mounts, ...rest } = d;
      return {
        ...rest,
        user: SANDBOX_USER,
        readonlyRootFilesystem: true,
        privileged: false,
        interactive: false,
        stopTimeout: STOP_TIMEOUT_SECONDS,
        linuxParameters: { ...(d.linuxParameters ?? {}), initProcessEnabled: true, capabilities: { drop: ["ALL"] } },
        mountPoints: [{ sourceVolume: SCRATCH_VOLUME, containerPath: "/tmp", readOnly: false }],
      };
    }),
  );
}

import type { RunTaskCommandInput } from "@aws-sdk/client-ecs";
import { hardenContainerDefinitions, SANDBOX_CONTAINER } from "@/infra/harden";
import type { EcsLauncherConfig } from "@/lib/launcher/ecs";
import type { SandboxJob } from "@/lib/launcher/types";

export const EXCHANGE_SECRET = "test-exchange-secret-0123456789abcdef0123456789";

export function launcherConfig(over: Partial<EcsLauncherConfig> = {}): EcsLauncherConfig {
  return {
    cluster: "arn:aws:ecs:us-east-1:123456789012:cluster/sandbox",
    taskDefinition: "arn:aws:ecs:us-east-1:123456789012:task-definition/sandbox-Sandbox:7",
    container: SANDBOX_CONTAINER,
    subnets: ["subnet-private-a", "subnet-private-b"],
    securityGroups: ["sg-sandbox-tasks"],
    cpu: 1024,
    poolSize: 0,
    poolIdleSeconds: 600,
    exchangeUrl: "https://abc123.execute-api.us-east-1.amazonaws.com/prod/",
    exchangeSecret: EXCHANGE_SECRET,
    ...over,
  };
}

/** The container definition SST's Task writes (fargate.ts), run through infra's hardening. */
export function deployedTaskDefinition() {
  const sstDefault = [
    {
      name: SANDBOX_CONTAINER,
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/sst-asset@sha256:abc",
      entryPoint: ["python3", "-I", "-B", "/runner/task_agent.py"],
      pseudoTerminal: true,
      portMappings: [{ containerPortRange: "1-65535" }],
      logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": "/sst/sandbox", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "/service" } },
      environment: [],
      linuxParameters: { initProcessEnabled: true },
    },
  ];
  return {
    taskDefinitionArn: launcherConfig().taskDefinition,
    networkMode: "awsvpc" as const,
    requiresCompatibilities: ["FARGATE" as const],
    executionRoleArn: "arn:aws:iam::123456789012:role/SandboxExecutionRole",
    cpu: "1024",
    memory: "2048",
    volumes: [{ name: "scratch" }],
    containerDefinitions: JSON.parse(hardenContainerDefinitions(JSON.stringify(sstDefault))),
  };
}

export function env(input: RunTaskCommandInput): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of input.overrides?.containerOverrides?.[0]?.environment ?? []) if (e.name) out[e.name] = e.value ?? "";
  return out;
}

export const TWO_SUM_SIGNATURE = {
  method: "twoSum",
  params: [
    { name: "nums", type: "int[]" },
    { name: "target", type: "int" },
  ],
  returns: "int[]",
};

export function job(over: Partial<SandboxJob["limits"]> = {}): SandboxJob {
  return {
    language: "python",
    code: "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n",
    signature: TWO_SUM_SIGNATURE as SandboxJob["signature"],
    tests: [{ id: "t1", input: [[2, 7], 9] }],
    limits: { wallMs: 300, cpuSeconds: 1, memoryMb: 256, maxProcesses: 16, maxOutputBytes: 65536, maxFileBytes: 65536, ...over },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

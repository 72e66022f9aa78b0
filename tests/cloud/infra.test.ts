import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env as appEnv, resetEnvCache } from "@/lib/env";
import { taskDefinitionProblems } from "@/lib/launcher/ecs";
import { hardenContainerDefinitions, SANDBOX_CONTAINER } from "@/infra/harden";
// @ts-expect-error plain ESM script without types
import { typecheckInfra } from "@/infra/typecheck.mjs";

/**
 * Infrastructure is checked without deploying, two ways:
 * 1. sst.config.ts and infra/ type-check against the SST platform's component declarations
 *    (infra/typecheck.mjs: the platform unpacked from the installed sst binary).
 * 2. sst.config.ts runs here with SST's globals ($config, sst.*, aws.*, $interpolate…) replaced by
 *    recorders, so the declared resources and their settings can be asserted on.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

class Out<T> {
  constructor(readonly value: T) {}
  apply<U>(fn: (v: T) => U): Out<unknown> {
    const r = fn(this.value);
    return r instanceof Out ? r : new Out(r);
  }
}
const resolve = (v: unknown): any => {
  if (v instanceof Out) return resolve(v.value);
  if (Array.isArray(v)) return v.map(resolve);
  if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
  return v;
};

interface Recorded {
  type: string;
  name: string;
  args: any;
  self: any;
}
const resources: Recorded[] = [];
const find = (type: string, name?: string) => resources.filter((r) => r.type === type && (!name || r.name === name));
const one = (type: string, name: string) => {
  const r = find(type, name);
  expect(r, `${type} ${name}`).toHaveLength(1);
  return r[0];
};

const SECRET_VALUES: Record<string, string> = {
  DatabaseUrl: "postgres://app:pw@ep-example.neon.tech/neondb",
  PartykitUrl: "https://interview-coach.example.partykit.dev",
  UpstashRedisRestUrl: "https://example.upstash.io",
};
function recorder(type: string, props: (name: string, args: any) => Record<string, unknown> = () => ({})) {
  return class {
    [k: string]: any;
    constructor(name: string, args: any = {}) {
      Object.assign(this, props(name, args));
      resources.push({ type, name, args, self: this });
    }
  };
}

function installGlobals() {
  const g = globalThis as any;
  g.$config = (c: unknown) => c;
  g.$app = { name: "interview-coach", stage: "test" };
  g.$output = (x: unknown) => (x instanceof Out ? x : new Out(x));
  g.$interpolate = (strings: TemplateStringsArray, ...vals: unknown[]) => new Out(strings.reduce((acc, s, i) => acc + s + (i < vals.length ? String(resolve(vals[i])) : ""), ""));
  g.$jsonStringify = (obj: unknown) => new Out(JSON.stringify(resolve(obj)));
  const id = (prefix: string) => (name: string) => ({ id: new Out(`${prefix}-${name}`) });
  g.aws = {
    getRegionOutput: () => ({ name: new Out("us-east-1") }),
    getCallerIdentityOutput: () => ({ accountId: new Out("123456789012") }),
    ec2: {
      SecurityGroup: recorder("aws.ec2.SecurityGroup", id("sg")),
      SecurityGroupRule: recorder("aws.ec2.SecurityGroupRule", id("sgr")),
      VpcEndpoint: recorder("aws.ec2.VpcEndpoint", (name) => ({ id: new Out(`vpce-${name}`), prefixListId: new Out("pl-s3") })),
    },
    route53: {
      ResolverFirewallDomainList: recorder("aws.route53.ResolverFirewallDomainList", id("fdl")),
      ResolverFirewallRuleGroup: recorder("aws.route53.ResolverFirewallRuleGroup", id("frg")),
      ResolverFirewallRule: recorder("aws.route53.ResolverFirewallRule", id("fr")),
      ResolverFirewallRuleGroupAssociation: recorder("aws.route53.ResolverFirewallRuleGroupAssociation", id("fra")),
    },
  };
  g.sst = {
    Secret: class {
      value: Out<string>;
      constructor(name: string, placeholder?: string) {
        this.value = new Out(placeholder ?? SECRET_VALUES[name] ?? `${name}-value-0123456789abcdef0123456789`);
        resources.push({ type: "sst.Secret", name, args: { placeholder }, self: this });
      }
    },
    aws: {
      Vpc: recorder("sst.aws.Vpc", (name) => ({
        id: new Out(`vpc-${name}`),
        privateSubnets: new Out(["subnet-private-1", "subnet-private-2"]),
        publicSubnets: new Out(["subnet-public-1", "subnet-public-2"]),
        nodes: { privateRouteTables: new Out([{ id: "rtb-private-1" }, { id: "rtb-private-2" }]) },
      })),
      Cluster: recorder("sst.aws.Cluster", (name) => ({ nodes: { cluster: { arn: new Out(`arn:aws:ecs:us-east-1:123456789012:cluster/${name}`) } } })),
      Task: recorder("sst.aws.Task", (name) => ({ taskDefinition: new Out(`arn:aws:ecs:us-east-1:123456789012:task-definition/${name}:1`) })),
      Function: recorder("sst.aws.Function", (name) => ({
        arn: new Out(`arn:aws:lambda:us-east-1:123456789012:function:${name}`),
        url: new Out(`https://${name.toLowerCase()}.lambda-url.us-east-1.on.aws/`),
      })),
      ApiGatewayV1: recorder("sst.aws.ApiGatewayV1", (name) => ({
        routes: [] as [string, unknown][],
        deployed: false,
        url: new Out(`https://${name.toLowerCase()}.execute-api.us-east-1.amazonaws.com/test/`),
        route(this: any, r: string, h: unknown) {
          this.routes.push([r, resolve(h)]);
        },
        deploy(this: any) {
          this.deployed = true;
        },
      })),
      Cron: recorder("sst.aws.Cron"),
      Nextjs: recorder("sst.aws.Nextjs", () => ({ url: new Out("https://web.example.cloudfront.net") })),
    },
  };
}

let config: any;
let outputs: any;
const saved = { ...process.env };
beforeAll(async () => {
  installGlobals();
  // A computed path: the app's tsc must not pull sst.config.ts (and the SST platform) into its program.
  config = (await import(path.join(ROOT, "sst.config.ts"))).default;
  outputs = resolve(await config.run());
});
afterAll(() => {
  process.env = saved;
  resetEnvCache();
});

describe("sst.config.ts", () => {
  it("type-checks with infra/ against the SST platform's component types", () => {
    const { errors } = typecheckInfra();
    expect(errors).toEqual([]);
  }, 240_000);

  it("names the app, keeps production resources on removal, and outputs the endpoints", () => {
    expect(config.app({ stage: "production" })).toMatchObject({ name: "interview-coach", home: "aws", removal: "retain", protect: true });
    expect(config.app({ stage: "dev" })).toMatchObject({ removal: "remove", protect: false });
    expect(outputs).toEqual({
      web: "https://web.example.cloudfront.net",
      jobsUrl: "https://executejob.lambda-url.us-east-1.on.aws/",
      sandboxExchange: "https://sandboxexchange.execute-api.us-east-1.amazonaws.com/test/",
      sandboxTaskDefinition: "arn:aws:ecs:us-east-1:123456789012:task-definition/Sandbox:1",
    });
  });

  it("declares QStash (a hosted queue) by its secrets, and the other secrets the functions read", () => {
    expect(find("sst.Secret").map((s) => s.name).sort()).toEqual(
      ["AuthSecret", "DatabaseUrl", "LlmApiKey", "LlmBaseUrl", "PartykitUrl", "QstashCurrentSigningKey", "QstashNextSigningKey", "QstashToken", "RoomSecret", "SandboxExchangeSecret", "UpstashRedisRestToken", "UpstashRedisRestUrl"].sort(),
    );
  });
});

describe("sandbox network", () => {
  it("has a VPC without NAT and a task security group whose only egress is HTTPS to the VPC endpoints", () => {
    expect(one("sst.aws.Vpc", "SandboxVpc").args).toEqual({ az: 2 });
    const taskSg = one("aws.ec2.SecurityGroup", "SandboxTaskSg").args;
    expect(resolve(taskSg.ingress)).toEqual([]);
    const egress = resolve(taskSg.egress);
    expect(egress).toHaveLength(2);
    for (const rule of egress) {
      expect(rule).toMatchObject({ protocol: "tcp", fromPort: 443, toPort: 443 });
      expect(rule.cidrBlocks).toBeUndefined();
      expect(rule.ipv6CidrBlocks).toBeUndefined();
    }
    expect(egress[0].securityGroups).toEqual(["sg-SandboxEndpointSg"]);
    expect(egress[1].prefixListIds).toEqual(["pl-s3"]);
    const endpointSg = one("aws.ec2.SecurityGroup", "SandboxEndpointSg").args;
    expect([resolve(endpointSg.ingress), resolve(endpointSg.egress)]).toEqual([[], []]);
    expect(resolve(one("aws.ec2.SecurityGroupRule", "SandboxEndpointIngress").args)).toMatchObject({
      type: "ingress",
      securityGroupId: "sg-SandboxEndpointSg",
      sourceSecurityGroupId: "sg-SandboxTaskSg",
      protocol: "tcp",
      fromPort: 443,
      toPort: 443,
    });
  });

  it("reaches the job exchange, ECR and logs through private interface endpoints, and S3 for image layers only", () => {
    const endpoints = find("aws.ec2.VpcEndpoint").map((e) => resolve(e.args));
    const iface = endpoints.filter((e) => e.vpcEndpointType === "Interface");
    expect(iface.map((e) => e.serviceName).sort()).toEqual(["com.amazonaws.us-east-1.ecr.api", "com.amazonaws.us-east-1.ecr.dkr", "com.amazonaws.us-east-1.execute-api", "com.amazonaws.us-east-1.logs"]);
    for (const e of iface) expect(e).toMatchObject({ privateDnsEnabled: true, subnetIds: ["subnet-private-1", "subnet-private-2"], securityGroupIds: ["sg-SandboxEndpointSg"] });
    const executeApi = iface.find((e) => e.serviceName.endsWith("execute-api"))!;
    expect(JSON.parse(executeApi.policy).Statement[0].Resource).toEqual(["arn:aws:execute-api:us-east-1:123456789012:*"]);
    const s3 = endpoints.find((e) => e.vpcEndpointType === "Gateway")!;
    expect(s3.routeTableIds).toEqual(["rtb-private-1", "rtb-private-2"]);
    expect(JSON.parse(s3.policy).Statement).toEqual([
      { Sid: "EcrImageLayersOnly", Effect: "Allow", Principal: "*", Action: ["s3:GetObject"], Resource: ["arn:aws:s3:::prod-us-east-1-starport-layer-bucket/*"] },
    ]);
  });

  it("answers DNS for AWS names only", () => {
    const lists = Object.fromEntries(find("aws.route53.ResolverFirewallDomainList").map((l) => [l.name, resolve(l.args).domains]));
    expect(lists).toEqual({ SandboxDnsAws: ["*.amazonaws.com."], SandboxDnsAll: ["*."] });
    const rules = find("aws.route53.ResolverFirewallRule").map((r) => resolve(r.args));
    expect(rules).toEqual([
      expect.objectContaining({ firewallDomainListId: "fdl-SandboxDnsAws", action: "ALLOW", priority: 100 }),
      expect.objectContaining({ firewallDomainListId: "fdl-SandboxDnsAll", action: "BLOCK", blockResponse: "NXDOMAIN", priority: 200 }),
    ]);
    expect(resolve(one("aws.route53.ResolverFirewallRuleGroupAssociation", "SandboxDnsFirewallVpc").args)).toMatchObject({ vpcId: "vpc-SandboxVpc", firewallRuleGroupId: "frg-SandboxDnsFirewall" });
  });
});

describe("sandbox cluster and task", () => {
  it("places tasks in the private subnets with the sandbox security group", () => {
    expect(resolve(one("sst.aws.Cluster", "SandboxCluster").args.vpc)).toMatchObject({
      id: "vpc-SandboxVpc",
      securityGroups: ["sg-SandboxTaskSg"],
      containerSubnets: ["subnet-private-1", "subnet-private-2"],
    });
  });

  it("builds the task's image from sandbox-images/Dockerfile and starts the task agent in it", () => {
    const task = one("sst.aws.Task", "Sandbox").args;
    expect(task.image).toEqual({ context: "sandbox-images", dockerfile: "Dockerfile" });
    expect(fs.existsSync(path.join(ROOT, "sandbox-images", "Dockerfile"))).toBe(true);
    expect(task.entrypoint).toEqual(["python3", "-I", "-B", "/runner/task_agent.py"]);
    // The Dockerfile copies runner/ to /runner, so the agent beside the runner is in the image.
    expect(fs.readFileSync(path.join(ROOT, "sandbox-images", "Dockerfile"), "utf8")).toMatch(/COPY runner\/ \/runner\//);
    expect(fs.existsSync(path.join(ROOT, "sandbox-images", "runner", "task_agent.py"))).toBe(true);
    expect(task).toMatchObject({ publicIp: false, dev: false, architecture: "x86_64" });
    expect(task.cluster).toBe(one("sst.aws.Cluster", "SandboxCluster").self);
  });

  it("turns SST's task definition into an isolated one the launcher accepts", () => {
    // What SST's Task passes to aws.ecs.TaskDefinition (platform/src/components/aws/fargate.ts).
    const sstDefaults = JSON.stringify([
      {
        name: SANDBOX_CONTAINER,
        image: "ecr/sandbox@sha256:abc",
        entrypoint: ["python3", "-I", "-B", "/runner/task_agent.py"],
        pseudoTerminal: true,
        portMappings: [{ containerPortRange: "1-65535" }],
        linuxParameters: { initProcessEnabled: true },
        environment: [],
        mountPoints: [],
      },
    ]);
    const sstArgs: any = {
      family: "sandbox-Sandbox",
      networkMode: "awsvpc",
      requiresCompatibilities: ["FARGATE"],
      executionRoleArn: "arn:aws:iam::123456789012:role/SandboxExecutionRole",
      taskRoleArn: "arn:aws:iam::123456789012:role/SandboxTaskRole",
      volumes: [],
      containerDefinitions: new Out(sstDefaults),
    };
    one("sst.aws.Task", "Sandbox").args.transform.taskDefinition(sstArgs, {}, "SandboxTask");
    expect(sstArgs.taskRoleArn).toBeUndefined();
    expect(sstArgs.volumes).toEqual([{ name: "scratch" }]);
    const containers = JSON.parse(resolve(sstArgs.containerDefinitions));
    expect(containers[0]).toMatchObject({
      user: "10001:10001",
      readonlyRootFilesystem: true,
      privileged: false,
      stopTimeout: 5,
      linuxParameters: { initProcessEnabled: true, capabilities: { drop: ["ALL"] } },
      mountPoints: [{ sourceVolume: "scratch", containerPath: "/tmp", readOnly: false }],
    });
    expect(containers[0]).not.toHaveProperty("portMappings");
    expect(containers[0]).not.toHaveProperty("pseudoTerminal");
    expect(taskDefinitionProblems({ ...sstArgs, containerDefinitions: containers }, SANDBOX_CONTAINER)).toEqual([]);
    // And without the transform, the launcher would refuse SST's defaults.
    const untouched = { ...sstArgs, taskRoleArn: "arn:aws:iam::123456789012:role/SandboxTaskRole", containerDefinitions: JSON.parse(sstDefaults) };
    expect(taskDefinitionProblems(untouched, SANDBOX_CONTAINER)).toEqual([
      "it has a task role (arn:aws:iam::123456789012:role/SandboxTaskRole); user code must get no AWS credentials",
      "the root filesystem is not read-only",
      "the container runs as the image's default user, not a fixed non-root uid",
      "capabilities are not all dropped",
      "stopTimeout is not set to a short time",
      "the container maps ports",
    ]);
    expect(hardenContainerDefinitions("[]")).toBe("[]");
  });
});

describe("job path", () => {
  it("serves the job exchange as a private API reachable only through the sandbox VPC's endpoint", () => {
    const apiRec = one("sst.aws.ApiGatewayV1", "SandboxExchange");
    expect(resolve(apiRec.args.endpoint)).toEqual({ type: "private", vpcEndpointIds: ["vpce-SandboxExecuteApiEndpoint"] });
    const restArgs: any = {};
    apiRec.args.transform.api(restArgs);
    expect(JSON.parse(resolve(restArgs.policy)).Statement).toEqual([
      { Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*", Condition: { StringEquals: { "aws:SourceVpce": "vpce-SandboxExecuteApiEndpoint" } } },
    ]);
    const fnArn = "arn:aws:lambda:us-east-1:123456789012:function:SandboxExchangeFunction";
    expect(apiRec.self.routes).toEqual([
      ["GET /sandbox/slots/{slotId}/job", fnArn],
      ["DELETE /sandbox/slots/{slotId}", fnArn],
      ["POST /sandbox/jobs/{jobId}/result", fnArn],
    ]);
    expect(apiRec.self.deployed).toBe(true);
    const exchangeFn = resolve(one("sst.aws.Function", "SandboxExchangeFunction").args);
    expect(exchangeFn.handler).toBe("functions/exchange.handler");
    expect(Object.keys(exchangeFn.environment).sort()).toEqual(["SANDBOX_EXCHANGE_SECRET", "UPSTASH_REDIS_REST_TOKEN", "UPSTASH_REDIS_REST_URL"]);
    expect(exchangeFn.link).toBeUndefined();
  });

  it("gives QStash a function URL and the function what the ECS launcher needs, in a configuration the app's env module accepts", async () => {
    const fn = one("sst.aws.Function", "ExecuteJob").args;
    expect(fn).toMatchObject({ handler: "functions/execute.handler", url: true, timeout: "5 minutes" });
    expect(fn.link).toEqual([one("sst.aws.Task", "Sandbox").self]);
    expect(fn.permissions).toEqual([{ actions: ["ecs:DescribeTaskDefinition"], resources: ["*"] }]);
    expect(fn.copyFiles).toEqual([{ from: "db/migrations" }, { from: "problems" }]);
    const environment = resolve(fn.environment);
    expect(environment).toMatchObject({
      SANDBOX_LAUNCHER: "ecs",
      SANDBOX_ECS_CLUSTER: "arn:aws:ecs:us-east-1:123456789012:cluster/SandboxCluster",
      SANDBOX_ECS_TASK_DEFINITION: "arn:aws:ecs:us-east-1:123456789012:task-definition/Sandbox:1",
      SANDBOX_ECS_CONTAINER: "Sandbox",
      SANDBOX_ECS_SUBNETS: "subnet-private-1,subnet-private-2",
      SANDBOX_ECS_SECURITY_GROUPS: "sg-SandboxTaskSg",
      SANDBOX_EXCHANGE_URL: "https://sandboxexchange.execute-api.us-east-1.amazonaws.com/test/",
      QSTASH_CURRENT_SIGNING_KEY: expect.any(String),
      QSTASH_NEXT_SIGNING_KEY: expect.any(String),
    });
    // The deployed variables pass lib/env's schema (production checks included).
    process.env = { ...environment };
    resetEnvCache();
    expect(appEnv()).toMatchObject({ NODE_ENV: "production", SANDBOX_LAUNCHER: "ecs", SANDBOX_POOL_SIZE: 2, SANDBOX_ECS_CPU: 1024 });
    process.env = saved;
    resetEnvCache();
  });

  it("keeps the warm pool filled by a cron, and tells the web app where to publish jobs", () => {
    const cron = one("sst.aws.Cron", "SandboxPool").args;
    expect(cron.schedule).toBe("rate(1 minute)");
    expect(cron.function).toMatchObject({ handler: "functions/pool.handler", link: [one("sst.aws.Task", "Sandbox").self] });
    const web = resolve(one("sst.aws.Nextjs", "Web").args.environment);
    expect(web).toMatchObject({ JOBS_URL: "https://executejob.lambda-url.us-east-1.on.aws/", QSTASH_TOKEN: expect.any(String) });
    expect(web).not.toHaveProperty("SANDBOX_EXCHANGE_SECRET");
  });

  it("points every function at a handler that exists", async () => {
    const handlers = [...find("sst.aws.Function").map((f) => f.args.handler), ...find("sst.aws.Cron").map((c) => c.args.function.handler)];
    expect(handlers.sort()).toEqual(["functions/exchange.handler", "functions/execute.handler", "functions/pool.handler"]);
    for (const h of handlers) {
      const [file, exported] = h.split(".");
      const mod = await import(path.join(ROOT, `${file}.ts`));
      expect(typeof mod[exported], h).toBe("function");
    }
  });
});

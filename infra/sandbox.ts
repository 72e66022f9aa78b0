import { hardenContainerDefinitions, SANDBOX_ENTRYPOINT, SANDBOX_TASK_NAME, SCRATCH_VOLUME } from "./harden";
import { secrets } from "./secrets";

/**
 * Where user code runs: one-shot Fargate tasks of the image built from sandbox-images/Dockerfile,
 * in a VPC of their own whose private subnets reach nothing but VPC endpoints.
 *
 *   sandbox task ──443──▶ execute-api endpoint ──▶ private API "SandboxExchange" ──▶ exchange Lambda ──▶ Upstash
 *                ──443──▶ ecr.api / ecr.dkr / logs endpoints, S3 gateway (image layers only)
 *
 * No NAT, no internet gateway route, no public IP: the security group's only egress is HTTPS to
 * those endpoints, and DNS answers only *.amazonaws.com names. Everything the endpoints serve
 * needs AWS credentials the task does not have (no task role), except the job exchange, whose
 * tokens the agent keeps from the code it runs.
 */

const region = aws.getRegionOutput().name;
const account = aws.getCallerIdentityOutput().accountId;

/** Two AZs, no NAT gateway: the private subnets have no route out of the VPC. */
export const vpc = new sst.aws.Vpc("SandboxVpc", { az: 2 });

/** The interface endpoints' ENIs: they accept HTTPS from sandbox tasks and start nothing. */
export const endpointSecurityGroup = new aws.ec2.SecurityGroup("SandboxEndpointSg", {
  vpcId: vpc.id,
  description: "VPC interface endpoints used by sandbox tasks",
  ingress: [],
  egress: [],
});

/** Image layers come from S3 through a gateway endpoint limited to ECR's layer bucket. */
export const s3Endpoint = new aws.ec2.VpcEndpoint("SandboxS3Endpoint", {
  vpcId: vpc.id,
  serviceName: $interpolate`com.amazonaws.${region}.s3`,
  vpcEndpointType: "Gateway",
  routeTableIds: vpc.nodes.privateRouteTables.apply((tables) => tables.map((t) => t.id)),
  policy: $jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "EcrImageLayersOnly",
        Effect: "Allow",
        Principal: "*",
        Action: ["s3:GetObject"],
        Resource: [$interpolate`arn:aws:s3:::prod-${region}-starport-layer-bucket/*`],
      },
    ],
  }),
});

/**
 * The sandbox tasks' security group: nothing may connect in; out, HTTPS to the interface
 * endpoints and to S3's prefix list (the gateway endpoint) only.
 */
export const taskSecurityGroup = new aws.ec2.SecurityGroup("SandboxTaskSg", {
  vpcId: vpc.id,
  description: "Sandbox tasks: HTTPS to the VPC endpoints only",
  ingress: [],
  egress: [
    {
      description: "Job exchange, ECR and CloudWatch Logs through the interface endpoints",
      protocol: "tcp",
      fromPort: 443,
      toPort: 443,
      securityGroups: [endpointSecurityGroup.id],
    },
    {
      description: "Image layers from S3 through the gateway endpoint",
      protocol: "tcp",
      fromPort: 443,
      toPort: 443,
      prefixListIds: [s3Endpoint.prefixListId],
    },
  ],
});

new aws.ec2.SecurityGroupRule("SandboxEndpointIngress", {
  type: "ingress",
  description: "HTTPS from sandbox tasks",
  securityGroupId: endpointSecurityGroup.id,
  sourceSecurityGroupId: taskSecurityGroup.id,
  protocol: "tcp",
  fromPort: 443,
  toPort: 443,
});

function interfaceEndpoint(name: string, service: string, policy?: $util.Input<string>) {
  return new aws.ec2.VpcEndpoint(name, {
    vpcId: vpc.id,
    serviceName: $interpolate`com.amazonaws.${region}.${service}`,
    vpcEndpointType: "Interface",
    privateDnsEnabled: true,
    subnetIds: vpc.privateSubnets,
    securityGroupIds: [endpointSecurityGroup.id],
    policy,
  });
}

/** The job exchange's door: it reaches this account's private APIs and no one else's. */
export const executeApiEndpoint = interfaceEndpoint(
  "SandboxExecuteApiEndpoint",
  "execute-api",
  $jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: "*",
        Action: "execute-api:Invoke",
        Resource: [$interpolate`arn:aws:execute-api:${region}:${account}:*`],
      },
    ],
  }),
);
// What Fargate itself needs from inside private subnets: pull the image, ship logs.
export const ecrApiEndpoint = interfaceEndpoint("SandboxEcrApiEndpoint", "ecr.api");
export const ecrDkrEndpoint = interfaceEndpoint("SandboxEcrDkrEndpoint", "ecr.dkr");
export const logsEndpoint = interfaceEndpoint("SandboxLogsEndpoint", "logs");

/** DNS in the sandbox VPC answers AWS service names only; anything else is NXDOMAIN (no DNS tunnels). */
const awsDomains = new aws.route53.ResolverFirewallDomainList("SandboxDnsAws", { name: $interpolate`${$app.name}-${$app.stage}-sandbox-aws`, domains: ["*.amazonaws.com."] });
const allDomains = new aws.route53.ResolverFirewallDomainList("SandboxDnsAll", { name: $interpolate`${$app.name}-${$app.stage}-sandbox-all`, domains: ["*."] });
const dnsRules = new aws.route53.ResolverFirewallRuleGroup("SandboxDnsFirewall", { name: $interpolate`${$app.name}-${$app.stage}-sandbox` });
new aws.route53.ResolverFirewallRule("SandboxDnsAllowAws", {
  name: "allow-aws",
  firewallRuleGroupId: dnsRules.id,
  firewallDomainListId: awsDomains.id,
  action: "ALLOW",
  priority: 100,
});
new aws.route53.ResolverFirewallRule("SandboxDnsBlockRest", {
  name: "block-rest",
  firewallRuleGroupId: dnsRules.id,
  firewallDomainListId: allDomains.id,
  action: "BLOCK",
  blockResponse: "NXDOMAIN",
  priority: 200,
});
new aws.route53.ResolverFirewallRuleGroupAssociation("SandboxDnsFirewallVpc", {
  name: $interpolate`${$app.name}-${$app.stage}-sandbox`,
  firewallRuleGroupId: dnsRules.id,
  vpcId: vpc.id,
  priority: 101,
});

/**
 * `transform.taskDefinition` of the sandbox Task: no task role (so no credentials endpoint exists
 * for code inside), a scratch volume for /tmp, and the hardened container (infra/harden.ts).
 */
export function hardenTaskDefinition(args: { taskRoleArn?: unknown; volumes?: unknown; containerDefinitions: $util.Input<string> }): undefined {
  delete args.taskRoleArn;
  args.volumes = [{ name: SCRATCH_VOLUME }];
  args.containerDefinitions = $output(args.containerDefinitions).apply((json) => hardenContainerDefinitions(json));
  return undefined;
}

/** The cluster, told to place tasks in the private subnets with the sandbox security group. */
export const cluster = new sst.aws.Cluster("SandboxCluster", {
  vpc: {
    id: vpc.id,
    securityGroups: [taskSecurityGroup.id],
    containerSubnets: vpc.privateSubnets,
    serviceSubnets: vpc.privateSubnets,
    loadBalancerSubnets: vpc.publicSubnets,
  },
});

/**
 * The sandbox task: the image from sandbox-images/Dockerfile, started at the agent instead of the
 * runner. CPU and memory here are the defaults; each RunTask sizes the task for its job.
 */
export const task = new sst.aws.Task(SANDBOX_TASK_NAME, {
  cluster,
  image: { context: "sandbox-images", dockerfile: "Dockerfile" },
  entrypoint: SANDBOX_ENTRYPOINT,
  architecture: "x86_64",
  cpu: "1 vCPU",
  memory: "2 GB",
  publicIp: false,
  logging: { retention: "1 week" },
  dev: false,
  transform: { taskDefinition: hardenTaskDefinition },
});

/** The job exchange function: Upstash only, no AWS permissions beyond its logs. */
export const exchangeFunction = new sst.aws.Function("SandboxExchangeFunction", {
  handler: "functions/exchange.handler",
  runtime: "nodejs22.x",
  timeout: "28 seconds",
  memory: "256 MB",
  environment: {
    SANDBOX_EXCHANGE_SECRET: secrets.sandboxExchangeSecret.value,
    UPSTASH_REDIS_REST_URL: secrets.upstashRedisRestUrl.value,
    UPSTASH_REDIS_REST_TOKEN: secrets.upstashRedisRestToken.value,
  },
});

/** A private REST API: reachable only through the sandbox VPC's execute-api endpoint. */
export const exchangeApi = new sst.aws.ApiGatewayV1("SandboxExchange", {
  endpoint: { type: "private", vpcEndpointIds: [executeApiEndpoint.id] },
  transform: {
    api: (args: { policy?: unknown }) => {
      args.policy = $jsonStringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: "*",
            Action: "execute-api:Invoke",
            Resource: "execute-api:/*",
            Condition: { StringEquals: { "aws:SourceVpce": executeApiEndpoint.id } },
          },
        ],
      });
      return undefined;
    },
  },
});
exchangeApi.route("GET /sandbox/slots/{slotId}/job", exchangeFunction.arn);
exchangeApi.route("DELETE /sandbox/slots/{slotId}", exchangeFunction.arn);
exchangeApi.route("POST /sandbox/jobs/{jobId}/result", exchangeFunction.arn);
exchangeApi.deploy();

/** What the launcher (lib/launcher/ecs.ts) is configured with. */
export function launcherEnvironment() {
  return {
    SANDBOX_LAUNCHER: "ecs",
    SANDBOX_ECS_CLUSTER: cluster.nodes.cluster.arn,
    SANDBOX_ECS_TASK_DEFINITION: task.taskDefinition,
    SANDBOX_ECS_CONTAINER: SANDBOX_TASK_NAME,
    SANDBOX_ECS_SUBNETS: vpc.privateSubnets.apply((ids) => ids.join(",")),
    SANDBOX_ECS_SECURITY_GROUPS: taskSecurityGroup.id,
    SANDBOX_ECS_CPU: "1024",
    SANDBOX_POOL_SIZE: "2",
    SANDBOX_POOL_IDLE_SECONDS: "600",
    SANDBOX_EXCHANGE_URL: exchangeApi.url,
    SANDBOX_EXCHANGE_SECRET: secrets.sandboxExchangeSecret.value,
  };
}

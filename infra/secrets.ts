/**
 * Configuration held as SST secrets (`sst secret set <Name> <value> --stage <stage>`).
 * QStash is a hosted queue: nothing to create, only its token and signing keys to hold.
 * Optional ones default to "" (the env module treats empty as unset).
 */
export const secrets = {
  qstashToken: new sst.Secret("QstashToken"),
  qstashCurrentSigningKey: new sst.Secret("QstashCurrentSigningKey"),
  qstashNextSigningKey: new sst.Secret("QstashNextSigningKey"),
  databaseUrl: new sst.Secret("DatabaseUrl"),
  authSecret: new sst.Secret("AuthSecret"),
  roomSecret: new sst.Secret("RoomSecret"),
  partykitUrl: new sst.Secret("PartykitUrl"),
  upstashRedisRestUrl: new sst.Secret("UpstashRedisRestUrl"),
  upstashRedisRestToken: new sst.Secret("UpstashRedisRestToken"),
  /** Signs the sandbox tasks' slot and result tokens (32+ random characters). */
  sandboxExchangeSecret: new sst.Secret("SandboxExchangeSecret"),
  llmBaseUrl: new sst.Secret("LlmBaseUrl", ""),
  llmApiKey: new sst.Secret("LlmApiKey", ""),
};

/** The app's own variables every server-side part needs (lib/env). */
export function appEnvironment() {
  return {
    NODE_ENV: "production",
    DATABASE_URL: secrets.databaseUrl.value,
    AUTH_SECRET: secrets.authSecret.value,
    ROOM_SECRET: secrets.roomSecret.value,
    PARTYKIT_URL: secrets.partykitUrl.value,
    UPSTASH_REDIS_REST_URL: secrets.upstashRedisRestUrl.value,
    UPSTASH_REDIS_REST_TOKEN: secrets.upstashRedisRestToken.value,
    LLM_BASE_URL: secrets.llmBaseUrl.value,
    LLM_API_KEY: secrets.llmApiKey.value,
  };
}

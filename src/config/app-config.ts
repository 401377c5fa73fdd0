import { Inject, Injectable } from '@nestjs/common';
import type { Environment } from './environment.js';

export const ENVIRONMENT = Symbol('ENVIRONMENT');

/** Typed, validated configuration for the rest of the app. */
@Injectable()
export class AppConfig {
  constructor(@Inject(ENVIRONMENT) private readonly env: Environment) {}

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }
  get nodeEnv() {
    return this.env.NODE_ENV;
  }
  get host(): string {
    return this.env.HOST;
  }
  get port(): number {
    return this.env.PORT;
  }
  get logLevel() {
    return this.env.LOG_LEVEL;
  }
  get database() {
    return {
      url: this.env.DATABASE_URL,
      readUrl: this.env.DATABASE_READ_URL ?? null,
      readMaxLagMs: this.env.DATABASE_READ_MAX_LAG_MS,
      poolMax: this.env.DATABASE_POOL_MAX,
      acquireTimeoutMs: this.env.DATABASE_POOL_ACQUIRE_TIMEOUT_MS,
      statementTimeoutMs: this.env.DATABASE_STATEMENT_TIMEOUT_MS,
      embeddedDir: this.env.EMBEDDED_PG_DIR,
      embeddedPort: this.env.EMBEDDED_PG_PORT,
      migrateOnStart: this.env.MIGRATE_ON_START,
      seedOnEmpty: this.env.SEED_ON_EMPTY,
      // Reads may hold all but two connections: those stay for writes.
      readConcurrency: Math.max(1, this.env.DATABASE_POOL_MAX - 2),
    };
  }
  get graphql() {
    return {
      pageSizeMax: this.env.PAGE_SIZE_MAX,
      maxDepth: this.env.GRAPHQL_MAX_DEPTH,
      maxAliases: this.env.GRAPHQL_MAX_ALIASES,
      maxCost: this.env.GRAPHQL_MAX_COST,
      maxTokens: this.env.GRAPHQL_MAX_TOKENS,
      executionTimeoutMs: this.env.GRAPHQL_EXECUTION_TIMEOUT_MS,
      introspection: this.env.GRAPHQL_INTROSPECTION ?? !this.isProduction,
    };
  }
  get responseCache() {
    return {
      ttlSeconds: this.env.RESPONSE_CACHE_TTL_SECONDS,
      maxBytes: this.env.RESPONSE_CACHE_MAX_MB * 1024 * 1024,
      redisUrl: this.env.REDIS_URL ?? null,
    };
  }
  /** Stored text of the pages kept parsed in memory, in bytes. */
  get readModelHeldBytes(): number {
    return this.env.READ_MODEL_HELD_MB * 1024 * 1024;
  }
  get httpCacheMaxAgeSeconds(): number {
    return this.env.HTTP_CACHE_MAX_AGE_SECONDS;
  }
  get persistedQueries() {
    return { manifestPath: this.env.PERSISTED_QUERIES_MANIFEST, only: this.env.PERSISTED_QUERIES_ONLY };
  }
  get maxBodyBytes(): number {
    return this.env.MAX_BODY_BYTES;
  }
  get jobs() {
    return {
      enabled: this.env.JOBS_ENABLED,
      concurrency: this.env.JOBS_CONCURRENCY,
      pollIntervalMs: this.env.JOBS_POLL_INTERVAL_MS,
      skip: this.env.JOBS_SKIP.split(',')
        .map((task) => task.trim())
        .filter(Boolean),
    };
  }
  get webhooks() {
    return {
      timeoutMs: this.env.WEBHOOK_TIMEOUT_MS,
      retryBaseMs: this.env.WEBHOOK_RETRY_BASE_MS,
      maxAttempts: this.env.WEBHOOK_MAX_ATTEMPTS,
      allowPrivateNetworks: this.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS ?? !this.isProduction,
    };
  }
  get shutdownGraceMs(): number {
    return this.env.SHUTDOWN_GRACE_MS;
  }
  get auth() {
    return {
      // Outside production a fixed key, so that every process of a development setup accepts the others' tokens.
      jwtSecret: this.env.AUTH_JWT_SECRET ?? 'podium-development-signing-key-not-for-production',
      issuer: this.env.AUTH_ISSUER,
      accessTokenTtlSeconds: this.env.AUTH_ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: this.env.AUTH_REFRESH_TOKEN_TTL_SECONDS,
    };
  }
  get loginThrottle() {
    return {
      maxFailuresPerAccount: this.env.AUTH_LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerIp: this.env.AUTH_LOGIN_MAX_FAILURES_PER_IP,
      windowSeconds: this.env.AUTH_LOGIN_WINDOW_SECONDS,
    };
  }
  get media() {
    const env = this.env;
    return {
      storage: env.MEDIA_STORAGE,
      dir: env.MEDIA_DIR,
      publicUrl: env.MEDIA_PUBLIC_URL ?? `http://localhost:${env.PORT}/media/files`,
      maxBytes: env.MEDIA_MAX_BYTES,
      maxPixels: env.MEDIA_MAX_PIXELS,
      s3: {
        bucket: env.S3_BUCKET ?? '',
        region: env.S3_REGION ?? '',
        endpoint: env.S3_ENDPOINT ?? null,
        credentials:
          env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
            ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
            : null,
        forcePathStyle: env.S3_FORCE_PATH_STYLE,
      },
    };
  }
  get mediaRights() {
    return { warningDays: this.env.MEDIA_RIGHTS_WARNING_DAYS };
  }
  get firstAdmin() {
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password, ADMIN_NAME: name } = this.env;
    return email && password ? { email, password, displayName: name ?? 'Administrator' } : null;
  }
}

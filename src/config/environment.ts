import 'reflect-metadata';
import { plainToInstance, Transform, type TransformFnParams } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

// Reads the raw string: implicit conversion has already turned "false" into true by now.
const toBoolean = ({ obj, key }: TransformFnParams) => {
  const raw: unknown = (obj as Record<string, unknown>)[key];
  return typeof raw === 'string' ? ['1', 'true', 'yes', 'on'].includes(raw.trim().toLowerCase()) : raw;
};

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const NODE_ENVS = ['development', 'production', 'test'] as const;
export const MEDIA_STORAGES = ['local', 's3'] as const;

/**
 * Every environment variable the server reads, with its default. `.env.example`
 * documents each one; a test keeps that file and docker-compose.yml in step with this class.
 */
export class Environment {
  @IsIn(NODE_ENVS)
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @IsString()
  HOST: string = '0.0.0.0';

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** PostgreSQL to use. When unset, an embedded PostgreSQL is started (data in EMBEDDED_PG_DIR). */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgresql:// connection string' })
  DATABASE_URL?: string;

  /**
   * A read replica of DATABASE_URL for public reads (queries of readers and API keys); writes,
   * staff and everything in a mutation use DATABASE_URL. Unset: everything uses DATABASE_URL.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_READ_URL must be a postgresql:// connection string' })
  DATABASE_READ_URL?: string;

  /**
   * With DATABASE_READ_URL: how far behind the primary the replica may be, in ms. For this long
   * after a write, answers read from the replica are not kept in the response cache (they may
   * predate the write).
   */
  @IsInt()
  @Min(0)
  @Max(600_000)
  DATABASE_READ_MAX_LAG_MS: number = 1000;

  @IsInt()
  @Min(1)
  @Max(500)
  DATABASE_POOL_MAX: number = 10;

  /** How long a request waits for a free connection (or a new one) before failing. */
  @IsInt()
  @Min(100)
  DATABASE_POOL_ACQUIRE_TIMEOUT_MS: number = 5000;

  @IsInt()
  @Min(100)
  DATABASE_STATEMENT_TIMEOUT_MS: number = 15000;

  @IsString()
  EMBEDDED_PG_DIR: string = '.data/postgres';

  /** 0 picks a free port. */
  @IsInt()
  @Min(0)
  @Max(65535)
  EMBEDDED_PG_PORT: number = 0;

  @Transform(toBoolean)
  @IsBoolean()
  MIGRATE_ON_START: boolean = true;

  /** Load the reference data and the demo story when the database is empty. */
  @Transform(toBoolean)
  @IsBoolean()
  SEED_ON_EMPTY: boolean = true;

  @IsInt()
  @Min(1)
  @Max(500)
  PAGE_SIZE_MAX: number = 100;

  @IsInt()
  @Min(1)
  @Max(50)
  GRAPHQL_MAX_DEPTH: number = 12;

  @IsInt()
  @Min(1)
  GRAPHQL_MAX_ALIASES: number = 30;

  /**
   * Highest cost of one operation: the fields it could resolve at worst, with every list at its
   * page size (`first`/`last`, variables applied) or its declared bound.
   */
  @IsInt()
  @Min(1)
  GRAPHQL_MAX_COST: number = 10_000_000;

  @IsInt()
  @Min(100)
  GRAPHQL_MAX_TOKENS: number = 4000;

  /**
   * How long a query's whole answer may be served again. Answers read from stored pages are
   * dropped when one of their pages changes; any other answer when anything public changes.
   * 0 turns the cache off.
   */
  @IsInt()
  @Min(0)
  @Max(86400)
  RESPONSE_CACHE_TTL_SECONDS: number = 60;

  /** Memory the response cache may use in each instance, in megabytes (with REDIS_URL, for the answers that are not shared). */
  @IsInt()
  @Min(1)
  @Max(4096)
  RESPONSE_CACHE_MAX_MB: number = 64;

  /**
   * Stored text of the pages each instance keeps parsed in memory, in megabytes; parsed, they
   * take about five times that of heap. A page not held is read whole and parsed again.
   */
  @IsInt()
  @Min(1)
  @Max(1024)
  READ_MODEL_HELD_MB: number = 24;

  /** Redis to share the response cache between instances (answers read from stored pages); unset: each instance keeps its own in memory. */
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** After this long, no further resolver of a request starts (QUERY_TIMEOUT); statements are bounded by DATABASE_STATEMENT_TIMEOUT_MS. */
  @IsInt()
  @Min(100)
  GRAPHQL_EXECUTION_TIMEOUT_MS: number = 10_000;

  /** Largest GraphQL answer sent; a larger one is replaced by RESPONSE_TOO_LARGE. */
  @IsInt()
  @Min(1024)
  GRAPHQL_MAX_RESPONSE_BYTES: number = 16 * 1024 * 1024;

  /** Introspection and the Sandbox landing page; default: on except in production. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  GRAPHQL_INTROSPECTION?: boolean;

  /**
   * How long a CDN or browser may keep a GET query's response, in seconds (`Cache-Control:
   * public, max-age`). Nothing can tell a CDN of a write, so this is how stale the edge may be.
   * 0 sends `no-store` instead.
   */
  @IsInt()
  @Min(0)
  @Max(86400)
  HTTP_CACHE_MAX_AGE_SECONDS: number = 30;

  /**
   * A JSON file of persisted queries (sha256 hash → query text), registered at start so a
   * hash-only GET works from the first request. Required by PERSISTED_QUERIES_ONLY.
   */
  @ValidateIf((env: Environment) => env.PERSISTED_QUERIES_ONLY || env.PERSISTED_QUERIES_MANIFEST !== undefined)
  @IsString({ message: 'PERSISTED_QUERIES_MANIFEST must name the persisted-query manifest (a JSON file) when PERSISTED_QUERIES_ONLY=true' })
  @MinLength(1)
  PERSISTED_QUERIES_MANIFEST?: string;

  /** Run only the queries of PERSISTED_QUERIES_MANIFEST; any other is refused (PERSISTED_QUERY_NOT_IN_LIST). */
  @Transform(toBoolean)
  @IsBoolean()
  PERSISTED_QUERIES_ONLY: boolean = false;

  /** Request bodies above this many bytes are refused with 413 (results imports take up to 2 MB documents). */
  @IsInt()
  @Min(1024)
  MAX_BODY_BYTES: number = 4_000_000;

  /** Run background jobs (scheduled publishing, webhook deliveries) in this process; false makes a pure API server. */
  @Transform(toBoolean)
  @IsBoolean()
  JOBS_ENABLED: boolean = true;

  /** Jobs this process runs at once. */
  @IsInt()
  @Min(1)
  @Max(50)
  JOBS_CONCURRENCY: number = 2;

  /**
   * Tasks this process leaves to other processes, comma-separated (e.g. `media.renditions` on
   * API servers when worker instances render photos). An unknown name stops the start.
   */
  @IsString()
  @Matches(/^[\w.\-, ]*$/, { message: 'JOBS_SKIP must list task names separated by commas' })
  JOBS_SKIP: string = '';

  /** How often the runner looks for jobs that became due (new jobs are heard at once through NOTIFY). */
  @IsInt()
  @Min(50)
  @Max(60000)
  JOBS_POLL_INTERVAL_MS: number = 2000;

  /** How long one webhook delivery attempt may take before it counts as failed. */
  @IsInt()
  @Min(100)
  @Max(120_000)
  WEBHOOK_TIMEOUT_MS: number = 10_000;

  /** The wait before the first retry of a failed delivery; each further retry waits twice as long. */
  @IsInt()
  @Min(10)
  WEBHOOK_RETRY_BASE_MS: number = 30_000;

  /** Attempts per delivery before it is FAILED. */
  @IsInt()
  @Min(1)
  @Max(25)
  WEBHOOK_MAX_ATTEMPTS: number = 8;

  /** Webhook URLs may point at private, loopback or link-local addresses; default: allowed except in production. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  WEBHOOK_ALLOW_PRIVATE_NETWORKS?: boolean;

  /** Time allowed for in-flight requests to finish on SIGTERM before the process exits. */
  @IsInt()
  @Min(0)
  SHUTDOWN_GRACE_MS: number = 10000;

  /** The HS256 key access and preview tokens are signed with; required in production, at least 32 characters. */
  @IsOptional()
  @MinLength(32)
  AUTH_JWT_SECRET?: string;

  /** The `iss` of the tokens this server signs and accepts. */
  @IsString()
  @MinLength(1)
  AUTH_ISSUER: string = 'podium';

  /** How long an access token is valid, in seconds (60-86400); refresh tokens renew it. */
  @IsInt()
  @Min(60)
  @Max(86400)
  AUTH_ACCESS_TOKEN_TTL_SECONDS: number = 900;

  /** How long a refresh token is valid, in seconds; each use replaces it with a new one. */
  @IsInt()
  @Min(60)
  @Max(31_536_000)
  AUTH_REFRESH_TOKEN_TTL_SECONDS: number = 2_592_000;

  /** Failed logins for one account within AUTH_LOGIN_WINDOW_SECONDS before its logins are refused. */
  @IsInt()
  @Min(1)
  AUTH_LOGIN_MAX_FAILURES_PER_ACCOUNT: number = 5;

  /** Failed logins from one IP address within AUTH_LOGIN_WINDOW_SECONDS before its logins are refused. */
  @IsInt()
  @Min(1)
  AUTH_LOGIN_MAX_FAILURES_PER_IP: number = 20;

  /** The window failed logins are counted in, and how long a key stays blocked once over its limit. */
  @IsInt()
  @Min(1)
  @Max(86400)
  AUTH_LOGIN_WINDOW_SECONDS: number = 900;

  /** Express's `trust proxy`: behind a reverse proxy, which hops to trust for the client IP (`1`, `loopback`, a subnet list). */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /** The first admin, created at start when the database has no user; needs ADMIN_PASSWORD. */
  @ValidateIf((env: Environment) => env.ADMIN_EMAIL !== undefined || env.ADMIN_PASSWORD !== undefined)
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an email address when ADMIN_PASSWORD is set' })
  ADMIN_EMAIL?: string;

  @ValidateIf((env: Environment) => env.ADMIN_EMAIL !== undefined || env.ADMIN_PASSWORD !== undefined)
  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters when ADMIN_EMAIL is set' })
  @MaxLength(1024)
  ADMIN_PASSWORD?: string;

  /** The first admin's display name. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ADMIN_NAME?: string;

  /** Where uploaded media files are stored: `local` (a folder, MEDIA_DIR) or `s3` (an S3-compatible bucket, S3_*). */
  @IsIn(MEDIA_STORAGES)
  MEDIA_STORAGE: (typeof MEDIA_STORAGES)[number] = 'local';

  /** The folder of MEDIA_STORAGE=local (relative paths are resolved against the project root). */
  @IsString()
  @MinLength(1)
  MEDIA_DIR: string = '.data/media';

  /** The base URL stored files are served from; default: this server's /media/files on localhost:PORT. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+[^/\s]$/, { message: 'MEDIA_PUBLIC_URL must be an http(s) URL without a trailing slash' })
  MEDIA_PUBLIC_URL?: string;

  /** Largest file an upload may send, in bytes; a larger one is refused with MEDIA_TOO_LARGE. */
  @IsInt()
  @Min(1024)
  MEDIA_MAX_BYTES: number = 64 * 1024 * 1024;

  /** Most pixels (width × height) an uploaded image may have; more is refused with MEDIA_TOO_MANY_PIXELS. */
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  MEDIA_MAX_PIXELS: number = 60_000_000;

  /** With MEDIA_STORAGE=s3: the bucket. */
  @ValidateIf((env: Environment) => env.MEDIA_STORAGE === 's3' || env.S3_BUCKET !== undefined)
  @IsString({ message: 'S3_BUCKET must name the bucket when MEDIA_STORAGE=s3' })
  @MinLength(1)
  S3_BUCKET?: string;

  /** With MEDIA_STORAGE=s3: the bucket's region (any value, e.g. us-east-1, for servers that ignore it). */
  @ValidateIf((env: Environment) => env.MEDIA_STORAGE === 's3' || env.S3_REGION !== undefined)
  @IsString({ message: 'S3_REGION must name the region when MEDIA_STORAGE=s3' })
  @MinLength(1)
  S3_REGION?: string;

  /** With MEDIA_STORAGE=s3: the endpoint of an S3-compatible server (MinIO, R2…); unset: AWS S3. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'S3_ENDPOINT must be an http(s) URL' })
  S3_ENDPOINT?: string;

  /** With MEDIA_STORAGE=s3: the access key; unset with S3_SECRET_ACCESS_KEY: the SDK's default credentials (role, profile). */
  @ValidateIf((env: Environment) => env.S3_ACCESS_KEY_ID !== undefined || env.S3_SECRET_ACCESS_KEY !== undefined)
  @IsString({ message: 'S3_ACCESS_KEY_ID must be set when S3_SECRET_ACCESS_KEY is' })
  @MinLength(1)
  S3_ACCESS_KEY_ID?: string;

  @ValidateIf((env: Environment) => env.S3_ACCESS_KEY_ID !== undefined || env.S3_SECRET_ACCESS_KEY !== undefined)
  @IsString({ message: 'S3_SECRET_ACCESS_KEY must be set when S3_ACCESS_KEY_ID is' })
  @MinLength(1)
  S3_SECRET_ACCESS_KEY?: string;

  /** With MEDIA_STORAGE=s3: address objects as endpoint/bucket/key (most self-hosted servers want this). */
  @Transform(toBoolean)
  @IsBoolean()
  S3_FORCE_PATH_STYLE: boolean = false;

  /**
   * The daily rights job warns of published photos whose rights expire within this many days
   * (media.rightsExpiring); it is also MediaAsset.rights.status EXPIRING's horizon and the
   * default window of expiringMediaUses.
   */
  @IsInt()
  @Min(0)
  @Max(366)
  MEDIA_RIGHTS_WARNING_DAYS: number = 7;
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidEnvironmentError';
  }
}

/** Reads and validates the environment; throws naming every variable at fault. */
export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const known = new Set(environmentVariableNames());
  const present = Object.fromEntries(
    Object.entries(source).filter(([key, value]) => known.has(key) && value !== undefined && value !== ''),
  );
  const env = plainToInstance(Environment, present, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: true });
  const problems = errors.map(
    (e) => `${e.property}=${JSON.stringify(source[e.property] ?? null)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  if (env.NODE_ENV === 'production' && !env.AUTH_JWT_SECRET) problems.push('AUTH_JWT_SECRET=null: required in production');
  if (problems.length > 0) throw new InvalidEnvironmentError(problems);
  return env;
}

// Optional variables have no initializer, so an instance does not list them.
const OPTIONAL_VARIABLES = [
  'ADMIN_EMAIL',
  'ADMIN_NAME',
  'ADMIN_PASSWORD',
  'AUTH_JWT_SECRET',
  'DATABASE_READ_URL',
  'DATABASE_URL',
  'GRAPHQL_INTROSPECTION',
  'MEDIA_PUBLIC_URL',
  'PERSISTED_QUERIES_MANIFEST',
  'REDIS_URL',
  'S3_ACCESS_KEY_ID',
  'S3_BUCKET',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_SECRET_ACCESS_KEY',
  'TRUST_PROXY',
  'WEBHOOK_ALLOW_PRIVATE_NETWORKS',
];

/** The names of every variable the server reads. */
export function environmentVariableNames(): string[] {
  return [...new Set([...Object.keys(new Environment()), ...OPTIONAL_VARIABLES])].sort();
}

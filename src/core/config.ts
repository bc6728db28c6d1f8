// All configuration comes from environment variables, read once into a frozen object.
// Zero configuration works: an embedded database and a generated key under ./.menkou/.
import path from 'node:path';

export type Config = Readonly<{
  /** Folder for the embedded database, the key file and generated files. */
  dataDir: string;
  /** When set, a PostgreSQL server is used instead of the embedded PGlite. */
  databaseUrl: string | undefined;
  host: string;
  port: number;
  /** Hex master key (64 hex chars); else read from / generated into keyFile. */
  masterKeyHex: string | undefined;
  keyFile: string;
  logLevel: string;
  /** Seed of the demo campaign built on first start; `MENKOU_DEMO=off` skips it. */
  demo: boolean;
  demoWorkers: number;
  /**
   * Whether to believe X-Forwarded-For/-Proto: false (default), true (any proxy), a number
   * of proxy hops, or the proxies' addresses/CIDRs. Behind a TLS-terminating proxy this
   * makes the session cookie Secure and sign-in locks count the real client address.
   */
  trustProxy: TrustProxy;
  /** /metrics (Prometheus): off by default; then answered to loopback, or to anyone with the token. */
  metrics: MetricsSettings;
  /** MENKOU_AUDIT_RETENTION_DAYS: `menkou audit prune` keeps this many days (180 at least, the baseline's floor). */
  auditRetentionDays: number;
}>;

export const MIN_AUDIT_RETENTION_DAYS = 180;

export type MetricsSettings = Readonly<{ enabled: boolean; token: string | undefined }>;

export type TrustProxy = boolean | number | string[];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.MENKOU_DATA_DIR ?? '.menkou');
  return Object.freeze({
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    host: env.HOST ?? '127.0.0.1',
    port: parsePort(env.PORT),
    masterKeyHex: env.MENKOU_KEY || undefined,
    keyFile: path.resolve(env.MENKOU_KEY_FILE ?? path.join(dataDir, 'master.key')),
    logLevel: env.LOG_LEVEL ?? 'info',
    demo: (env.MENKOU_DEMO ?? 'on') !== 'off',
    demoWorkers: Number.parseInt(env.MENKOU_DEMO_WORKERS ?? '27000', 10),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    metrics: parseMetrics(env),
    auditRetentionDays: parseRetention(env.MENKOU_AUDIT_RETENTION_DAYS),
  });
}

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (text === '' || /^(false|off|no|0)$/i.test(text)) return false;
  if (/^(true|on|yes)$/i.test(text)) return true;
  if (/^\d+$/.test(text)) return Number.parseInt(text, 10);
  const addresses = text.split(',').map((part) => part.trim()).filter(Boolean);
  for (const address of addresses) {
    if (!/^[0-9A-Fa-f:.]+(\/\d{1,3})?$/.test(address) && !/^(loopback|linklocal|uniquelocal)$/.test(address)) {
      throw new Error(`TRUST_PROXY 无效 / TRUST_PROXY is not valid: ${address} (true, false, a hop count, or addresses/CIDRs separated by commas)`);
    }
  }
  return addresses;
}

export function parseMetrics(env: NodeJS.ProcessEnv): MetricsSettings {
  const token = env.MENKOU_METRICS_TOKEN || undefined;
  if (token !== undefined && token.length < 24) {
    throw new Error('MENKOU_METRICS_TOKEN 至少 24 个字符 / MENKOU_METRICS_TOKEN must be at least 24 characters');
  }
  return Object.freeze({ enabled: /^(on|true|yes|1)$/i.test((env.MENKOU_METRICS ?? '').trim()), token });
}

function parseRetention(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return MIN_AUDIT_RETENTION_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < MIN_AUDIT_RETENTION_DAYS) {
    throw new Error(`MENKOU_AUDIT_RETENTION_DAYS 须为不少于 ${MIN_AUDIT_RETENTION_DAYS} 的整数 / MENKOU_AUDIT_RETENTION_DAYS must be a whole number of at least ${MIN_AUDIT_RETENTION_DAYS} days: ${value}`);
  }
  return days;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number.parseInt(value, 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT 无效 / PORT is not a valid port: ${value}`);
  }
  return port;
}

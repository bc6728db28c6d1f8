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
}>;

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
  });
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number.parseInt(value, 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT 无效 / PORT is not a valid port: ${value}`);
  }
  return port;
}

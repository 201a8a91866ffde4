import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, whether running from src/ (tests) or dist/. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

const booleanText = z.enum(['true', 'false']).transform((v) => v === 'true');

const envSchema = z.object({
  /** HTTP port of the API (and the web app it serves). */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** An external PostgreSQL. Unset: an embedded one is started under CCHC_DATA_DIR. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** The longest a database statement may run, in ms (0: no limit); a longer one answers 503. */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  /** Where the embedded database (and generated secrets) live; git-ignored. */
  CCHC_DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.data')),
  /** Port of the embedded PostgreSQL; unset: a free one is chosen at each start. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Load the Sóc Trăng demo on first start. Default: only on the embedded database. */
  DEMO_DATA: booleanText.optional(),
  /** The built web app to serve at /; unset or missing: the API alone. */
  WEB_DIST: z.string().min(1).default(path.join(REPO_ROOT, 'apps/web/dist')),
  /** The first start's password for the system administrator `admin`; unset: generated. */
  CCHC_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  /** Other origins allowed to call the API, comma-separated; none by default (one origin). */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean)
        : undefined,
    ),
  /** Behind a reverse proxy: which hops to trust for the client's address (Express
   * "trust proxy": e.g. loopback, 1, or 10.0.0.0/8). Unset: the socket's address. */
  TRUST_PROXY: z.string().min(1).optional(),
  /** LibreOffice's soffice, for the plans' PDF; unset: `soffice` on the PATH. Optional: without it, PDF answers 503. */
  SOFFICE_PATH: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
});

export type Env = z.infer<typeof envSchema>;

/** Reads the environment once, failing fast with every bad variable named. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}\nSee .env.example.`);
  }
  return result.data;
}

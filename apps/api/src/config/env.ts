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
  /** Where the embedded database (and generated secrets) live; git-ignored. */
  CCHC_DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.data')),
  /** Port of the embedded PostgreSQL; unset: a free one is chosen at each start. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Load the Sóc Trăng demo on first start. Default: only on the embedded database. */
  DEMO_DATA: booleanText.optional(),
  /** The built web app to serve at /; unset or missing: the API alone. */
  WEB_DIST: z.string().min(1).default(path.join(REPO_ROOT, 'apps/web/dist')),
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

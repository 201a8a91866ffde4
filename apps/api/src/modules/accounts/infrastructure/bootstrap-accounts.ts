import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '@nestjs/common';
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';

/**
 * The first start creates the system administrator `admin`. Its password is
 * CCHC_ADMIN_PASSWORD, or one generated, printed once and kept (mode 600) in
 * `<data dir>/admin-password` (git-ignored), never in a log line again.
 */
export async function ensureSystemAdmin(
  dataSource: DataSource,
  options: { password?: string; dataDir: string },
  logger: Logger,
): Promise<void> {
  const [exists] = await dataSource.query(
    `SELECT 1 FROM users WHERE role = 'system_admin' AND deleted_at IS NULL`,
  );
  if (exists) return;
  const password = options.password ?? crypto.randomBytes(12).toString('base64url');
  await dataSource.query(
    `INSERT INTO users (username, password_hash, role) VALUES ('admin', $1, 'system_admin')`,
    [await argon2.hash(password, { type: argon2.argon2id })],
  );
  if (options.password) {
    logger.log('Created the system administrator "admin" with the password from CCHC_ADMIN_PASSWORD');
    return;
  }
  const file = path.join(options.dataDir, 'admin-password');
  fs.mkdirSync(options.dataDir, { recursive: true });
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  logger.warn(
    `Created the system administrator "admin" with password ${password} (also in ${file}); change it.`,
  );
}

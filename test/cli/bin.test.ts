import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

// The real command on real files: what only the process and the file system can show.
const folder = mkdtempSync(join(tmpdir(), 'par-cli-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const bin = (...args: string[]) => {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: result.status, err: result.stderr, seconds: (Date.now() - started) / 1000 };
};

describe('the partner-account-rules command', () => {
  it('refuses a directory and a device at once, with exit code 2', { timeout: 30_000 }, () => {
    expect(bin('validate', folder)).toMatchObject({ code: 2, err: `${folder}: is not a regular file\n` });
    expect(bin('validate', '/dev/null')).toMatchObject({ code: 2, err: '/dev/null: is not a regular file\n' });
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO with no writer instead of waiting on it',
    { timeout: 30_000 },
    () => {
      const fifo = join(folder, 'fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const answer = bin('validate', fifo);
      expect(answer).toMatchObject({ code: 2, err: `${fifo}: is not a regular file\n` });
      expect(answer.seconds).toBeLessThan(15);
    },
  );

  it('reads a regular file, and says why it cannot read a missing one', { timeout: 30_000 }, () => {
    const file = join(folder, 'snapshot.json');
    writeFileSync(file, JSON.stringify({ agreements: [{ leid: 1, status: 'active' }] }));
    expect(bin('validate', file)).toMatchObject({ code: 0, err: '' });
    expect(bin('validate', join(folder, 'missing.json')).err).toMatch(/missing\.json: cannot be read \(ENOENT/u);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { expect, it } from 'vitest';

// The service as `npm start` runs it, in a process of its own: it logs JSON lines, seeds its
// tables, answers with a token `npm run token` made, and on SIGTERM finishes and exits 0.

const root = fileURLToPath(new URL('../../..', import.meta.url));
const env = { ...process.env, TOKEN_SECRET: 'a development key that is long enough', PORT: '0', LOG_LEVEL: 'info' };
const tsx = (script: string) => [process.execPath, ['--import', 'tsx', `examples/service/src/${script}`]] as const;

it('starts, answers, logs JSON lines and stops gracefully on SIGTERM', async () => {
  const [node, args] = tsx('main.ts');
  const child = spawn(node, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const address = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      for (const line of complete) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        lines.push(entry);
        const found = /listening at (\S+)/u.exec(String(entry['msg']));
        if (found?.[1] !== undefined) resolve(found[1]);
      }
    });
    child.once('exit', (code) => {
      reject(new Error(`exited with ${String(code)}: ${stderr}`));
    });
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  expect((await fetch(`${address}/health`)).status).toBe(200);
  const [tokenNode, tokenArgs] = tsx('token.ts');
  const made = spawnSync(tokenNode, [...tokenArgs, 'acc-astrid'], { cwd: root, env, encoding: 'utf8' });
  expect(made.status).toBe(0);
  const created = await fetch(`${address}/actions/create_user`, {
    method: 'POST',
    headers: { authorization: `Bearer ${made.stdout.trim()}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      property: 'nordlys-harbour',
      user: { login: 'from.the.process', email: 'p@nordlys.example', name: 'P', rights: ['inbox'] },
    }),
  });
  expect(created.status).toBe(200);

  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(lines.map(({ msg }) => msg)).toEqual(expect.arrayContaining(['ready', 'command', 'stopping']));
  expect(lines.find(({ msg }) => msg === 'command')).toMatchObject({ action: 'create_user', outcome: 'accepted' });
}, 60_000);

#!/usr/bin/env node
// The `partner-account-rules` command: the one place that touches files and the process.
/// <reference types="node" />
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { err, ok, type Result } from 'neverthrow';
import { defineLocale, explainIssue, isSpokenLocale, type SpokenLocale } from 'partner-account-rules';

import walkthrough from '../../scenarios/walkthrough.json';
import { cli, EXIT } from './cli';
import { oneLine, printable } from './printable';

// Only a regular file is read. It is opened without blocking, so a FIFO with no writer, a
// terminal or a device is refused at once instead of waited on, and the check is made on the
// file opened, not on the name.
const readFile = (path: string): Result<string, string> => {
  let fd: number | null = null;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return err('is not a regular file');
    return ok(readFileSync(fd, 'utf8'));
  } catch (error) {
    return err(`cannot be read (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    if (fd !== null) closeSync(fd);
  }
};

// The locale a module named by --locale-module exports by default: one defineLocale made, or
// { tag, texts } to give it. Running the module is the user's choice, as with any plugin.
const loadLocale = async (file: string): Promise<Result<SpokenLocale, string>> => {
  let exported: unknown;
  try {
    exported = ((await import(pathToFileURL(resolve(file)).href)) as { readonly default?: unknown }).default;
  } catch (error) {
    return err(`${file}: cannot be loaded (${error instanceof Error ? error.message : String(error)})`);
  }
  if (isSpokenLocale(exported)) return ok(exported);
  const { tag, texts } = (typeof exported === 'object' && exported !== null ? exported : {}) as {
    readonly tag?: unknown;
    readonly texts?: unknown;
  };
  return defineLocale(tag as string, texts as Parameters<typeof defineLocale>[1]).mapErr(
    (error) =>
      `${file}: its default export is not a locale:\n${error.issues.map((issue) => `  ${oneLine(explainIssue(issue, 'en'))}`).join('\n')}`,
  );
};

// The files of every --locale-module before a `--`, loaded in order.
const loadLocales = async (args: readonly string[]): Promise<Result<SpokenLocale[], string>> => {
  const end = args.indexOf('--');
  const options = end === -1 ? args : args.slice(0, end);
  const locales: SpokenLocale[] = [];
  for (const [index, arg] of options.entries()) {
    const file = options[index + 1];
    if (arg !== '--locale-module' || file === undefined) continue;
    const loaded = await loadLocale(file);
    if (loaded.isErr()) return err(loaded.error);
    locales.push(loaded.value);
  }
  return ok(locales);
};

const args = process.argv.slice(2);
const added = await loadLocales(args);
if (added.isErr()) {
  process.stderr.write(printable(`${added.error}\n`));
  process.exitCode = EXIT.malformed;
} else {
  process.exitCode = cli(
    args,
    { readFile, out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
    walkthrough,
    added.value,
  );
}

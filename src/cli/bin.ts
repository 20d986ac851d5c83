#!/usr/bin/env node
// The `partner-account-rules` command: the one place that touches files and the process.
/// <reference types="node" />
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

import { err, ok, type Result } from 'neverthrow';

import walkthrough from '../../scenarios/walkthrough.json';
import { cli } from './cli';

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

process.exitCode = cli(
  process.argv.slice(2),
  { readFile, out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
  walkthrough,
);

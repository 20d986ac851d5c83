#!/usr/bin/env node
// The `partner-account-rules` command: the one place that touches files and the process.
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { err, ok } from 'neverthrow';
import walkthrough from '../../scenarios/walkthrough.json';
import { cli } from './cli';

const readFile = (path: string) => {
  try {
    return ok(readFileSync(path, 'utf8'));
  } catch (error) {
    return err(`${path}: cannot be read (${error instanceof Error ? error.message : String(error)})\n`);
  }
};

process.exitCode = cli(
  process.argv.slice(2),
  { readFile, out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
  walkthrough,
);

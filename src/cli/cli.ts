import { err, ok, type Result } from 'neverthrow';
import {
  explainIssue,
  type InputIssue,
  type InvalidInput,
  LOCALES,
  localeTag,
  localeTexts,
  runScenario,
  type SpokenLocale,
  worldFrom,
} from 'partner-account-rules';

import { parseScenario, parseSnapshot } from '../schema/index';
import { oneLine, printable } from './printable';
import { reportJson, reportText } from './report';

/** What the CLI may do to the outside world: read a file, write to stdout and stderr. */
export interface Io {
  /** The text of a file, or why it cannot be had (the CLI adds the file's name). */
  readonly readFile: (path: string) => Result<string, string>;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Exit codes: 0 every step as expected, 1 an expectation failed, 2 a malformed file or call. */
export const EXIT = { ok: 0, unexpected: 1, malformed: 2 } as const;

const HELP = {
  main: `partner-account-rules: run and check scenarios of the primary-account policy

Usage:
  partner-account-rules run [file] [--locale TAG] [--json]
  partner-account-rules validate <file> [--locale TAG] [--json]
  partner-account-rules <command> --help

Commands:
  run        run a scenario file (without a file: the article's walkthrough)
  validate   check a scenario or world snapshot file without running it
`,
  run: `partner-account-rules run [file] [--locale TAG] [--json]

Runs a scenario: each step, its outcome, its message and remedies, then a summary.
Without a file, runs the walkthrough of the article's flows that ships with the package.

Options:
  --locale TAG    the language of the messages: en (the default), sv, or the tag of a
                  locale added with --locale-module
  --locale-module FILE
                  add the locale a JavaScript module exports by default, as
                  defineLocale(tag, texts) makes it or as { tag, texts }
  --json          print the run, or what is wrong with the file, as JSON on stdout
  --help          show this help
  --              what follows is a file name, even if it starts with -

Exit codes: 0 every step as expected; 1 a step was not; 2 the file or the call is malformed.
`,
  validate: `partner-account-rules validate <file> [--locale TAG] [--json]

Checks a scenario file or a world snapshot file without running it: every field, every value
(built by the library's constructors) and every reference between records.

Options:
  --locale TAG    the language of the messages: en (the default), sv, or the tag of a
                  locale added with --locale-module
  --locale-module FILE
                  add the locale a JavaScript module exports by default, as
                  defineLocale(tag, texts) makes it or as { tag, texts }
  --json          print the verdict, or what is wrong with the file, as JSON on stdout
  --help          show this help
  --              what follows is a file name, even if it starts with -

Exit codes: 0 valid; 2 malformed, with the path of each problem inside the file.
`,
} as const;

interface Options {
  readonly files: readonly string[];
  readonly locale: SpokenLocale;
  readonly json: boolean;
  readonly help: boolean;
}

const parseOptions = (args: readonly string[], locales: readonly SpokenLocale[]): Options | string => {
  const files: string[] = [];
  let locale: SpokenLocale = 'en';
  let json = false;
  let help = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--') {
      files.push(...args.slice(index + 1));
      break;
    }
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--locale') {
      const value = args[index + 1];
      const known = locales.find((candidate) => localeTag(candidate) === value?.toLowerCase());
      if (known === undefined) return `--locale takes one of: ${locales.map(localeTag).join(', ')}`;
      locale = known;
      index += 1;
    } else if (arg === '--locale-module') {
      // Loaded before the CLI runs (see bin.ts), so that --locale can name it wherever it stands.
      if (args[index + 1] === undefined) return '--locale-module takes a file';
      index += 1;
    } else if (arg.startsWith('-')) return `unknown option: ${oneLine(arg)}`;
    else files.push(arg);
  }
  return { files, locale, json, help };
};

/**
 * Why a file was not run or found valid: it could not be read, it is not JSON, or its content is
 * malformed (with the core's issues, each with its path inside the file).
 */
interface Failure {
  readonly file: string;
  readonly reason: 'unreadable' | 'not_json' | 'malformed';
  readonly message: string;
  readonly issues: InvalidInput['issues'] | readonly [];
}

const failed = (file: string, reason: 'unreadable' | 'not_json', message: string): Failure => ({
  file,
  reason,
  message: oneLine(message),
  issues: [],
});
const malformedContent =
  (file: string, locale: SpokenLocale) =>
  (error: InvalidInput): Failure => ({
    file,
    reason: 'malformed',
    message: localeTexts(locale).cli.malformed,
    issues: error.issues,
  });

// A JSON Pointer (RFC 6901) to the place of an issue inside the file.
const pointer = (path: InputIssue['path']): string =>
  path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

const failureText = ({ file, message, issues }: Failure, locale: SpokenLocale): string =>
  `${oneLine(file)}: ${message}\n${issues.map((issue) => `  ${oneLine(explainIssue(issue, locale))}\n`).join('')}`;

const failureJson = ({ file, reason, message, issues }: Failure, locale: SpokenLocale) => ({
  file,
  outcome: 'malformed',
  reason,
  message,
  issues: issues.map((issue) => ({
    pointer: pointer(issue.path),
    code: issue.problem.code,
    message: explainIssue(issue, locale),
  })),
});

const asJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

// A file's text as JSON; a leading byte order mark is not part of it.
const readJson = (io: Io, file: string): Result<unknown, Failure> =>
  io
    .readFile(file)
    .mapErr((why) => failed(file, 'unreadable', why))
    .andThen((text) => {
      try {
        return ok(JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text));
      } catch (error) {
        return err(
          failed(file, 'not_json', `not valid JSON (${error instanceof Error ? error.message : String(error)})`),
        );
      }
    });

// Every way a file can be malformed ends here: exit code 2, with what is wrong on stderr, or as
// JSON on stdout when --json asked for JSON.
const malformed =
  (io: Io, options: Options) =>
  (failure: Failure): number => {
    if (options.json) io.out(asJson(failureJson(failure, options.locale)));
    else io.err(failureText(failure, options.locale));
    return EXIT.malformed;
  };

// A call that is malformed: exit code 2, with what is wrong and the usage on stderr, or, when the
// call asked for JSON, what is wrong as JSON on stdout (a caller that parses stdout gets JSON for
// every outcome).
const misused = (io: Io, json: boolean, problem: string, usage: string): number => {
  if (json) io.out(asJson({ outcome: 'misused', message: oneLine(problem) }));
  else io.err(`${problem}\n${usage}`);
  return EXIT.malformed;
};

// Whether the call asks for JSON, read before the rest of it is understood.
const wantsJson = (args: readonly string[]): boolean => {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).includes('--json');
};

const run = (io: Io, options: Options, defaultScenario: unknown): number => {
  const [file, ...extra] = options.files;
  if (extra.length > 0) return misused(io, options.json, 'run takes one file', HELP.run);
  const source = file === undefined ? ok<unknown, Failure>(defaultScenario) : readJson(io, file);
  const name = file ?? '(walkthrough)';
  return source
    .andThen((json) => parseScenario(json).andThen(runScenario).mapErr(malformedContent(name, options.locale)))
    .match(
      (report) => {
        io.out(options.json ? asJson(reportJson(report, options.locale)) : reportText(report, options.locale));
        return report.failed === 0 ? EXIT.ok : EXIT.unexpected;
      },
      malformed(io, options),
    );
};

// A file with steps is a scenario; any other is a snapshot.
const validate = (io: Io, options: Options): number => {
  const [file, ...extra] = options.files;
  if (file === undefined || extra.length > 0)
    return misused(io, options.json, 'validate takes one file', HELP.validate);
  return readJson(io, file)
    .andThen((json) => {
      const kind = typeof json === 'object' && json !== null && Object.hasOwn(json, 'steps') ? 'scenario' : 'snapshot';
      const checked =
        kind === 'scenario'
          ? parseScenario(json).andThen((scenario) => worldFrom(scenario.world))
          : parseSnapshot(json).andThen(worldFrom);
      return checked.map(() => kind).mapErr(malformedContent(file, options.locale));
    })
    .match(
      (kind) => {
        io.out(
          options.json
            ? asJson({ file, outcome: 'valid', kind })
            : `${oneLine(file)}: ${kind} ${localeTexts(options.locale).cli.valid}\n`,
        );
        return EXIT.ok;
      },
      malformed(io, options),
    );
};

/**
 * The CLI, given its arguments (without `node` and the script) and its outside world. Returns
 * the exit code. `defaultScenario` is what `run` runs without a file; `added` are locales a user
 * defined (bin.ts loads them from `--locale-module`), which `--locale` names by their tags.
 */
export const cli = (
  args: readonly string[],
  outside: Io,
  defaultScenario: unknown,
  added: readonly SpokenLocale[] = [],
): number => {
  // Whatever the files hold, nothing a terminal would act on gets through (see printable).
  const io: Io = {
    readFile: outside.readFile,
    out: (text) => {
      outside.out(printable(text));
    },
    err: (text) => {
      outside.err(printable(text));
    },
  };
  const [command, ...rest] = args;
  const json = wantsJson(args);
  if (command === undefined) return misused(io, json, 'no command given', HELP.main);
  if (command === '--help' || command === '-h') {
    io.out(HELP.main);
    return EXIT.ok;
  }
  if (command !== 'run' && command !== 'validate')
    return misused(io, json, `unknown command: ${oneLine(command)}`, HELP.main);
  const options = parseOptions(rest, [...LOCALES, ...added]);
  if (typeof options === 'string') return misused(io, json, options, '');
  if (options.help) {
    io.out(HELP[command]);
    return EXIT.ok;
  }
  return command === 'run' ? run(io, options, defaultScenario) : validate(io, options);
};

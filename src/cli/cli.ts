import { err as errJson, ok as okJson, type Result } from 'neverthrow';
import { describeIssue, LOCALES, runScenario, worldFrom, type InvalidInput, type Locale } from 'partner-account-rules';
import { parseScenario, parseSnapshot } from '../schema/index';
import { reportJson, reportText } from './report';
import { WORDS } from './words';

/** What the CLI may do to the outside world: read a file, write to stdout and stderr. */
export interface Io {
  /** The text of a file, or a line (ending in a newline) that says why not. */
  readonly readFile: (path: string) => Result<string, string>;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Exit codes: 0 every step as expected, 1 an expectation failed, 2 a malformed file or call. */
export const EXIT = { ok: 0, unexpected: 1, malformed: 2 } as const;

const HELP = {
  main: `partner-account-rules: run and check scenarios of the primary-account policy

Usage:
  partner-account-rules run [file] [--locale en|sv] [--json]
  partner-account-rules validate <file>
  partner-account-rules <command> --help

Commands:
  run        run a scenario file (without a file: the article's walkthrough)
  validate   check a scenario or world snapshot file without running it
`,
  run: `partner-account-rules run [file] [--locale en|sv] [--json]

Runs a scenario: each step, its outcome, its message and remedies, then a summary.
Without a file, runs the walkthrough of the article's flows that ships with the package.

Options:
  --locale en|sv  the language of the messages (default: en)
  --json          print the run as JSON, with stable field names
  --help          show this help

Exit codes: 0 every step as expected; 1 a step was not; 2 the file or the call is malformed.
`,
  validate: `partner-account-rules validate <file>

Checks a scenario file or a world snapshot file without running it: every field, every value
(built by the library's constructors) and every reference between records.

Options:
  --help  show this help

Exit codes: 0 valid; 2 malformed, with the path of each problem inside the file.
`,
} as const;

interface Options {
  readonly files: readonly string[];
  readonly locale: Locale;
  readonly json: boolean;
  readonly help: boolean;
}

const parseOptions = (args: readonly string[]): Options | string => {
  const files: string[] = [];
  let locale: Locale = 'en';
  let json = false;
  let help = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--locale') {
      const value = args[index + 1];
      const known = LOCALES.find((candidate) => candidate === value);
      if (known === undefined) return `--locale takes one of: ${LOCALES.join(', ')}`;
      locale = known;
      index += 1;
    } else if (arg.startsWith('-')) return `unknown option: ${arg}`;
    else files.push(arg);
  }
  return { files, locale, json, help };
};

// One line per problem, each with its path inside the file.
const invalidText = (file: string, error: InvalidInput, locale: Locale): string =>
  `${file}: ${WORDS[locale].malformed}\n${error.issues.map((issue) => `  ${describeIssue(issue, locale)}\n`).join('')}`;

// A file's text as JSON; a syntax error is reported with the file's name.
const readJson = (io: Io, file: string): Result<unknown, string> =>
  io.readFile(file).andThen((text) => {
    try {
      return okJson(JSON.parse(text));
    } catch (error) {
      return errJson(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})\n`);
    }
  });


// Every way a call or a file can be malformed ends here: the text on stderr, exit code 2.
const malformed = (io: Io, text: string): number => {
  io.err(text);
  return EXIT.malformed;
};

const run = (io: Io, options: Options, defaultScenario: unknown): number => {
  const [file, ...extra] = options.files;
  if (extra.length > 0) return malformed(io, `run takes one file\n${HELP.run}`);
  const source = file === undefined ? okJson<unknown, string>(defaultScenario) : readJson(io, file);
  const name = file ?? '(walkthrough)';
  return source
    .andThen((json) => parseScenario(json).andThen(runScenario).mapErr((error) => invalidText(name, error, options.locale)))
    .match(
      (report) => {
        io.out(options.json ? `${JSON.stringify(reportJson(report, options.locale), null, 2)}\n` : reportText(report, options.locale));
        return report.failed === 0 ? EXIT.ok : EXIT.unexpected;
      },
      (text) => malformed(io, text),
    );
};

// A file with steps is a scenario; any other is a snapshot.
const validate = (io: Io, options: Options): number => {
  const [file, ...extra] = options.files;
  if (file === undefined || extra.length > 0) return malformed(io, `validate takes one file\n${HELP.validate}`);
  return readJson(io, file)
    .andThen((json) => {
      const kind = typeof json === 'object' && json !== null && Object.hasOwn(json, 'steps') ? 'scenario' : 'snapshot';
      const checked = kind === 'scenario' ? parseScenario(json).andThen((scenario) => worldFrom(scenario.world)) : parseSnapshot(json).andThen(worldFrom);
      return checked.map(() => kind).mapErr((error) => invalidText(file, error, options.locale));
    })
    .match(
      (kind) => {
        io.out(`${file}: ${kind} ${WORDS[options.locale].valid}\n`);
        return EXIT.ok;
      },
      (text) => malformed(io, text),
    );
};

/**
 * The CLI, given its arguments (without `node` and the script) and its outside world. Returns
 * the exit code. `defaultScenario` is what `run` runs without a file.
 */
export const cli = (args: readonly string[], io: Io, defaultScenario: unknown): number => {
  const [command, ...rest] = args;
  if (command === undefined) return malformed(io, HELP.main);
  if (command === '--help' || command === '-h') {
    io.out(HELP.main);
    return EXIT.ok;
  }
  if (command !== 'run' && command !== 'validate') return malformed(io, `unknown command: ${command}\n${HELP.main}`);
  const options = parseOptions(rest);
  if (typeof options === 'string') return malformed(io, `${options}\n`);
  if (options.help) {
    io.out(HELP[command]);
    return EXIT.ok;
  }
  return command === 'run' ? run(io, options, defaultScenario) : validate(io, options);
};

// `npm start`: walks through the article's flows and prints every decision with its message.
// `npm start -- --locale sv` prints it in Swedish.
import { describe, describeRemedy, LOCALES, type Locale } from '../src/index';
import { STEPS, type Step } from './steps';

const WORDS = {
  en: { heading: 'Managing properties and users on a primary account', allowed: 'allowed', refused: 'refused', under: 'under', next: 'next step', unexpected: 'UNEXPECTED' },
  sv: { heading: 'Hantera boenden och användare via ett primärt konto', allowed: 'tillåtet', refused: 'nekat', under: 'enligt', next: 'nästa steg', unexpected: 'OVÄNTAT' },
} as const;

/** One step's report: its lines, and whether its outcome was the expected one. */
export const report = (step: Step, locale: Locale): { readonly lines: readonly string[]; readonly asExpected: boolean } => {
  const words = WORDS[locale];
  const outcome = (happened: 'allowed' | 'refused') =>
    `${happened === 'allowed' ? '✔' : '✘'} ${words[happened]}${happened === step.expected ? '' : ` (${words.unexpected})`}`;
  return step.run().match(
    ({ rules }) => ({
      lines: [step.title[locale], `  ${outcome('allowed')} ${words.under} ${rules.join(', ')}`],
      asExpected: step.expected === 'allowed',
    }),
    (rejection) => {
      const cited = rejection.code === 'invalid_input' ? '' : ` [${rejection.code}: ${rejection.rules.join(', ')}]`;
      const remedies = rejection.code === 'invalid_input' ? [] : rejection.remedies;
      return {
        lines: [
          step.title[locale],
          `  ${outcome('refused')}${cited}`,
          `  ${describe(rejection, locale)}`,
          ...remedies.map((remedy) => `  → ${words.next}: ${describeRemedy(remedy, locale)}`),
        ],
        asExpected: step.expected === 'refused',
      };
    },
  );
};

/** The whole walkthrough as text, and how many steps did not turn out as the article says. */
export const walkthrough = (locale: Locale): { readonly text: string; readonly surprises: number } => {
  const reports = STEPS.map((step) => report(step, locale));
  const text = [WORDS[locale].heading, '', ...reports.flatMap(({ lines }) => [...lines, ''])].join('\n');
  return { text, surprises: reports.filter(({ asExpected }) => !asExpected).length };
};

const localeFrom = (args: readonly string[]): Locale | null => {
  const index = args.indexOf('--locale');
  if (index === -1) return 'en';
  const value = args[index + 1];
  return LOCALES.find((locale) => locale === value) ?? null;
};

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const locale = localeFrom(process.argv.slice(2));
  if (locale === null) {
    process.stderr.write(`--locale takes one of: ${LOCALES.join(', ')}\n`);
    process.exitCode = 2;
  } else {
    const { text, surprises } = walkthrough(locale);
    process.stdout.write(text);
    process.exitCode = surprises === 0 ? 0 : 1;
  }
}

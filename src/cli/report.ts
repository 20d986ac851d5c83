import {
  type Command,
  explain,
  explainRemedy,
  localeTag,
  localeTexts,
  type ScenarioReport,
  type SpokenLocale,
  type StepReport,
  type Title,
} from 'partner-account-rules';

import { moment } from '../messages/texts';
import { oneLine } from './printable';

// A title in the locale asked for; a locale a user defined reads the English one.
const titleIn = (title: Title, locale: SpokenLocale): string =>
  typeof title === 'string' ? title : locale === 'sv' ? title.sv : title.en;
const actorText = ({ actor }: Command): string => {
  switch (actor.kind) {
    case 'account':
      return actor.id;
    case 'platform':
      return 'platform';
    case 'invitee':
      return `invitee of ${actor.invitation}`;
  }
};

/** One step as the `--json` output holds it: stable field names, messages in the chosen locale. */
export interface StepJson {
  readonly index: number;
  readonly title: string | null;
  readonly actor: string;
  readonly action: string;
  readonly at: string;
  readonly expected: { readonly outcome: 'accepted' } | { readonly outcome: 'rejected'; readonly code: string };
  readonly outcome: 'accepted' | 'rejected';
  readonly asExpected: boolean;
  readonly rules: readonly string[];
  readonly code: string | null;
  readonly message: string | null;
  readonly remedies: readonly string[];
  readonly events: readonly string[];
}

export const stepJson = (report: StepReport, index: number, locale: SpokenLocale): StepJson => {
  const { step, result, asExpected } = report;
  const base = {
    index: index + 1,
    title: step.title === null ? null : titleIn(step.title, locale),
    actor: actorText(step.command),
    action: step.command.action,
    at: moment(step.command.now),
    expected: step.expect,
    asExpected,
  };
  if (result.outcome === 'accepted') {
    return {
      ...base,
      outcome: 'accepted',
      rules: result.rules,
      code: null,
      message: null,
      remedies: [],
      events: result.events.map((event) => event.kind),
    };
  }
  const { rejection } = result;
  const remedies =
    rejection.code === 'invalid_input' ? [] : rejection.remedies.map((remedy) => explainRemedy(remedy, locale));
  return {
    ...base,
    outcome: 'rejected',
    rules: rejection.code === 'invalid_input' ? [] : rejection.rules,
    code: rejection.code,
    message: explain(rejection, locale),
    remedies,
    events: [],
  };
};

/** The whole run as JSON. */
export const reportJson = (report: ScenarioReport, locale: SpokenLocale) => ({
  title: titleIn(report.title, locale),
  locale: localeTag(locale),
  steps: report.steps.map((step, index) => stepJson(step, index, locale)),
  summary: { steps: report.steps.length, passed: report.passed, failed: report.failed },
});

/** The whole run as text for a terminal. */
export const reportText = (report: ScenarioReport, locale: SpokenLocale): string => {
  const words = localeTexts(locale).cli;
  // Titles come from the file: each stays on its own line.
  const lines = [`${words.scenario}: ${oneLine(titleIn(report.title, locale))}`, ''];
  report.steps.forEach((step, index) => {
    const json = stepJson(step, index, locale);
    const mark = json.outcome === 'accepted' ? '✔' : '✘';
    const expected =
      json.expected.outcome === 'accepted' ? words.accepted : `${words.rejected} (${json.expected.code})`;
    const surprise = json.asExpected ? '' : `  ← ${words.unexpected}: ${words.expected} ${expected}`;
    lines.push(
      `${String(json.index).padStart(2)}. ${json.title === null ? `${words.step} ${String(json.index)}` : oneLine(json.title)}`,
    );
    lines.push(`    ${json.actor} → ${json.action} @ ${json.at}`);
    if (json.outcome === 'accepted') {
      lines.push(`    ${mark} ${words.accepted} ${words.under} ${json.rules.join(', ')}${surprise}`);
      lines.push(`      ${words.events}: ${json.events.join(', ') || '—'}`);
    } else {
      const cited = json.rules.length === 0 ? '' : `: ${json.rules.join(', ')}`;
      lines.push(`    ${mark} ${words.rejected} [${json.code ?? ''}${cited}]${surprise}`);
      lines.push(`      ${json.message ?? ''}`);
      for (const remedy of json.remedies) lines.push(`      → ${words.next}: ${remedy}`);
    }
    lines.push('');
  });
  lines.push(
    `${String(report.steps.length)} ${words.summary}: ${String(report.passed)} ${words.asExpected}, ${String(report.failed)} ${words.notAsExpected}`,
  );
  return `${lines.join('\n')}\n`;
};

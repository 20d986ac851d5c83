// The playground's page: it keeps one state, draws it whole after every change, and asks the
// library (bundled into this page) every question. No server: what is shown is what the library
// answers in the browser.
import {
  type Action,
  ACTIONS,
  type CommandActor,
  explain,
  explainIssue,
  explainRemedy,
  type InvalidInput,
  LOCALES,
  localeTag,
  type Permission,
  propertiesOf,
  RULES,
  snapshotOf,
  type SpokenLocale,
  type Title,
  type WorldRejection,
  type WorldSnapshot,
} from 'partner-account-rules';
import { commandFromBody, pointerOf } from 'partner-account-rules/http';
import { EXTRA_LOCALES } from 'playground-locales';

import invitationsAndAdmins from '../../scenarios/invitations-and-admins.json';
import walkthrough from '../../scenarios/walkthrough.json';
import { BODY_SCHEMAS } from './bodies';
import { diagramOf } from './diagram';
import { bodyOf, type Field, fieldsOf, type Values } from './form';
import {
  actorFrom,
  actorKey,
  actorsOf,
  type Entry,
  followRemedy,
  fromFragment,
  type Loaded,
  loadScenario,
  matrixOf,
  nowOf,
  restore,
  run,
  type Session,
  sessionOf,
  stepTo,
  toFragment,
  worldOf,
} from './model';
import { WORDS, type Words } from './words';

const SHIPPED: Readonly<Record<string, unknown>> = {
  walkthrough,
  'invitations-and-admins': invitationsAndAdmins,
};

type Refusal = Extract<Permission, { readonly status: 'refused' }>['rejection'];

interface State {
  readonly scenario: string;
  readonly custom: unknown;
  readonly session: Session;
  readonly actor: string;
  readonly locale: SpokenLocale;
  readonly explained: { readonly property: string | null; readonly action: Action } | null;
  readonly form: { readonly action: Action; readonly values: Values };
  readonly outcome:
    | { readonly kind: 'entry'; readonly entry: Entry }
    | { readonly kind: 'malformed'; readonly error: InvalidInput }
    | null;
  readonly loadErrors: readonly string[];
  readonly notice: string;
}

const root = document.querySelector('#app');
if (root === null) throw new Error('the page has no #app');

// --- Drawing helpers ---------------------------------------------------------------------------

type Child = Node | string | null | false | undefined;

const h = (
  tag: string,
  attributes: Readonly<Record<string, string | boolean>> = {},
  ...children: Child[]
): HTMLElement => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== false && child !== undefined) element.append(child);
  return element;
};

const button = (label: string, onClick: () => void, attributes: Readonly<Record<string, string>> = {}): HTMLElement => {
  const element = h('button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', onClick);
  return element;
};

// A title in the page's language; a locale a user added reads the English one.
const titleIn = (title: Title | null, locale: SpokenLocale): string =>
  title === null ? '' : typeof title === 'string' ? title : locale === 'sv' ? title.sv : title.en;

const actorLabel = (actor: CommandActor, snapshot: WorldSnapshot, words: Words): string => {
  switch (actor.kind) {
    case 'platform':
      return words.platform;
    case 'invitee':
      return `${words.invitee} ${actor.invitation}`;
    case 'account': {
      const account = snapshot.accounts.find((candidate) => candidate.id === actor.id);
      if (account === undefined) return actor.id;
      const kind = account.kind === 'primary' ? words.diagram.primary : words.diagram.nonPrimary;
      return `${account.name} (${account.id}) · ${kind}`;
    }
  }
};

// --- State -------------------------------------------------------------------------------------

const firstActor = (snapshot: WorldSnapshot): string => {
  const [first] = actorsOf(snapshot);
  return first === undefined ? 'platform' : actorKey(first);
};

const initial = (loaded: Loaded, scenario: string, custom: unknown, locale: SpokenLocale): State => ({
  scenario,
  custom,
  session: sessionOf(loaded),
  actor: firstActor(loaded.snapshot),
  locale,
  explained: null,
  form: { action: 'add_property', values: {} },
  outcome: null,
  loadErrors: [],
  notice: '',
});

// Every locale the page speaks: the shipped ones, then those added in playground-locales.
const SPOKEN: readonly SpokenLocale[] = [...LOCALES, ...EXTRA_LOCALES];

const localeNamed = (tag: unknown): SpokenLocale | undefined =>
  SPOKEN.find((locale) => typeof tag === 'string' && localeTag(locale) === tag.toLowerCase());

// The page's own words in a locale: a locale a user added has the library's texts in its language,
// and the page's words in English.
const wordsIn = (locale: SpokenLocale): Words => (locale === 'sv' ? WORDS.sv : WORDS.en);

const languageOfBrowser = (): SpokenLocale =>
  localeNamed(navigator.language) ?? (navigator.language.toLowerCase().startsWith('sv') ? 'sv' : 'en');

let state: State = initial(loadScenario(walkthrough)._unsafeUnwrap(), 'walkthrough', null, languageOfBrowser());

const set = (next: Partial<State>): void => {
  state = { ...state, ...next };
  draw();
};

// The issues of a malformed input, each at its JSON Pointer, in the page's language.
const issuesText = (error: InvalidInput, locale: SpokenLocale, prefix = ''): string[] =>
  error.issues.map((issue) => `${prefix}${pointerOf(issue.path) || '/'}: ${explainIssue(issue, locale)}`);

const loadJson = (json: unknown, scenario: string): void => {
  const loaded = loadScenario(json);
  if (loaded.isErr()) {
    set({ loadErrors: issuesText(loaded.error, state.locale) });
    return;
  }
  state = initial(loaded.value, scenario, scenario === 'custom' ? json : null, state.locale);
  draw();
};

const loadText = (text: string): void => {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    set({ loadErrors: [`/: ${error instanceof Error ? error.message : String(error)}`] });
    return;
  }
  loadJson(json, 'custom');
};

// --- Sharing: the state in the URL's fragment ----------------------------------------------------

const share = (): void => {
  const fragment = toFragment({
    scenario: state.scenario === 'custom' ? state.custom : state.scenario,
    commands: state.session.log.map((entry) => entry.command),
    at: state.session.at,
    actor: state.actor,
    locale: localeTag(state.locale),
  });
  history.replaceState(null, '', `#${fragment}`);
  // A page served without TLS has no clipboard: the address bar holds the link all the same.
  if (window.isSecureContext) void navigator.clipboard.writeText(location.href).catch(() => undefined);
  set({ notice: wordsIn(state.locale).shared });
};

const fromLocation = (): void => {
  const fragment = location.hash.slice(1);
  if (fragment === '') return;
  const shared = fromFragment(fragment);
  if (shared.isErr()) {
    set({ loadErrors: [shared.error] });
    return;
  }
  const { scenario, actor, locale } = shared.value;
  const name = typeof scenario === 'string' && Object.hasOwn(SHIPPED, scenario) ? scenario : 'custom';
  const loaded = loadScenario(name === 'custom' ? scenario : SHIPPED[name]);
  if (loaded.isErr()) {
    set({ loadErrors: issuesText(loaded.error, state.locale) });
    return;
  }
  const session = restore(loaded.value, shared.value);
  if (session.isErr()) {
    set({ loadErrors: issuesText(session.error, state.locale) });
    return;
  }
  const language = localeNamed(locale) ?? state.locale;
  state = {
    ...initial(loaded.value, name, name === 'custom' ? scenario : null, language),
    session: session.value,
    actor,
  };
  draw();
};

// --- Commands ------------------------------------------------------------------------------------

let made = 0;
const newId = (record: string): string => {
  made += 1;
  return `new-${record}-${String(made)}`;
};

const runForm = (): void => {
  const snapshot = snapshotOf(worldOf(state.session));
  const actor = actorFrom(snapshot, state.actor) ?? { kind: 'platform' };
  const body = bodyOf(fieldsOf(BODY_SCHEMAS[state.form.action]), state.form.values);
  const command = commandFromBody(state.form.action, body, { actor, now: nowOf(state.session), newId });
  if (command.isErr()) {
    set({ outcome: { kind: 'malformed', error: command.error } });
    return;
  }
  const { session, entry } = run(state.session, command.value);
  set({ session, outcome: { kind: 'entry', entry }, explained: null });
};

const runStep = (index: number): void => {
  const step = state.session.loaded.steps[index];
  if (step === undefined) return;
  // A step runs now, or at its own moment if that is later: the world's time only moves forward.
  const now = Math.max(step.command.now, nowOf(state.session));
  const { session, entry } = run(state.session, { ...step.command, now } as typeof step.command);
  set({ session, outcome: { kind: 'entry', entry }, explained: null });
};

const follow =
  (refusal: Refusal): ((index: number) => void) =>
  (index) => {
    const remedy = refusal.remedies[index];
    if (remedy === undefined) return;
    const snapshot = snapshotOf(worldOf(state.session));
    const actor = actorFrom(snapshot, state.actor) ?? { kind: 'platform' };
    const followed = followRemedy(remedy, snapshot, actor);
    if (followed === null) return;
    const values: Record<string, string> = {};
    for (const [path, value] of Object.entries(followed.fields)) values[path] = String(value);
    set({
      form: { action: followed.action, values },
      actor: followed.actor === null ? state.actor : actorKey(followed.actor),
      outcome: null,
    });
    document.querySelector<HTMLElement>('#command-action')?.focus();
  };

// The matrix as a plain union, read by the panels.
const matrixAnswer = (session: Session, actor: CommandActor) =>
  matrixOf(session, actor).match(
    (value) => ({ ok: true as const, value }),
    (error) => ({ ok: false as const, error }),
  );

// --- Panels --------------------------------------------------------------------------------------

const header = (words: Words): HTMLElement => {
  const language = h('select', { id: 'language', 'aria-label': words.language });
  for (const locale of SPOKEN) {
    const tag = localeTag(locale);
    const name = tag === 'sv' ? 'Svenska' : tag === 'en' ? 'English' : tag;
    language.append(h('option', { value: tag, selected: locale === state.locale }, name));
  }
  language.addEventListener('change', () => {
    set({ locale: localeNamed((language as HTMLSelectElement).value) ?? 'en' });
  });
  const scenario = h('select', { id: 'scenario', 'aria-label': words.scenario });
  for (const name of [...Object.keys(SHIPPED), 'custom'])
    scenario.append(
      h(
        'option',
        { value: name, selected: name === state.scenario, disabled: name === 'custom' && state.custom === null },
        name === 'custom' ? words.paste : `${name}.json`,
      ),
    );
  scenario.addEventListener('change', () => {
    const name = (scenario as HTMLSelectElement).value;
    if (Object.hasOwn(SHIPPED, name)) loadJson(SHIPPED[name], name);
  });
  return h(
    'header',
    {},
    h('h1', {}, words.title),
    h('p', {}, words.intro),
    h(
      'div',
      { class: 'bar' },
      h('label', { for: 'language' }, `${words.language} `),
      language,
      h('label', { for: 'scenario' }, ` ${words.scenario} `),
      scenario,
      button(words.share, share, { id: 'share' }),
    ),
    state.notice === '' ? null : h('p', { role: 'status' }, state.notice),
  );
};

const loader = (words: Words): HTMLElement => {
  const file = h('input', { type: 'file', id: 'file', accept: 'application/json,.json' }) as HTMLInputElement;
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (chosen !== undefined) void chosen.text().then(loadText);
  });
  const text = h('textarea', { id: 'paste', rows: '4', spellcheck: 'false' }) as HTMLTextAreaElement;
  return h(
    'details',
    { class: 'loader', open: state.loadErrors.length > 0 },
    h('summary', {}, `${words.fromFile} / ${words.paste}`),
    h('label', { for: 'file' }, `${words.fromFile} `),
    file,
    h('label', { for: 'paste' }, words.paste),
    text,
    button(
      words.load,
      () => {
        loadText(text.value);
      },
      { id: 'load' },
    ),
    state.loadErrors.length === 0
      ? null
      : h(
          'div',
          { role: 'alert', class: 'errors' },
          h('p', {}, words.loadFailed),
          h('ul', {}, ...state.loadErrors.map((line) => h('li', {}, h('code', {}, line)))),
        ),
  );
};

const worldPanel = (snapshot: WorldSnapshot, words: Words): HTMLElement => {
  const figure = h('figure', { class: 'diagram' });
  const world = worldOf(state.session);
  figure.innerHTML = diagramOf(snapshot, words.diagram, (account) => propertiesOf(world, account));
  const invitations =
    snapshot.invitations.length === 0
      ? h('p', {}, words.noInvitations)
      : h(
          'ul',
          {},
          ...snapshot.invitations.map((invitation) =>
            h(
              'li',
              {},
              `${invitation.id}: ${invitation.name} <${invitation.email}> → ${invitation.property} (${invitation.status.kind}; ${invitation.rights.join(', ')})`,
            ),
          ),
        );
  return h(
    'section',
    { 'aria-labelledby': 'world-heading' },
    h('h2', { id: 'world-heading' }, `${words.world} · ${words.now}: ${new Date(nowOf(state.session)).toISOString()}`),
    h('p', {}, titleIn(state.session.loaded.title, state.locale)),
    figure,
    h('p', { class: 'legend' }, words.diagram.legend),
    h('h3', {}, words.invitations),
    invitations,
  );
};

const cellText = (permission: Permission, words: Words): string => {
  switch (permission.status) {
    case 'allowed':
      return `✓ ${words.allowed}`;
    case 'refused':
      return `✗ ${permission.rejection.code}`;
    case 'unavailable':
      return `○ ${words.unavailable}`;
    case 'needs_property':
      return `– ${words.needsProperty}`;
  }
};

const matrixPanel = (snapshot: WorldSnapshot, words: Words): HTMLElement => {
  const picker = h('select', { id: 'actor' });
  for (const actor of actorsOf(snapshot))
    picker.append(
      h(
        'option',
        { value: actorKey(actor), selected: actorKey(actor) === state.actor },
        actorLabel(actor, snapshot, words),
      ),
    );
  picker.addEventListener('change', () => {
    set({ actor: (picker as HTMLSelectElement).value, explained: null });
  });
  const actor = actorFrom(snapshot, state.actor);
  const matrix = actor === null ? null : matrixAnswer(state.session, actor);
  const table = h('table', { class: 'matrix' });
  if (matrix !== null && matrix.ok) {
    table.append(
      h('caption', {}, words.permissions),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, words.property),
          ...ACTIONS.map((action) => h('th', { scope: 'col' }, h('code', {}, action))),
        ),
      ),
    );
    const rows = [
      { property: null, permissions: matrix.value.anywhere },
      ...matrix.value.byProperty.map(({ property, permissions }) => ({
        property: property,
        permissions,
      })),
    ];
    const body = h('tbody');
    for (const { property, permissions } of rows) {
      const cells = permissions.map((permission) => {
        const text = cellText(permission, words);
        const chosen = state.explained?.action === permission.action && state.explained.property === property;
        const content =
          permission.status === 'refused'
            ? button(
                text,
                () => {
                  set({ explained: { property, action: permission.action } });
                  document.querySelector<HTMLElement>('#explain-heading')?.focus();
                },
                {
                  'aria-pressed': chosen ? 'true' : 'false',
                  'data-action': permission.action,
                  'data-property': property ?? '',
                },
              )
            : text;
        return h('td', { class: permission.status, 'data-action': permission.action }, content);
      });
      body.append(h('tr', {}, h('th', { scope: 'row' }, property ?? words.noProperty), ...cells));
    }
    table.append(body);
  } else if (matrix !== null) table.append(h('caption', {}, explain(matrix.error, state.locale)));
  return h(
    'section',
    { 'aria-labelledby': 'matrix-heading' },
    h('h2', { id: 'matrix-heading' }, words.permissions),
    h('label', { for: 'actor' }, `${words.actAs} `),
    picker,
    h('div', { class: 'scroll' }, table),
  );
};

const functionOf = (action: Action): string =>
  action.replace(/_([a-z])/gu, (_, letter: string) => letter.toUpperCase());

// The explain view: the refusal's message, the rules of its action in order with the one that
// decided, its facts, and its remedies, each followed with one click where it is a command.
const explainPanel = (snapshot: WorldSnapshot, words: Words): HTMLElement => {
  const heading = h('h2', { id: 'explain-heading', tabindex: '-1' }, words.explainTitle);
  const section = h('section', { 'aria-labelledby': 'explain-heading', id: 'explain' }, heading);
  const actor = actorFrom(snapshot, state.actor);
  const chosen = state.explained;
  const matrix = actor === null || chosen === null ? null : matrixAnswer(state.session, actor);
  if (chosen === null || matrix === null || !matrix.ok) {
    section.append(h('p', {}, words.explainHint));
    return section;
  }
  const row =
    chosen.property === null
      ? matrix.value.anywhere
      : matrix.value.byProperty.find(({ property }) => property === chosen.property)?.permissions;
  const permission = row?.find(({ action }) => action === chosen.action);
  if (permission?.status !== 'refused') {
    section.append(h('p', {}, words.explainHint));
    return section;
  }
  const refusal = permission.rejection;
  section.append(explainRefusal(refusal, chosen.action, words));
  return section;
};

const explainRefusal = (refusal: Refusal | WorldRejection, action: Action | null, words: Words): HTMLElement => {
  const decided = new Set<string>(refusal.rules);
  const name = action === null ? null : functionOf(action);
  const governing = RULES.filter(
    (rule) =>
      decided.has(rule.id) ||
      (name !== null &&
        rule.enforcedBy.some((fn) => fn === name || fn === `can${name.charAt(0).toUpperCase()}${name.slice(1)}`)),
  );
  const followWith = follow(refusal);
  const snapshot = snapshotOf(worldOf(state.session));
  const actor = actorFrom(snapshot, state.actor) ?? { kind: 'platform' };
  return h(
    'div',
    { class: 'refusal' },
    h('p', {}, h('strong', { class: 'code' }, refusal.code)),
    h('p', { class: 'message' }, explain(refusal, state.locale)),
    h('h3', {}, words.rulesInOrder),
    h(
      'ol',
      {},
      ...governing.map((rule) =>
        h(
          'li',
          { class: decided.has(rule.id) ? 'decided' : 'governs' },
          h('a', { href: `#rule-${rule.id}` }, rule.id),
          ` — ${decided.has(rule.id) ? `${words.decided}: ` : `${words.alsoGoverns}: `}${rule.summary}`,
        ),
      ),
    ),
    h('h3', {}, words.facts),
    h('pre', { class: 'facts' }, JSON.stringify(refusal.facts, null, 2)),
    h('h3', {}, words.remedies),
    refusal.remedies.length === 0
      ? h('p', {}, words.noRemedy)
      : h(
          'ul',
          { class: 'remedies' },
          ...refusal.remedies.map((remedy, index) =>
            h(
              'li',
              {},
              h('code', {}, remedy.kind),
              ` ${explainRemedy(remedy, state.locale)} `,
              followRemedy(remedy, snapshot, actor) === null
                ? null
                : button(
                    `${words.follow}: ${remedy.kind}`,
                    () => {
                      followWith(index);
                    },
                    { class: 'follow', 'data-remedy': remedy.kind },
                  ),
            ),
          ),
        ),
  );
};

const fieldControl = (field: Field, words: Words): HTMLElement => {
  const id = `field-${field.path.replaceAll('.', '-')}`;
  const value = state.form.values[field.kind === 'variant' ? `${field.path}.${field.tag}` : field.path];
  const update = (next: string | boolean | readonly string[]): void => {
    const key = field.kind === 'variant' ? `${field.path}.${field.tag}` : field.path;
    state = { ...state, form: { ...state.form, values: { ...state.form.values, [key]: next } } };
    if (field.kind === 'variant') draw();
  };
  switch (field.kind) {
    case 'text':
    case 'number': {
      const input = h('input', {
        id,
        type: 'text',
        inputmode: field.kind === 'number' ? 'numeric' : 'text',
        value: typeof value === 'string' ? value : '',
        'aria-describedby': `${id}-hint`,
      }) as HTMLInputElement;
      input.addEventListener('input', () => {
        update(input.value);
      });
      return h(
        'div',
        { class: 'field' },
        h('label', { for: id }, `${field.path}${field.required ? ' *' : ''}`),
        input,
        h('small', { id: `${id}-hint` }, field.description),
      );
    }
    case 'boolean': {
      const input = h('input', { id, type: 'checkbox', checked: value === true }) as HTMLInputElement;
      input.addEventListener('change', () => {
        update(input.checked);
      });
      return h('div', { class: 'field' }, input, h('label', { for: id }, ` ${field.path}`));
    }
    case 'choices': {
      const ticked = new Set(Array.isArray(value) ? (value as readonly string[]) : []);
      const boxes = field.options.map((option) => {
        const input = h('input', {
          type: 'checkbox',
          id: `${id}-${option}`,
          value: option,
          checked: ticked.has(option),
        }) as HTMLInputElement;
        input.addEventListener('change', () => {
          if (input.checked) ticked.add(option);
          else ticked.delete(option);
          update([...ticked]);
        });
        return h('span', { class: 'choice' }, input, h('label', { for: `${id}-${option}` }, ` ${option} `));
      });
      return h(
        'fieldset',
        { class: 'field' },
        h('legend', {}, field.path),
        ...boxes,
        h('small', {}, field.description),
      );
    }
    case 'variant': {
      const select = h('select', { id }) as HTMLSelectElement;
      for (const one of field.cases)
        select.append(h('option', { value: one.value, selected: one.value === value }, one.value));
      select.addEventListener('change', () => {
        update(select.value);
      });
      const chosen = field.cases.find((one) => one.value === value) ?? field.cases[0];
      return h(
        'fieldset',
        { class: 'field' },
        h('legend', {}, field.path),
        h('label', { for: id }, `${field.tag} `),
        select,
        ...(chosen?.fields ?? []).map((inner) => fieldControl(inner, words)),
      );
    }
    case 'group':
      return h(
        'fieldset',
        { class: 'field' },
        h('legend', {}, field.path),
        ...field.fields.map((inner) => fieldControl(inner, words)),
      );
  }
};

const outcomePanel = (words: Words): HTMLElement | null => {
  const { outcome } = state;
  if (outcome === null) return null;
  if (outcome.kind === 'malformed')
    return h(
      'div',
      { role: 'alert', class: 'outcome malformed' },
      h('p', {}, words.malformed),
      h('ul', {}, ...issuesText(outcome.error, state.locale).map((line) => h('li', {}, h('code', {}, line)))),
    );
  const { entry } = outcome;
  if (entry.outcome === 'rejected')
    return h(
      'div',
      { role: 'status', class: 'outcome rejected' },
      h('p', {}, h('strong', {}, `✗ ${words.rejected}`)),
      explainRefusal(entry.rejection as Refusal, entry.command.action, words),
    );
  return h(
    'div',
    { role: 'status', class: 'outcome accepted' },
    h('p', {}, h('strong', {}, `✓ ${words.accepted}`)),
    h('h3', {}, words.events),
    h(
      'ol',
      { class: 'events' },
      ...entry.events.map((event) =>
        h('li', {}, h('code', {}, event.kind), h('pre', {}, JSON.stringify(event, null, 2))),
      ),
    ),
  );
};

const commandPanel = (snapshot: WorldSnapshot, words: Words): HTMLElement => {
  const select = h('select', { id: 'command-action' }) as HTMLSelectElement;
  for (const action of ACTIONS)
    select.append(h('option', { value: action, selected: action === state.form.action }, action));
  select.addEventListener('change', () => {
    set({ form: { action: select.value as Action, values: {} }, outcome: null });
  });
  const actor = actorFrom(snapshot, state.actor);
  const form = h(
    'form',
    { id: 'command' },
    h('p', {}, `${words.actAs}: ${actor === null ? '' : actorLabel(actor, snapshot, words)}`),
    h('label', { for: 'command-action' }, `${words.action} `),
    select,
    ...fieldsOf(BODY_SCHEMAS[state.form.action]).map((field) => fieldControl(field, words)),
    h('button', { type: 'submit', id: 'run' }, words.run),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    runForm();
  });
  return h(
    'section',
    { 'aria-labelledby': 'command-heading' },
    h('h2', { id: 'command-heading' }, words.command),
    form,
    outcomePanel(words),
  );
};

const logPanel = (words: Words): HTMLElement => {
  const { session } = state;
  const entries = session.log.map((entry, index) =>
    h(
      'li',
      { class: index < session.at ? 'applied' : 'undone', 'aria-current': index === session.at - 1 ? 'step' : false },
      button(
        `${String(index + 1)}. ${entry.command.action} — ${entry.outcome === 'accepted' ? `✓ ${words.accepted}` : `✗ ${entry.rejection.code}`}`,
        () => {
          set({ session: stepTo(session, index + 1), explained: null });
        },
      ),
    ),
  );
  const steps = session.loaded.steps.map((step, index) =>
    h(
      'li',
      {},
      `${titleIn(step.title, state.locale)} `,
      button(
        words.runStep,
        () => {
          runStep(index);
        },
        { 'data-step': String(index) },
      ),
    ),
  );
  return h(
    'section',
    { 'aria-labelledby': 'log-heading' },
    h('h2', { id: 'log-heading' }, words.log),
    h(
      'div',
      { class: 'bar' },
      button(
        words.back,
        () => {
          set({ session: stepTo(session, session.at - 1), explained: null });
        },
        { id: 'back', ...(session.at === 0 ? { disabled: '' } : {}) },
      ),
      button(
        words.forward,
        () => {
          set({ session: stepTo(session, session.at + 1), explained: null });
        },
        { id: 'forward', ...(session.at >= session.log.length ? { disabled: '' } : {}) },
      ),
      button(`0. ${words.start}`, () => {
        set({ session: stepTo(session, 0), explained: null });
      }),
    ),
    entries.length === 0 ? h('p', {}, words.emptyLog) : h('ol', { class: 'log' }, ...entries),
    h('details', {}, h('summary', {}, words.steps), h('ol', { class: 'steps' }, ...steps)),
  );
};

const rulesPanel = (words: Words): HTMLElement =>
  h(
    'section',
    { 'aria-labelledby': 'rules-heading' },
    h('h2', { id: 'rules-heading' }, words.rules),
    h(
      'dl',
      { class: 'rules' },
      ...RULES.flatMap((rule) => [
        h('dt', { id: `rule-${rule.id}` }, rule.id),
        h('dd', {}, rule.summary, ' ', h('small', {}, rule.codes.join(', '))),
      ]),
    ),
  );

// --- Drawing the page ----------------------------------------------------------------------------

function draw(): void {
  const words = wordsIn(state.locale);
  const snapshot = snapshotOf(worldOf(state.session));
  document.documentElement.lang = localeTag(state.locale);
  document.title = words.title;
  // The element with the focus is found again after drawing, by its id, so the keyboard stays put.
  const focused = document.activeElement?.id ?? '';
  root?.replaceChildren(
    header(words),
    loader(words),
    h(
      'main',
      {},
      worldPanel(snapshot, words),
      matrixPanel(snapshot, words),
      explainPanel(snapshot, words),
      commandPanel(snapshot, words),
      logPanel(words),
      rulesPanel(words),
    ),
  );
  if (focused !== '') document.getElementById(focused)?.focus();
}

draw();
fromLocation();
if ('serviceWorker' in navigator && location.protocol !== 'file:')
  void navigator.serviceWorker.register('sw.js').catch(() => undefined);

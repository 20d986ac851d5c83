// The playground's own words, in each shipped language; the policy's messages come from the
// library (explain and its kin) in the same language.
import type { Locale } from 'partner-account-rules';

import type { DiagramWords } from './diagram';

/** Everything the page says itself. */
export interface Words {
  readonly title: string;
  readonly intro: string;
  readonly language: string;
  readonly scenario: string;
  readonly fromFile: string;
  readonly paste: string;
  readonly load: string;
  readonly loadFailed: string;
  readonly share: string;
  readonly shared: string;
  readonly world: string;
  readonly invitations: string;
  readonly noInvitations: string;
  readonly actAs: string;
  readonly platform: string;
  readonly invitee: string;
  readonly permissions: string;
  readonly noProperty: string;
  readonly property: string;
  readonly allowed: string;
  readonly unavailable: string;
  readonly needsProperty: string;
  readonly refusedBy: string;
  readonly explainTitle: string;
  readonly explainHint: string;
  readonly rulesInOrder: string;
  readonly decided: string;
  readonly alsoGoverns: string;
  readonly facts: string;
  readonly remedies: string;
  readonly follow: string;
  readonly noRemedy: string;
  readonly command: string;
  readonly action: string;
  readonly run: string;
  readonly accepted: string;
  readonly rejected: string;
  readonly events: string;
  readonly malformed: string;
  readonly log: string;
  readonly back: string;
  readonly forward: string;
  readonly start: string;
  readonly emptyLog: string;
  readonly steps: string;
  readonly runStep: string;
  readonly rules: string;
  readonly now: string;
  readonly diagram: DiagramWords;
}

export const WORDS: { readonly [L in Locale]: Words } = {
  en: {
    title: 'partner-account-rules playground',
    intro:
      'Load a scenario, act as any account or the platform, and see what the policy allows, what it refuses and why. Everything runs in this page.',
    language: 'Language',
    scenario: 'Scenario',
    fromFile: 'Open a file',
    paste: 'Or paste a scenario (JSON)',
    load: 'Load',
    loadFailed: 'The scenario was not loaded',
    share: 'Copy a link to this state',
    shared: 'The address bar now holds a link to this state.',
    world: 'The world',
    invitations: 'Invitations',
    noInvitations: 'No invitations.',
    actAs: 'Act as',
    platform: 'the platform',
    invitee: 'invitee of',
    permissions: 'What this actor may do now',
    noProperty: '(no property)',
    property: 'Property',
    allowed: 'allowed',
    unavailable: 'unavailable',
    needsProperty: 'needs a property',
    refusedBy: 'refused',
    explainTitle: 'Why not',
    explainHint: 'Choose a refused action in the table to see why.',
    rulesInOrder: 'The rules of this action, in order',
    decided: 'decided',
    alsoGoverns: 'also governs this action',
    facts: 'Facts',
    remedies: 'What to do instead',
    follow: 'Follow',
    noRemedy: 'No other way is offered.',
    command: 'Run a command',
    action: 'Action',
    run: 'Run',
    accepted: 'Accepted',
    rejected: 'Rejected',
    events: 'Events',
    malformed: 'The command is malformed',
    log: 'Log',
    back: 'Step back',
    forward: 'Step forward',
    start: 'the scenario’s world',
    emptyLog: 'No command has been run yet.',
    steps: 'The scenario’s steps',
    runStep: 'Run this step',
    rules: 'The rules',
    now: 'Now',
    diagram: {
      agreements: 'Agreements',
      properties: 'Properties',
      accounts: 'Accounts',
      active: 'in force',
      terminated: 'terminated',
      primary: 'primary account',
      nonPrimary: 'non-primary account',
      admin: 'admin',
      unlinked: 'unlinked',
      attachedTo: 'attached to',
      title: 'Agreements, properties and accounts, with who reaches what',
      legend:
        'Lines: a property to its agreement (solid), or to the agreement whose primary account it is attached to (dashed); an account to each property it reaches: a primary account (thick), a non-primary account (dotted), its admin (thick dotted).',
    },
  },
  sv: {
    title: 'Lekplats för partner-account-rules',
    intro:
      'Läs in ett scenario, agera som vilket konto som helst eller som plattformen, och se vad reglerna tillåter, vad de nekar och varför. Allt körs på den här sidan.',
    language: 'Språk',
    scenario: 'Scenario',
    fromFile: 'Öppna en fil',
    paste: 'Eller klistra in ett scenario (JSON)',
    load: 'Läs in',
    loadFailed: 'Scenariot lästes inte in',
    share: 'Kopiera en länk till det här läget',
    shared: 'Adressfältet har nu en länk till det här läget.',
    world: 'Världen',
    invitations: 'Inbjudningar',
    noInvitations: 'Inga inbjudningar.',
    actAs: 'Agera som',
    platform: 'plattformen',
    invitee: 'inbjuden via',
    permissions: 'Vad den här aktören får göra nu',
    noProperty: '(inget boende)',
    property: 'Boende',
    allowed: 'tillåtet',
    unavailable: 'inte möjligt nu',
    needsProperty: 'kräver ett boende',
    refusedBy: 'nekat',
    explainTitle: 'Varför inte',
    explainHint: 'Välj en nekad åtgärd i tabellen för att se varför.',
    rulesInOrder: 'Reglerna för den här åtgärden, i ordning',
    decided: 'avgjorde',
    alsoGoverns: 'gäller också åtgärden',
    facts: 'Fakta',
    remedies: 'Vad du kan göra i stället',
    follow: 'Följ',
    noRemedy: 'Ingen annan väg erbjuds.',
    command: 'Kör ett kommando',
    action: 'Åtgärd',
    run: 'Kör',
    accepted: 'Godkänt',
    rejected: 'Nekat',
    events: 'Händelser',
    malformed: 'Kommandot är felaktigt utformat',
    log: 'Logg',
    back: 'Ett steg bakåt',
    forward: 'Ett steg framåt',
    start: 'scenariots värld',
    emptyLog: 'Inget kommando har körts än.',
    steps: 'Scenariots steg',
    runStep: 'Kör det här steget',
    rules: 'Reglerna',
    now: 'Nu',
    diagram: {
      agreements: 'Avtal',
      properties: 'Boenden',
      accounts: 'Konton',
      active: 'gällande',
      terminated: 'uppsagt',
      primary: 'primärt konto',
      nonPrimary: 'icke-primärt konto',
      admin: 'administratör',
      unlinked: 'inte kopplat',
      attachedTo: 'kopplat till',
      title: 'Avtal, boenden och konton, med vem som når vad',
      legend:
        'Linjer: ett boende till sitt avtal (heldragen) eller till avtalet vars primära konto det är kopplat till (streckad); ett konto till varje boende det når: ett primärt konto (tjock), ett icke-primärt konto (prickad), dess administratör (tjock prickad).',
    },
  },
};

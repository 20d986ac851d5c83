// A listing's permissions the way CASL's own users write them: one `Ability` per actor, built
// when the actor signs in from what the application loaded about it, with function conditions
// over a subject per property that the page's query loaded with the facts the conditions read.
// CASL answers booleans (may or may not), so the library's permissions are reduced to
// `status === 'allowed'` to be compared; the two must agree on every property and action before
// either is timed. Loading the subjects is outside CASL's time: the library's time includes its
// lookups, which favours CASL.
import { Ability, type MatchConditions } from '@casl/ability';
import {
  type Account,
  type Action,
  ACTIONS,
  type CommandActor,
  type Instant,
  type Property,
  type WorldSnapshot,
} from 'partner-account-rules';

/** A property as the page's query loads it for CASL's conditions. */
interface PropertySubject {
  readonly id: string;
  /** The LEID of the agreement whose portfolio holds it, or null. */
  readonly portfolio: number | null;
  /** The LEID it is linked to, or null. */
  readonly linked: number | null;
  /** The non-primary accounts that reach it, each with the portfolios of all it reaches. */
  readonly reachers: readonly {
    readonly id: string;
    readonly admin: boolean;
    readonly properties: readonly { readonly id: string; readonly portfolio: number | null }[];
  }[];
  /** Whether a non-primary account that does not reach it exists (someone to add). */
  readonly outsiderExists: boolean;
  /** Whether an invitation to it is pending now. */
  readonly pendingInvitation: boolean;
}

type Condition = (subject: PropertySubject) => boolean;
type ListingAbility = Ability<[Action, 'Property' | PropertySubject], Condition>;

const portfolioOf = ({ link }: Property): number | null =>
  link.kind === 'agreement' ? link.leid : link.kind === 'attached' ? link.primaryOf : null;

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** What the page's query loads: one subject per property of the listing. */
export const caslSubjects = (snapshot: WorldSnapshot, now: Instant): PropertySubject[] => {
  const properties = new Map(snapshot.properties.map((property) => [property.id as string, property]));
  const nonPrimary = snapshot.accounts.filter((account) => account.kind === 'non_primary');
  const reachersOf = new Map<string, (typeof nonPrimary)[number][]>();
  for (const account of nonPrimary)
    for (const id of account.properties) reachersOf.set(id, [...(reachersOf.get(id) ?? []), account]);
  return snapshot.properties.map((property) => {
    const reachers = reachersOf.get(property.id) ?? [];
    const linked = property.link.kind === 'agreement' ? property.link.leid : null;
    return {
      id: property.id,
      portfolio: portfolioOf(property),
      linked,
      reachers: reachers.map((account) => ({
        id: account.id,
        admin: account.rights.includes('admin'),
        properties: account.properties.map((id) => {
          const reached = properties.get(id);
          return { id, portfolio: reached === undefined ? null : portfolioOf(reached) };
        }),
      })),
      outsiderExists: nonPrimary.length > reachers.length,
      pendingInvitation: snapshot.invitations.some(
        (invitation) =>
          invitation.property === property.id &&
          invitation.status.kind === 'pending' &&
          invitation.sentAt <= now &&
          now < invitation.sentAt + WEEK_MS,
      ),
    };
  });
};

const PROPERTY_ACTIONS = [
  'create_user',
  'invite',
  'add_user',
  'revoke_invitation',
  'remove_property',
  'set_access_rights',
  'grant_admin',
  'revoke_admin',
] as const satisfies readonly Action[];

// Every subject is a property: CASL is told so, rather than reading a type off each subject.
const abilityOf = (rules: readonly { action: Action; subject: 'Property'; conditions?: Condition }[]): ListingAbility =>
  new Ability<[Action, 'Property' | PropertySubject], Condition>([...rules], {
    conditionsMatcher: (conditions) => conditions as MatchConditions,
    detectSubjectType: () => 'Property',
  });

/**
 * The actor's ability, as the application defines it for each request: what it loaded about the
 * actor and the agreements is read here, once; the function returned builds the ability from it
 * (inside the timed pass, as a request would): the actions about no property decided from what
 * was loaded, the others as conditions on the property.
 */
export const caslAbilityFor = (snapshot: WorldSnapshot, who: CommandActor): (() => ListingAbility) => {
  const active = snapshot.agreements.filter((agreement) => agreement.status === 'active').map(({ leid }) => leid);
  const primaries = new Set(
    snapshot.accounts.flatMap((account) => (account.kind === 'primary' ? [account.agreement] : [])),
  );
  const unlinked = snapshot.properties.some((property) => property.link.kind === 'none');
  const actor: Account | undefined =
    who.kind === 'account' ? snapshot.accounts.find(({ id }) => id === who.id) : undefined;
  const reached = new Set<string>(actor?.kind === 'non_primary' ? actor.properties : []);
  const seen = new Set(
    snapshot.properties.flatMap((property) => (reached.has(property.id) ? [portfolioOf(property)] : [])),
  );
  return () => {
    const rules: { action: Action; subject: 'Property'; conditions?: Condition }[] = [];
    const may = (action: Action, conditions?: Condition) =>
      rules.push(
        conditions === undefined ? { action, subject: 'Property' } : { action, subject: 'Property', conditions },
      );
    if (who.kind === 'platform') {
      if (unlinked && active.some((leid) => primaries.has(leid))) may('add_property');
      if (active.some((leid) => !primaries.has(leid))) may('grant_primary_account');
      if (active.length > 0) may('terminate_agreement');
      const elsewhere: Condition = ({ linked }) => active.some((leid) => leid !== linked);
      may('recontract_property', elsewhere);
      may('change_ownership', elsewhere);
      return abilityOf(rules);
    }
    if (actor === undefined) return abilityOf(rules);
    const adminOf =
      actor.kind === 'primary'
        ? (portfolio: number | null) => portfolio === actor.agreement
        : actor.rights.includes('admin')
          ? (_portfolio: number | null, id: string) => reached.has(id)
          : () => false;
    if (actor.kind === 'primary') {
      if (active.includes(actor.agreement)) may('add_property');
    } else if (active.some((leid) => seen.has(leid) && !primaries.has(leid))) may('request_primary_account');
    // Whether the actor administers every property an account reaches (CX-2), kept by account
    // for the life of the ability, as an expert tuning a listing would.
    const changeableById = new Map<string, boolean>();
    const changeable = (account: PropertySubject['reachers'][number]) => {
      let known = changeableById.get(account.id);
      if (known === undefined) {
        known = account.properties.every(({ id, portfolio }) => adminOf(portfolio, id));
        changeableById.set(account.id, known);
      }
      return known;
    };
    const here: Condition = ({ portfolio, id }) => adminOf(portfolio, id);
    const when: Record<(typeof PROPERTY_ACTIONS)[number], Condition> = {
      create_user: here,
      invite: here,
      add_user: (subject) => here(subject) && subject.outsiderExists,
      revoke_invitation: (subject) => here(subject) && subject.pendingInvitation,
      remove_property: (subject) => here(subject) && subject.reachers.length > 0,
      set_access_rights: (subject) => here(subject) && subject.reachers.some(changeable),
      grant_admin: (subject) =>
        here(subject) && subject.reachers.some((account) => !account.admin && changeable(account)),
      revoke_admin: (subject) =>
        here(subject) && subject.reachers.some((account) => account.admin && changeable(account)),
    };
    for (const action of PROPERTY_ACTIONS) may(action, when[action]);
    return abilityOf(rules);
  };
};

/** CASL's 15 booleans per property, in the library's order of actions, from an ability defined for the pass. */
export const caslListing = (define: () => ListingAbility, subjects: readonly PropertySubject[]): boolean[][] => {
  const ability = define();
  return subjects.map((subject) => ACTIONS.map((action) => ability.can(action, subject)));
};

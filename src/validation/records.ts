import type { Result } from 'neverthrow';

import type { Account } from '../values/account';
import type { PartnerAgreement } from '../values/agreement';
import type { Invitation } from '../values/invitation';
import type { InvalidInput } from '../values/problem';
import type { Property } from '../values/property';
import type { Invitee } from '../values/requests';
import { parserOf } from './check';
import { isAccount, isAgreement, isInvitation, isInvitee, isProperty } from './values';

// The record constructors: each checks every field of its input once and answers a deep-frozen
// record that every decision then takes as checked, without reading it again. The same records
// come out of worldFrom, the world's queries and every decision; an object literal of the same
// fields is checked in full each time it is given.

/**
 * Makes a checked {@link PartnerAgreement}: `invalid_input` with every problem and its path, or
 * a frozen record that decisions do not check again.
 *
 * @example
 * makeAgreement({ leid: 4711, status: 'active' }); // ok({ leid: 4711, status: 'active' })
 */
export const makeAgreement: (input: unknown) => Result<PartnerAgreement, InvalidInput> = parserOf(isAgreement);

/**
 * Makes a checked {@link Property}, as {@link makeAgreement} does.
 *
 * @example
 * makeProperty({ id: 'hotel-1', link: { kind: 'agreement', leid: 4711 } });
 */
export const makeProperty: (input: unknown) => Result<Property, InvalidInput> = parserOf(isProperty);

/**
 * Makes a checked {@link Account}, primary or not, as {@link makeAgreement} does. Login and email
 * must already be in their compared form (`loginName` and `email` make them so).
 *
 * @example
 * makeAccount({ kind: 'primary', id: 'anna', login: 'anna', email: 'anna@example.com', name: 'Anna', agreement: 4711 });
 */
export const makeAccount: (input: unknown) => Result<Account, InvalidInput> = parserOf(isAccount);

/**
 * Makes a checked {@link Invitation}, as {@link makeAgreement} does.
 *
 * @example
 * makeInvitation({ ...invitation, status: { kind: 'pending' } });
 */
export const makeInvitation: (input: unknown) => Result<Invitation, InvalidInput> = parserOf(isInvitation);

/**
 * Makes a checked {@link Invitee} (the person `invite` invites and the rights chosen for them), as
 * {@link makeAgreement} does: made once, it is taken as it is by every `canInvite` and `invite`.
 *
 * @example
 * makeInvitee({ id: 'inv-1', name: 'Cai Berg', email: 'cai@example.com', rights: ['reservations'] });
 */
export const makeInvitee: (input: unknown) => Result<Invitee, InvalidInput> = parserOf(isInvitee);

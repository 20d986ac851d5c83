import { type Infer, leaf, object, variant } from './shape';

/**
 * The shape of a {@link PropertyLink}: how a property stands towards partner agreements.
 * - `agreement`: linked to the agreement with this LEID;
 * - `none`: linked to no agreement;
 * - `attached`: linked to no agreement, but attached internally by the platform to the primary
 *   account of the agreement with this LEID (PA-4); it stays unlinked.
 */
export const linkShape = variant('kind', {
  agreement: { leid: leaf('leid') },
  none: {},
  attached: { primaryOf: leaf('leid') },
});

/** How a property stands towards partner agreements: see {@link linkShape}. */
export type PropertyLink = Infer<typeof linkShape>;

/** The shape of a {@link Property}. */
export const propertyShape = object({ id: leaf('propertyId'), link: linkShape });

/** A listed property (an accommodation). */
export type Property = Infer<typeof propertyShape>;

/** The link of a property that belongs to no agreement. */
export const UNLINKED: PropertyLink = Object.freeze({ kind: 'none' });

/**
 * The shape of a {@link PropertyOrigin}: how the property comes to the primary account.
 * - `new_registration`: registered through "Add new property" on the group homepage (PA-10);
 * - `existing_listing`: a property already listed on the platform;
 * - `assigned_leid`: registered while the platform assigned a legal entity ID, with whether the
 *   partner already existed then (PA-5).
 */
export const originShape = variant('kind', {
  new_registration: {},
  existing_listing: {},
  assigned_leid: { leid: leaf('leid'), partnerExisted: leaf('boolean') },
});

/** How a property comes to a primary account: see {@link originShape}. */
export type PropertyOrigin = Infer<typeof originShape>;

import type { PropertyId } from './ids';
import type { LegalEntityId } from './legalEntityId';

/**
 * How a property stands towards partner agreements:
 * - `agreement`: linked to the agreement with this LEID;
 * - `none`: linked to no agreement;
 * - `attached`: linked to no agreement, but attached internally by the platform to the primary
 *   account of the agreement with this LEID (PA-4); it stays unlinked.
 */
export type PropertyLink =
  | { readonly kind: 'agreement'; readonly leid: LegalEntityId }
  | { readonly kind: 'none' }
  | { readonly kind: 'attached'; readonly primaryOf: LegalEntityId };

/** A listed property (an accommodation). */
export interface Property {
  readonly id: PropertyId;
  readonly link: PropertyLink;
}

/** The link of a property that belongs to no agreement. */
export const UNLINKED: PropertyLink = Object.freeze({ kind: 'none' });

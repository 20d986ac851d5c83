import type { LegalEntityId } from './legalEntityId';

/** Whether a partner agreement is in force. */
export type AgreementStatus = 'active' | 'terminated';

/**
 * A partner agreement between a partner and the platform, identified by its legal entity ID
 * (same LEID, same contract ID).
 */
export interface PartnerAgreement {
  readonly leid: LegalEntityId;
  readonly status: AgreementStatus;
}

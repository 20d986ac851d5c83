import { type Infer, leaf, literal, object } from './shape';

/** The shape of a {@link PartnerAgreement}. */
export const agreementShape = object({ leid: leaf('leid'), status: literal('active', 'terminated') });

/** Whether a partner agreement is in force. */
export type AgreementStatus = PartnerAgreement['status'];

/**
 * A partner agreement between a partner and the platform, identified by its legal entity ID
 * (same LEID, same contract ID).
 */
export type PartnerAgreement = Infer<typeof agreementShape>;

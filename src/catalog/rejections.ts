import type { AcceptInvitationRejection } from '../rules/acceptInvitation';
import type { AddPropertyRejection } from '../rules/addProperty';
import type { AddUserRejection } from '../rules/addUser';
import type { CreateUserRejection } from '../rules/createUser';
import type { GrantAdminRejection } from '../rules/grantAdmin';
import type { GrantPrimaryAccountRejection } from '../rules/grantPrimaryAccount';
import type { InviteRejection } from '../rules/invite';
import type { MovePropertyRejection } from '../rules/moveProperty';
import type { RemovePropertyRejection } from '../rules/removeProperty';
import type { RequestPrimaryAccountRejection } from '../rules/requestPrimaryAccount';
import type { RevokeAdminRejection } from '../rules/revokeAdmin';
import type { RevokeInvitationRejection } from '../rules/revokeInvitation';
import type { SetAccessRightsRejection } from '../rules/setAccessRights';
import type { TerminateAgreementRejection } from '../rules/terminateAgreement';

/** Every rejection any action can return: the union of the actions' own unions. */
export type Rejection =
  | AddPropertyRejection
  | RequestPrimaryAccountRejection
  | GrantPrimaryAccountRejection
  | CreateUserRejection
  | AddUserRejection
  | InviteRejection
  | AcceptInvitationRejection
  | RevokeInvitationRejection
  | RemovePropertyRejection
  | SetAccessRightsRejection
  | GrantAdminRejection
  | RevokeAdminRejection
  | MovePropertyRejection
  | TerminateAgreementRejection;

/** Every rejection code, derived from the union; never listed by hand. */
export type RejectionCode = Rejection['code'];

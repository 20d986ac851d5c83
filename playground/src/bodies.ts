// The JSON Schemas of the request bodies, as the package ships them: the forms are made from them.
import type { Action } from 'partner-account-rules';

import acceptInvitation from '../../schemas/bodies/accept_invitation.schema.json';
import addProperty from '../../schemas/bodies/add_property.schema.json';
import addUser from '../../schemas/bodies/add_user.schema.json';
import changeOwnership from '../../schemas/bodies/change_ownership.schema.json';
import createUser from '../../schemas/bodies/create_user.schema.json';
import grantAdmin from '../../schemas/bodies/grant_admin.schema.json';
import grantPrimaryAccount from '../../schemas/bodies/grant_primary_account.schema.json';
import invite from '../../schemas/bodies/invite.schema.json';
import recontractProperty from '../../schemas/bodies/recontract_property.schema.json';
import removeProperty from '../../schemas/bodies/remove_property.schema.json';
import requestPrimaryAccount from '../../schemas/bodies/request_primary_account.schema.json';
import revokeAdmin from '../../schemas/bodies/revoke_admin.schema.json';
import revokeInvitation from '../../schemas/bodies/revoke_invitation.schema.json';
import setAccessRights from '../../schemas/bodies/set_access_rights.schema.json';
import terminateAgreement from '../../schemas/bodies/terminate_agreement.schema.json';

/** The JSON Schema of each action's request body. */
export const BODY_SCHEMAS: { readonly [A in Action]: object } = {
  accept_invitation: acceptInvitation,
  add_property: addProperty,
  add_user: addUser,
  change_ownership: changeOwnership,
  create_user: createUser,
  grant_admin: grantAdmin,
  grant_primary_account: grantPrimaryAccount,
  invite: invite,
  recontract_property: recontractProperty,
  remove_property: removeProperty,
  request_primary_account: requestPrimaryAccount,
  revoke_admin: revokeAdmin,
  revoke_invitation: revokeInvitation,
  set_access_rights: setAccessRights,
  terminate_agreement: terminateAgreement,
};

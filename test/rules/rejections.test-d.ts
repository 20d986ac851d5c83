import type { Result } from 'neverthrow';
import { expectTypeOf, it } from 'vitest';
import type {
  AcceptInvitationRejection,
  AddPropertyRejection,
  AddUserRejection,
  Allowed,
  CreateUserRejection,
  GrantAdminRejection,
  InvalidInput,
  InviteRejection,
  MovePropertyRejection,
  RemovePropertyRejection,
  RequestPrimaryAccountRejection,
  RevokeAdminRejection,
  RevokeInvitationRejection,
  SetAccessRightsRejection,
  TerminateAgreementRejection,
  UserAdded,
  addUser,
  canAddProperty,
} from '../../src/index';

// Each action returns its own exact union: these are the contract, and a change to one is a
// change to the public API.

it('addProperty can refuse for exactly these reasons', () => {
  expectTypeOf<AddPropertyRejection['code']>().toEqualTypeOf<
    | 'agreement_mismatch'
    | 'agreement_is_terminated'
    | 'non_primary_cannot_add_property'
    | 'platform_attaches_existing_listings_only'
    | 'agreement_has_no_primary'
    | 'actor_is_not_this_primary'
    | 'property_already_in_portfolio'
    | 'property_in_other_agreement'
    | 'property_attached_to_other_primary'
    | 'property_not_in_any_agreement'
    | 'assigned_leid_of_other_agreement'
    | 'partner_not_existing_at_assignment'
  >();
  expectTypeOf<ReturnType<typeof canAddProperty>>().toEqualTypeOf<
    Result<Allowed, AddPropertyRejection | InvalidInput>
  >();
});

it('addUser can refuse for exactly these reasons, and says what it added', () => {
  expectTypeOf<AddUserRejection['code']>().toEqualTypeOf<
    | 'actor_not_admin'
    | 'user_not_found'
    | 'username_email_mismatch'
    | 'user_is_primary_account'
    | 'user_already_has_access'
  >();
  expectTypeOf<ReturnType<typeof addUser>>().toEqualTypeOf<Result<UserAdded, AddUserRejection | InvalidInput>>();
});

it('the other actions can refuse for exactly these reasons', () => {
  expectTypeOf<RequestPrimaryAccountRejection['code']>().toEqualTypeOf<
    'agreement_is_terminated' | 'already_primary_account' | 'agreement_has_primary'
  >();
  expectTypeOf<CreateUserRejection['code']>().toEqualTypeOf<
    'actor_not_admin' | 'no_access_rights_chosen' | 'login_taken' | 'login_same_as_creator'
  >();
  expectTypeOf<InviteRejection['code']>().toEqualTypeOf<
    'actor_not_admin' | 'no_access_rights_chosen' | 'invitation_already_pending'
  >();
  expectTypeOf<AcceptInvitationRejection['code']>().toEqualTypeOf<
    'invitation_not_yet_sent' | 'invitation_not_pending' | 'login_taken' | 'login_same_as_primary'
  >();
  expectTypeOf<RevokeInvitationRejection['code']>().toEqualTypeOf<
    'actor_not_admin' | 'invitation_not_pending' | 'invitation_for_other_property'
  >();
  expectTypeOf<RemovePropertyRejection['code']>().toEqualTypeOf<
    'actor_not_admin' | 'property_not_reached' | 'primary_account_keeps_properties'
  >();
  expectTypeOf<SetAccessRightsRejection['code']>().toEqualTypeOf<
    | 'primary_admin_rights_locked'
    | 'no_access_rights_chosen'
    | 'actor_not_admin'
    | 'property_not_reached'
    | 'rights_reach_other_properties'
  >();
  expectTypeOf<GrantAdminRejection['code']>().toEqualTypeOf<
    'already_admin' | 'actor_not_admin' | 'property_not_reached' | 'rights_reach_other_properties'
  >();
  expectTypeOf<RevokeAdminRejection['code']>().toEqualTypeOf<
    | 'primary_admin_rights_locked'
    | 'not_admin'
    | 'actor_not_admin'
    | 'property_not_reached'
    | 'rights_reach_other_properties'
  >();
  expectTypeOf<MovePropertyRejection['code']>().toEqualTypeOf<
    'platform_operation_only' | 'agreement_is_terminated' | 'property_already_in_agreement'
  >();
  expectTypeOf<TerminateAgreementRejection['code']>().toEqualTypeOf<
    'platform_operation_only' | 'agreement_is_terminated'
  >();
});

it('a rejection is readonly data', () => {
  expectTypeOf<AddUserRejection['rules']>().toEqualTypeOf<
    readonly [AddUserRejection['rules'][0], ...AddUserRejection['rules'][number][]]
  >();
  // @ts-expect-error -- a rejection's code cannot be reassigned
  const rename = (rejection: AddUserRejection) => (rejection.code = 'user_not_found');
  expectTypeOf(rename).toBeFunction();
});

// The public API, exported by name. Anything not listed here is internal.

// Values
export { legalEntityId, type LegalEntityId } from './values/legalEntityId';
export {
  propertyId,
  accountId,
  invitationId,
  MAX_ID_LENGTH,
  type PropertyId,
  type AccountId,
  type InvitationId,
} from './values/ids';
export { loginName, MAX_LOGIN_LENGTH, type LoginName } from './values/loginName';
export { loginSkeleton } from './values/skeleton';
export { email, MAX_EMAIL_LENGTH, type Email } from './values/email';
export { displayName, MAX_DISPLAY_NAME_LENGTH, type DisplayName } from './values/displayName';
export { instant, INVITATION_LIFETIME_MS, type Instant } from './values/instant';
export {
  accessRights,
  AREAS,
  FULL_ADMIN,
  ALL_AREAS,
  NO_RIGHTS,
  MAX_RIGHTS_LIST,
  type AccessRight,
  type AccessRights,
  type Area,
} from './values/accessRights';
export { agreementShape, type PartnerAgreement, type AgreementStatus } from './values/agreement';
export {
  UNLINKED,
  linkShape,
  originShape,
  propertyShape,
  type Property,
  type PropertyLink,
  type PropertyOrigin,
} from './values/property';
export type { Brand } from './values/brand';
export type {
  CaseShape,
  Cases,
  Fields,
  Infer,
  LeafName,
  LeafShape,
  Leaves,
  ListShape,
  LiteralShape,
  NullableShape,
  ObjectShape,
  OptionalShape,
  Shape,
  VariantShape,
} from './values/shape';
export {
  PLATFORM,
  accountShape,
  actorShape,
  nonPrimaryShape,
  primaryShape,
  type Account,
  type AccountKind,
  type Actor,
  type NonPrimaryAccount,
  type Platform,
  type PrimaryAccount,
} from './values/account';
export {
  invitationShape,
  type Invitation,
  type InvitationState,
  type InvitationStatus,
  type RevokedBy,
} from './values/invitation';
export { MAX_ISSUES } from './validation/check';
export { makeAccount, makeAgreement, makeInvitation, makeInvitee, makeProperty } from './validation/records';
export { MAX_RECORDS } from './values/account';
export {
  receivedType,
  type ConflictReason,
  type ExpectedType,
  type InputIssue,
  type InvalidInput,
  type NonEmptyArray,
  type Problem,
  type ReceivedType,
  type ValueError,
  type ValueKind,
} from './values/problem';

// Decisions
export type { Allowed } from './rules/decision';
export { accountType, type AccountTypeView } from './rules/accountType';
export { accessTo, type Access, type AccessQuery } from './rules/accessTo';
export { portfolioOf, type PortfolioQuery } from './rules/portfolio';
export { invitationState, type InvitationStateQuery, type InvitationStateAt } from './rules/invitationState';
export {
  canRequestPrimaryAccount,
  requestPrimaryAccount,
  type RequestPrimaryAccountRejection,
  type SupportRequest,
} from './rules/requestPrimaryAccount';
export {
  canGrantPrimaryAccount,
  grantPrimaryAccount,
  type GrantPrimaryAccountRejection,
  type PrimaryAccountGranted,
} from './rules/grantPrimaryAccount';
export { canAddProperty, addProperty, type AddPropertyRejection, type PropertyAdded } from './rules/addProperty';
export { canCreateUser, createUser, type CreateUserRejection, type UserCreated } from './rules/createUser';
export { canAddUser, addUser, type AddUserRejection, type UserAdded } from './rules/addUser';
export { canInvite, invite, type InviteRejection, type InvitationSent } from './rules/invite';
export {
  canAcceptInvitation,
  acceptInvitation,
  type AcceptInvitationRejection,
  type InvitationAccepted,
} from './rules/acceptInvitation';
export {
  canRevokeInvitation,
  revokeInvitation,
  type RevokeInvitationRejection,
  type InvitationRevoked,
} from './rules/revokeInvitation';
export {
  canRemoveProperty,
  removeProperty,
  type RemovePropertyRejection,
  type PropertyRemoved,
} from './rules/removeProperty';
export type { AccessRightsChanged, RightsGateRejection } from './rules/rightsGate';
export {
  type AcceptInvitationRequest,
  type AddPropertyRequest,
  type AddUserRequest,
  type ChangeOwnershipRequest,
  type CreateUserRequest,
  type GrantPrimaryAccountRequest,
  type InviteRequest,
  type Invitee,
  type MovePropertyRequest,
  type NewPrimary,
  type NewUser,
  type PrimaryAccountRequest,
  type RemovePropertyRequest,
  type RevokeInvitationRequest,
  type RightsChangeRequest,
  type SetAccessRightsRequest,
  type TerminateAgreementRequest,
  acceptInvitationRequestShape,
  addPropertyRequestShape,
  addUserRequestShape,
  changeOwnershipRequestShape,
  createUserRequestShape,
  grantPrimaryAccountRequestShape,
  inviteeShape,
  inviteRequestShape,
  MAX_INVITATIONS,
  movePropertyRequestShape,
  newPrimaryShape,
  newUserShape,
  primaryAccountRequestShape,
  removePropertyRequestShape,
  REQUEST_SHAPES,
  revokeInvitationRequestShape,
  rightsChangeRequestShape,
  setAccessRightsRequestShape,
  terminateAgreementRequestShape,
} from './values/requests';
export { canSetAccessRights, setAccessRights, type SetAccessRightsRejection } from './rules/setAccessRights';
export { canGrantAdmin, grantAdmin, type GrantAdminRejection } from './rules/grantAdmin';
export { canRevokeAdmin, revokeAdmin, type RevokeAdminRejection } from './rules/revokeAdmin';
export { canRecontractProperty, recontractProperty } from './rules/recontractProperty';
export type { MovePropertyRejection, PropertyRecontracted } from './rules/moveProperty';
export { canChangeOwnership, changeOwnership, type OwnershipChanged } from './rules/changeOwnership';
export {
  canTerminateAgreement,
  terminateAgreement,
  type TerminateAgreementRejection,
  type AgreementEnded,
} from './rules/terminateAgreement';

// Rejections and remedies
export type { Rejection, RejectionCode } from './catalog/rejections';
export type { RejectionOf } from './rejections/rejection';
export type {
  ActorNotAdmin,
  AgreementHasPrimary,
  AlreadyPrimaryAccount,
  AgreementMismatch,
  AgreementTerminated,
  InvitationNotPending,
  LoginTaken,
  NoAccessRightsChosen,
  PlatformOnly,
  PrimaryAdminRightsLocked,
  PropertyNotReached,
  RightsReachOtherProperties,
} from './rejections/common';
export { actorRefShape, type ActorRef } from './values/actorRef';
export type { Remedy, RemedyKind } from './rejections/remedy';

// The reference world
export { EMPTY_WORLD, type World } from './world/world';
export {
  ACTIONS,
  actionShape,
  bodyShapes,
  commandActorShape,
  commandShape,
  type Action,
  type ActionArguments,
  type BodyOf,
  type Command,
  type CommandActor,
  type CommandFor,
} from './world/command';
export { eventShape, type ReachChange, type WorldEvent, type WorldEventKind, type Write } from './world/event';
export {
  WORLD_REJECTION_CODES,
  type CommandRejection,
  type RecordKind,
  type WorldRejectionOf,
  type WorldRejection,
  type WorldRejectionCode,
} from './world/rejection';
export { execute, type Executed } from './world/execute';
export {
  runScenario,
  type Expectation,
  type Scenario,
  type ScenarioReport,
  type ScenarioStep,
  type StepOutcome,
  type StepReport,
  type Title,
} from './scenario/scenario';
export { makeEvents, replay } from './world/replay';
export { parseCommand, parseEvents, parseSnapshot } from './world/json';
export { EXPECTABLE_CODES, parseScenario } from './scenario/json';
export {
  MAX_LISTING,
  permittedActions,
  permittedActionsByProperty,
  type Permission,
  type PropertyPermissions,
} from './world/permitted';
export type { Lookup, Answers, AnswerTo } from './world/lookups';
export {
  type Answerer,
  type Decided,
  decideWith,
  type LookupFailure,
  permittedByPropertyWith,
  permittedWith,
} from './world/drive';
export { viewOf, type WorldView } from './world/view';
export { makeSnapshot, snapshotOf, snapshotShape, worldFrom, type WorldSnapshot } from './world/snapshot';
export {
  findAgreement,
  findProperty,
  findAccount,
  findAccountByLogin,
  findPrimaryAccount,
  findInvitation,
  primaryPortfolio,
  whoReaches,
  propertiesOf,
  pendingInvitations,
  type Reach,
} from './world/queries';

// Messages
export { explain, explainIssue, explainRemedy, explainValueError, explainAccountKind } from './messages/explain';
export {
  LOCALES,
  type Locale,
  type CustomLocale,
  type SpokenLocale,
  defineLocale,
  localeTexts,
  localeTag,
  isSpokenLocale,
  LOCALE_TEXTS,
  MAX_LOCALE_TAG,
} from './messages/locale';
export type {
  LocaleTexts,
  ByCode,
  ByKind,
  TextsByCode,
  TextsByKind,
  TextsOfFacts,
  WordsFor,
  ClientFacts,
  ProblemStatus,
  CliWord,
  RejectionByCode,
  WorldRejectionByCode,
  RemedyByKind,
  ProblemByCode,
} from './messages/texts';

// The rule catalog
export { RULES, type RuleEntry } from './catalog/rules';
export { RULE_IDS, type RuleId } from './rejections/ruleIds';

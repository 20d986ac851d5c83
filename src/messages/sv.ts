import { frozenThrough, type LocaleTexts, moment, quotedItems } from './texts';

/** The Swedish texts, in the terms of the Swedish help article. */
export const sv: LocaleTexts = frozenThrough<LocaleTexts>({
  rejection: {
    agreement_mismatch: ({ facts }) =>
      `Det primära kontot "${facts.primary}" hör till partneravtalet med id för en juridisk person ${facts.primaryAgreement}, inte ${facts.givenAgreement}.`,
    agreement_is_terminated: ({ facts }) =>
      `Partneravtalet med id för en juridisk person ${facts.agreement} är uppsagt, så inget mer kan göras inom det.`,
    non_primary_cannot_add_property: ({ facts }) =>
      `Bara det primära kontot kan registrera boenden, så ${sv.actor(facts.actor)} kan inte lägga till något.`,
    agreement_has_no_primary: ({ facts }) =>
      `Avtalet med id för en juridisk person ${facts.agreement} har inget primärt konto ännu, så inget kan läggas till i ett.`,
    platform_attaches_existing_listings_only: ({ facts }) =>
      `Plattformen kopplar bara befintliga boenden till ett primärt konto; boendet "${facts.property}" kommer via ${{ new_registration: 'en ny registrering', existing_listing: 'ett befintligt boende', assigned_leid: 'ett tilldelat id för en juridisk person' }[facts.origin]}, som det primära kontot självt registrerar.`,
    actor_is_not_this_primary: ({ facts }) =>
      `För att lägga till ett boende i avtalet med id för en juridisk person ${facts.agreement} måste avtalets primära konto vara inloggat, och ${sv.actor(facts.actor)} är inte det.`,
    property_already_in_portfolio: ({ facts }) =>
      `Boendet "${facts.property}" finns redan i det primära kontot "${facts.primary}".`,
    property_in_other_agreement: ({ facts }) =>
      `Boendet "${facts.property}" hör till partneravtalet med id för en juridisk person ${facts.propertyAgreement}, inte ${facts.agreement}, så det här primära kontot kan inte ta det.`,
    property_attached_to_other_primary: ({ facts }) =>
      `Boendet "${facts.property}" har kopplats av plattformen till det primära kontot för avtalet med id för en juridisk person ${facts.attachedTo}.`,
    property_not_in_agreement: ({ facts }) =>
      `Boendet "${facts.property}" ingår inte i partneravtalet med id för en juridisk person ${facts.agreement}, så avtalets primära konto kan inte ta det: ett primärt konto innehåller boendena i sitt eget avtal och registrerar själv nya.`,
    assigned_leid_of_other_agreement: ({ facts }) =>
      `Boendet "${facts.property}" registrerades under id för en juridisk person ${facts.assigned}, som inte är det här avtalets (${facts.agreement}).`,
    partner_not_existing_at_assignment: ({ facts }) =>
      `Boendet "${facts.property}" kan bara läggas till i det primära kontot om partnern redan fanns när id för en juridisk person ${facts.assigned} tilldelades, och det gjorde den inte.`,
    already_primary_account: ({ facts }) => `Kontot "${facts.account}" är redan ett primärt konto.`,
    agreement_has_primary: ({ facts }) =>
      `Partneravtalet med id för en juridisk person ${facts.agreement} har redan ett primärt konto ("${facts.primary}"); ett avtal har bara ett.`,
    actor_not_admin: ({ facts }) =>
      `Bara en administratör för boendet "${facts.property}" kan göra detta, och ${sv.actor(facts.actor)} är ingen.`,
    no_access_rights_chosen: ({ facts }) => `Inga åtkomsträttigheter valdes för boendet "${facts.property}".`,
    login_taken: ({ facts }) =>
      `Användarnamnet "${facts.login}" används redan av kontot "${facts.holder}"; användarnamn är unika.`,
    login_same_as_creator: ({ facts }) =>
      `Det nya kontot behöver egna inloggningsuppgifter; "${facts.login}" är användarnamnet för kontot som skapar det.`,
    user_not_found: ({ facts }) => `Inget konto har användarnamnet "${facts.username}".`,
    username_email_mismatch: ({ facts }) =>
      `Användarnamnet "${facts.username}" och mejladressen ${facts.email} hör inte till samma konto.`,
    user_is_primary_account: ({ facts }) =>
      `Kontot "${facts.account}" är ett primärt konto och kan inte läggas till för boendet "${facts.property}" som nuvarande användare.`,
    user_already_has_access: ({ facts }) =>
      `Kontot "${facts.account}" har redan åtkomst till boendet "${facts.property}".`,
    invitation_already_pending: ({ facts }) =>
      `Inbjudan "${facts.invitation}" till samma person för det här boendet gäller fortfarande, till ${moment(facts.expiresAt)}.`,
    invitation_not_pending: ({ facts }) => {
      const how = { expired: 'gick ut', revoked: 'återkallades', accepted: 'accepterades redan' }[facts.state];
      return `Inbjudan "${facts.invitation}" ${how} ${moment(facts.since)} och kan inte längre accepteras eller ändras.`;
    },
    invitation_not_yet_sent: ({ facts }) =>
      `Inbjudan "${facts.invitation}" skickades ${moment(facts.sentAt)}, så den kan inte accepteras ${moment(facts.now)}, innan den fanns.`,
    login_same_as_primary: ({ facts }) =>
      `Det nya kontot behöver ett annat användarnamn än "${facts.login}", som är användarnamnet för det primära kontot "${facts.primary}".`,
    invitation_for_other_property: ({ facts }) =>
      `Inbjudan "${facts.invitation}" gäller boendet "${facts.invitationProperty}", inte "${facts.property}".`,
    property_not_reached: ({ facts }) =>
      `Kontot "${facts.account}" har ingen åtkomst till boendet "${facts.property}".`,
    primary_account_keeps_properties: ({ facts }) =>
      `Boendet "${facts.property}" kan inte tas bort från det primära kontot "${facts.account}": ett primärt konto innehåller alltid alla boenden i sitt avtal (id för en juridisk person ${facts.agreement}).`,
    primary_admin_rights_locked: ({ facts }) =>
      `Kontot "${facts.account}" är det primära kontot för id för en juridisk person ${facts.agreement}; dess åtkomsträttigheter som administratör kan aldrig minskas eller tas bort.`,
    rights_reach_other_properties: ({ facts }) =>
      `Åtkomsträttigheter gäller alla boenden på ett konto, och kontot "${facts.account}" når även ${quotedItems(facts.properties)}, som du inte administrerar.`,
    already_admin: ({ facts }) => `Kontot "${facts.account}" har redan åtkomsträttigheter som administratör.`,
    not_admin: ({ facts }) =>
      `Kontot "${facts.account}" har inga åtkomsträttigheter som administratör att ta tillbaka.`,
    access_rights_unchanged: ({ facts }) =>
      `Kontot "${facts.account}" har redan precis de här åtkomsträttigheterna (${facts.rights.join(', ')}); att ställa in dem igen skulle inte ändra något.`,
    platform_operation_only: ({ facts }) =>
      `Bara plattformen kan ${{ recontract_property: 'ge ett boende ett nytt avtal', change_ownership: 'byta ägare för ett boende', terminate_agreement: 'säga upp ett avtal', grant_primary_account: 'skapa ett primärt konto' }[facts.operation]}; ${sv.actor(facts.actor)} kan inte det.`,
    property_already_in_agreement: ({ facts }) =>
      `Boendet "${facts.property}" hör redan till partneravtalet med id för en juridisk person ${facts.agreement}.`,
  },
  remedy: {
    create_non_primary_account: ({ property }) =>
      `Skapa ett nytt konto som inte är ett primärt konto, med egna inloggningsuppgifter, och lägg till boendet "${property}" i det.`,
    invite_instead: ({ email }) =>
      `Bjud in ${email} med namn och mejladress i stället; när inbjudan accepteras skapas en separat inloggning.`,
    request_primary_account: ({ agreement }) =>
      agreement === null
        ? 'Om avtalet inte har något primärt konto ännu, be plattformen om ett.'
        : `Be plattformen om ett primärt konto för avtalet med id för en juridisk person ${agreement}.`,
    grant_primary_account: ({ agreement }) =>
      `Skapa först det primära kontot för avtalet med id för en juridisk person ${agreement}.`,
    ask_primary_account: ({ agreement }) =>
      agreement === null
        ? 'Be avtalets primära konto att göra det.'
        : `Be det primära kontot för id för en juridisk person ${agreement} att göra det.`,
    ask_property_admin: ({ property }) => `Fråga en administratör för boendet "${property}".`,
    ask_platform_to_attach: ({ property }) =>
      `Om boendet "${property}" inte ingår i något partneravtal, be plattformen koppla det till det primära kontot.`,
    recontract_property: ({ property }) => `Låt boendet "${property}" få ett nytt avtal.`,
    change_ownership: ({ property }) =>
      `Begär ett ägarbyte för boendet "${property}" till en annan ägare eller ett annat avtal.`,
    terminate_agreement: ({ agreement }) =>
      agreement === null
        ? 'Säg upp partneravtalet.'
        : `Säg upp partneravtalet med id för en juridisk person ${agreement}.`,
    choose_another_login: () => 'Välj ett annat användarnamn.',
    choose_access_rights: () => 'Välj minst en åtkomsträttighet.',
    wait_for_invitation: ({ invitation, expiresAt }) =>
      `Vänta på svar på inbjudan "${invitation}", eller återkalla den; den går ut ${moment(expiresAt)}.`,
    send_new_invitation: ({ property }) => `Be en administratör för boendet "${property}" om en ny inbjudan.`,
  },
  problem: {
    wrong_type: ({ expected, received }) => `förväntade ${expected.join(' eller ')}, fick ${received}`,
    empty: () => 'får inte vara tomt',
    too_long: ({ max, length }) => `är ${length} långt, högst ${max} tillåts`,
    disallowed_character: ({ kind, position }) =>
      `har ${{ invisible: 'ett osynligt eller riktningsändrande tecken', space: 'ett mellanslag', lone_surrogate: 'ett halvt tecken (ett ensamt surrogat)', not_identifier: 'ett tecken som ett användarnamn inte får innehålla (bara bokstäver, siffror, diakritiska tecken och ASCII-tecken, inga kompatibilitetsformer)' }[kind]} på position ${position}`,
    control_character: ({ position }) => `har ett styrtecken på position ${position}`,
    not_integer: () => 'måste vara ett heltal',
    not_positive: () => 'måste vara större än noll',
    out_of_range: ({ min, max }) => `måste ligga mellan ${min} och ${max}`,
    malformed_email: () => 'är ingen giltig mejladress',
    malformed_timestamp: () => 'är ingen ISO 8601-tidpunkt med tidszon',
    not_normalized: ({ normalized }) => `är inte i normaliserad form ("${normalized}"); skapa det med dess konstruktor`,
    unknown_variant: ({ allowed }) => `måste vara något av ${quotedItems(allowed)}`,
    unreadable: () => 'gick inte att läsa',
    duplicate: ({ of }) =>
      ({
        id: 'upprepar ett id som redan finns tidigare i listan',
        login: 'upprepar ett användarnamn som ett tidigare konto redan har, eller ett som ser likadant ut',
        primary_account: 'anger ett avtal som redan har ett primärt konto',
      })[of],
    unknown_reference: ({ record }) =>
      `anger ${{ agreement: 'ett avtal', property: 'ett boende', account: 'ett konto', invitation: 'en inbjudan' }[record]} som inte finns i världen`,
    conflict: ({ reason }) =>
      ({
        agreement_is_terminated:
          'anger ett avtal som har sagts upp, och inget kopplas till ett avtal efter att det upphört',
        second_pending_invitation: 'är en andra väntande inbjudan för samma person och boende',
        before_sent: 'ligger före tidpunkten då inbjudan skickades',
        not_primary_of_agreement: 'anger ett konto som inte är det primära kontot för boendets avtal',
        wrong_account: 'anger ett annat konto än det som inbjudan skapade',
        not_non_primary: 'anger ett primärt konto, vars åtkomst aldrig ändras på det här sättet',
        not_kept: 'skiljer sig från posten som den är sparad, och en händelse av det här slaget ändrar den aldrig',
        after_expiry: 'ligger efter att inbjudan hade gått ut',
        before_expiry: 'anger att inbjudan gick ut innan dess 7 dagar hade gått',
        not_pending: 'ändrar en inbjudan som inte längre väntade på svar',
        not_at_event: 'anger en annan tidpunkt än händelsen den hör till',
      })[reason],
    more_issues: ({ count }) => `och ${count} problem till, som inte listas`,
    unknown_field: () => 'är inget fält som hör hemma här (kontrollera stavningen)',
    set_by_server: () => 'sätts av servern, från inloggningen och klockan, aldrig av anropets innehåll',
    not_a_world: () => 'är ingen värld som biblioteket har skapat (använd worldFrom, replay eller EMPTY_WORLD)',
  },
  world: {
    record_not_found: ({ facts }) =>
      `Det finns inget ${sv.record[facts.record]} "${String(facts.id)}" i den här världen.`,
    record_id_taken: ({ facts }) => `Id:t "${String(facts.id)}" används redan av ett annat ${sv.record[facts.record]}.`,
    actor_cannot_issue: ({ facts }) => `${sv.commandActor[facts.actor]} kan inte utföra "${facts.action}".`,
    time_went_backwards: ({ facts }) =>
      `Kommandot är daterat ${moment(facts.now)}, men den här världen har redan nått ${moment(facts.clock)}; tiden går bara framåt.`,
  },
  record: {
    agreement: 'partneravtal',
    property: 'boende',
    account: 'konto',
    invitation: 'inbjudan',
    primary_account: 'primärt konto för avtalet',
  },
  commandActor: { account: 'Ett konto', platform: 'Plattformen', invitee: 'En inbjuden person utan konto' },
  value: {
    legal_entity_id: 'id för en juridisk person',
    property_id: 'boende-id',
    account_id: 'konto-id',
    invitation_id: 'inbjudnings-id',
    login_name: 'användarnamn',
    email: 'mejladress',
    display_name: 'namn',
    instant: 'tidpunkt',
    access_right: 'åtkomsträttigheter',
  },
  accountKind: { primary: 'primärt konto', non_primary: 'icke-primärt konto' },
  actor: (actor) => (actor.kind === 'platform' ? 'plattformen' : `${sv.accountKind[actor.kind]} "${actor.id}"`),
  invalidInput: 'Begäran är felaktigt utformad, så inget beslut fattades',
  unknown: 'Det här är inget avslag som biblioteket känner till.',
  client: {
    user_not_found: () => 'Ingen användare med det här användarnamnet och den här mejladressen kan läggas till här.',
    user_already_has_access: ({ property }) => `Användaren har redan åtkomst till boendet "${property}".`,
    login_taken: ({ login }) =>
      `Användarnamnet "${login}", eller ett som ser likadant ut, används redan; användarnamn är unika.`,
    login_same_as_primary: ({ login }) =>
      `Det nya kontot behöver ett eget användarnamn; "${login}" är användarnamnet för ditt primära konto.`,
    agreement_has_primary: ({ agreement }) =>
      `Avtalet med id för en juridisk person ${agreement} har redan ett primärt konto; ett avtal har bara ett.`,
    agreement_mismatch: ({ givenAgreement }) =>
      `Det primära kontot hör inte till avtalet med id för en juridisk person ${givenAgreement}.`,
    property_in_other_agreement: ({ property }) =>
      `Boendet "${property}" hör till ett annat partneravtal, så det här primära kontot kan inte ta det.`,
    property_attached_to_other_primary: ({ property }) =>
      `Boendet "${property}" är kopplat till ett annat primärt konto.`,
    rights_reach_other_properties: ({ account }) =>
      `Kontot "${account}" når även boenden som du inte är administratör för, och dess åtkomsträttigheter gäller för alla.`,
    primary_admin_rights_locked: ({ account }) =>
      `Kontot "${account}" är ett primärt konto, vars åtkomsträttigheter som administratör inte kan ändras.`,
    invitation_for_other_property: ({ invitation, property }) =>
      `Inbjudan "${invitation}" gäller inte boendet "${property}".`,
    time_went_backwards: () =>
      'Kommandot är daterat tidigare än en tidpunkt som den här världen redan har nått; tiden går bara framåt.',
  },
  title: {
    400: 'Felaktig begäran',
    403: 'Inte tillåtet för den som agerar',
    404: 'Hittades inte',
    409: 'Strider mot nuvarande uppgifter',
    422: 'Aldrig tillåtet med dessa argument',
    500: 'Internt fel',
  },
  internal: 'Svaret kunde inte läsas.',
  cli: {
    scenario: 'Scenario',
    step: 'Steg',
    accepted: 'godkänt',
    rejected: 'nekat',
    under: 'enligt',
    next: 'nästa steg',
    events: 'händelser',
    unexpected: 'OVÄNTAT',
    expected: 'väntat',
    summary: 'steg',
    asExpected: 'som väntat',
    notAsExpected: 'inte som väntat',
    valid: 'är giltig',
    malformed: 'felaktigt utformad, inget kördes:',
  },
});

import {
  accountId,
  describe,
  describeRemedy,
  displayName,
  email,
  legalEntityId,
  loginName,
  propertyId,
  removeProperty,
} from 'partner-account-rules';

const leid = legalEntityId(1001)._unsafeUnwrap(); // every value comes from a smart constructor that returns a Result
const astrid = {
  kind: 'primary',
  agreement: leid,
  id: accountId('acc-astrid')._unsafeUnwrap(),
  login: loginName('Astrid')._unsafeUnwrap(),
  email: email('astrid@nordlys.example')._unsafeUnwrap(),
  name: displayName('Astrid Berg')._unsafeUnwrap(),
} as const;
const harbour = { id: propertyId('nordlys-harbour')._unsafeUnwrap(), link: { kind: 'agreement', leid } } as const;

removeProperty({ actor: astrid, account: astrid, property: harbour }).match(
  (removed) => {
    console.log('removed', removed.property);
  },
  (no) => {
    console.log(no.code); // primary_account_keeps_properties
    console.log(describe(no, 'sv')); // Boendet "nordlys-harbour" kan inte tas bort från det primära kontot "acc-astrid": ...
    if (no.code !== 'invalid_input')
      console.log(
        no.rules,
        no.remedies.map((remedy) => describeRemedy(remedy, 'en')),
      );
  },
);

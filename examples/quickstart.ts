import { safeTry } from 'neverthrow';
import {
  accountId,
  displayName,
  email,
  explain,
  explainRemedy,
  explainValueError,
  legalEntityId,
  loginName,
  propertyId,
  removeProperty,
} from 'partner-account-rules';

// Every value comes from a smart constructor that returns a Result; `yield*` takes its value, or
// ends the block with its error.
const answer = safeTry(function* () {
  const leid = yield* legalEntityId(1001);
  const astrid = {
    kind: 'primary',
    agreement: leid,
    id: yield* accountId('acc-astrid'),
    login: yield* loginName('Astrid'),
    email: yield* email('astrid@nordlys.example'),
    name: yield* displayName('Astrid Berg'),
  } as const;
  const harbour = { id: yield* propertyId('nordlys-harbour'), link: { kind: 'agreement', leid } } as const;
  return removeProperty({ actor: astrid, account: astrid, property: harbour });
});

answer.match(
  (removed) => {
    console.log('removed', removed.property);
  },
  (no) => {
    if ('value' in no) {
      console.log(explainValueError(no, 'en')); // a malformed value: none in this example
      return;
    }
    console.log(no.code); // primary_account_keeps_properties
    console.log(explain(no, 'sv')); // Boendet "nordlys-harbour" kan inte tas bort från det primära kontot "acc-astrid": ...
    if (no.code !== 'invalid_input')
      console.log(
        no.rules,
        no.remedies.map((remedy) => explainRemedy(remedy, 'en')),
      );
  },
);

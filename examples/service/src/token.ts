// `npm run token -- <who>`: a bearer token for trying the service, signed with TOKEN_SECRET, valid
// for an hour. <who> is an account ID, `platform`, or `invitation:<ID>` for an invitation link.
import { SignJWT } from 'jose';

const secret = process.env['TOKEN_SECRET'] ?? '';
const who = process.argv[2];
if (secret.length < 32 || who === undefined) {
  process.stderr.write('usage: TOKEN_SECRET=... npm run token -- <account ID | platform | invitation:ID>\n');
  process.exit(2);
}
const claims =
  who === 'platform'
    ? { platform: true }
    : who.startsWith('invitation:')
      ? { invitation: who.slice('invitation:'.length) }
      : { sub: who };
const token = await new SignJWT(claims)
  .setProtectedHeader({ alg: 'HS256' })
  .setIssuedAt()
  .setExpirationTime('1h')
  .sign(new TextEncoder().encode(secret));
process.stdout.write(`${token}\n`);

/**
 * `npm run token -- --role customer_service` (or `--user staff-tech-chen`): prints a staff JWT signed
 * by the local issuer, for curl against `npm start`. The key lives in the data dir, so the token is
 * valid for the running local gateway (start it once first, or the key is created here).
 */
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { STAFF_ROLES } from '../lib/wiring.ts';
import { DEMO_STAFF } from './demo-data.ts';
import { createLocalIssuer } from './issuer.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { role: { type: 'string' }, user: { type: 'string' }, hours: { type: 'string', default: '12' } } });

const member = DEMO_STAFF.find((m) => m.id === values.user || (values.role !== undefined && m.roles.includes(values.role as (typeof STAFF_ROLES)[number])));
if (!member) {
  console.error(`Usage: npm run token -- --role <${STAFF_ROLES.join('|')}> | --user <${DEMO_STAFF.map((m) => m.id).join('|')}>`);
  process.exit(2);
}
const issuer = await createLocalIssuer(join(resolve(root, process.env.DATA_DIR ?? '.data'), 'issuer-key.json'));
console.log(await issuer.issue(member, Number(values.hours) * 3600));

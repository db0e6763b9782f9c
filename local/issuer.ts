/**
 * The local stand-in for Cognito: an ES256 key pair (kept in the data dir so `npm run token` and a
 * running `npm start` agree) that signs staff JWTs with `cognito:groups`, and verifies them at the
 * local gateway as API Gateway's JWT authorizer does in AWS. It signs what it is given: `POST /__local/token`
 * (local/system.ts) gives it the staff record, and refuses a deactivated member, as Cognito refuses a
 * disabled user.
 */
import { now as clockNow } from '../lib/platform/clock.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, importJWK, jwtVerify, type JWK, type JWTPayload } from 'jose';
import { GROUPS_CLAIM } from '../lib/platform/auth/staff-user.ts';
import type { StaffRole } from '../lib/wiring.ts';

export const LOCAL_ISSUER = 'https://local-issuer.elv-after-sales.invalid';
export const LOCAL_AUDIENCE = 'elv-after-sales-staff';

export interface LocalIssuer {
  issue(user: { id: string; name: string; email: string; roles: StaffRole[] }, ttlSeconds?: number): Promise<string>;
  verify(token: string): Promise<JWTPayload>;
}

async function keyPair(file: string | undefined): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const pair = { privateJwk: await exportJWK(privateKey), publicJwk: await exportJWK(publicKey) };
  if (file) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(pair), { mode: 0o600 });
  }
  return pair;
}

/** `keyFile` keeps the key across runs; without it the key lives in memory (tests). */
export async function createLocalIssuer(keyFile?: string): Promise<LocalIssuer> {
  const { privateJwk, publicJwk } = await keyPair(keyFile);
  const privateKey = await importJWK(privateJwk, 'ES256');
  const publicKey = await importJWK(publicJwk, 'ES256');
  // Tokens live on the system's clock (lib/platform/clock.ts), like everything else here: a staff page
  // whose clock is the system's, set to another day than this machine's, still sees a valid session.
  const seconds = () => Math.floor(clockNow().getTime() / 1000);
  return {
    issue: (user, ttlSeconds = 12 * 3600) =>
      new SignJWT({ name: user.name, email: user.email, [GROUPS_CLAIM]: user.roles })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(user.id)
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt(seconds())
        .setExpirationTime(seconds() + ttlSeconds)
        .sign(privateKey),
    verify: async (token) => (await jwtVerify(token, publicKey, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, currentDate: clockNow() })).payload,
  };
}

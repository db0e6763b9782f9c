/**
 * Staff sign-in. In AWS: the Cognito hosted UI with the authorization-code flow and PKCE (a browser
 * app keeps no client secret); the ID token (its audience is the app client, which the API's JWT
 * authorizer checks) is sent as the bearer token. Locally: a demo staff member is picked and the local
 * issuer signs a token (`POST /__local/token`). Either way the session lives in sessionStorage only
 * (gone when the tab closes) and `config.json`, deployed next to the app, says which mode applies.
 */
import { request } from '../core/api.ts';
import type { StaffRole } from '../../../lib/wiring.ts';

export interface WebConfig {
  auth:
    | { mode: 'local' }
    | { mode: 'cognito'; domain: string; clientId: string; redirectUri: string; logoutUri: string; scopes?: string[] };
}

export interface StaffSession {
  token: string;
  expiresAt: number;
  user: { id: string; name: string; email?: string; roles: StaffRole[] };
}

const SESSION_KEY = 'elv.staff.session';
const PKCE_KEY = 'elv.staff.pkce';

export async function loadConfig(): Promise<WebConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) return { auth: { mode: 'local' } };
  return (await response.json()) as WebConfig;
}

export function currentSession(): StaffSession | undefined {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    if (!raw) return undefined;
    const session = JSON.parse(raw) as StaffSession;
    if (session.expiresAt - 60_000 < Date.now()) {
      sessionStorage.removeItem(SESSION_KEY);
      return undefined;
    }
    return session;
  } catch {
    return undefined;
  }
}

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(segment.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The claims of a JWT (not verified here: the API verifies every request). */
export function tokenClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(base64UrlDecode(payload)) as Record<string, unknown>;
}

function sessionFromToken(token: string): StaffSession {
  const claims = tokenClaims(token);
  const groups = claims['cognito:groups'];
  const roles = (Array.isArray(groups) ? groups : typeof groups === 'string' ? groups.replace(/^\[|\]$/g, '').split(/[\s,]+/) : []).filter(Boolean) as StaffRole[];
  const email = typeof claims.email === 'string' ? claims.email : undefined;
  return {
    token,
    expiresAt: Number(claims.exp ?? 0) * 1000,
    user: { id: String(claims.sub), name: String(claims.name ?? email ?? claims.sub), ...(email ? { email } : {}), roles },
  };
}

function save(session: StaffSession): StaffSession {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  return session;
}

export function clearSession(): void {
  sessionStorage.removeItem(SESSION_KEY);
}

// ---- Local demo issuer -------------------------------------------------------------------------

export interface DemoStaff {
  id: string;
  name: string;
  roles: StaffRole[];
  lead?: boolean;
}

export async function demoStaff(): Promise<DemoStaff[]> {
  return (await request<{ items: DemoStaff[] }>('GET', '/__local/staff')).items;
}

export async function signInLocally(staffId: string): Promise<StaffSession> {
  const { token } = await request<{ token: string }>('POST', '/__local/token', { body: { staffId } });
  return save(sessionFromToken(token));
}

// ---- Cognito hosted UI, authorization code + PKCE -----------------------------------------------

function randomString(bytes = 32): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...values)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function challengeOf(verifier: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  return btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

type CognitoConfig = Extract<WebConfig['auth'], { mode: 'cognito' }>;

export async function startCognitoSignIn(config: CognitoConfig, returnTo: string): Promise<void> {
  const verifier = randomString(48);
  const state = randomString(16);
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL('/oauth2/authorize', config.domain);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: (config.scopes ?? ['openid', 'email', 'profile']).join(' '),
    state,
    code_challenge: await challengeOf(verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/** Completes the sign-in when Cognito redirected back with `?code=&state=`; the hash to return to. */
export async function finishCognitoSignIn(config: CognitoConfig): Promise<{ session: StaffSession; returnTo: string } | undefined> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  if (!code) return undefined;
  const pending = JSON.parse(sessionStorage.getItem(PKCE_KEY) ?? '{}') as { verifier?: string; state?: string; returnTo?: string };
  sessionStorage.removeItem(PKCE_KEY);
  history.replaceState(null, '', location.pathname + location.hash);
  if (!pending.verifier || pending.state !== params.get('state')) throw new Error('state mismatch');
  const response = await fetch(new URL('/oauth2/token', config.domain), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: config.clientId, code, redirect_uri: config.redirectUri, code_verifier: pending.verifier }),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  const tokens = (await response.json()) as { id_token: string };
  return { session: save(sessionFromToken(tokens.id_token)), returnTo: pending.returnTo ?? '' };
}

export function signOutUrl(config: WebConfig): string | undefined {
  if (config.auth.mode !== 'cognito') return undefined;
  const url = new URL('/logout', config.auth.domain);
  url.search = new URLSearchParams({ client_id: config.auth.clientId, logout_uri: config.auth.logoutUri }).toString();
  return url.toString();
}

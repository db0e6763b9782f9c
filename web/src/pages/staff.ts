/**
 * The staff workbench (/staff/): sign-in, then a view per role, routed by the URL hash
 * (`#/ticket/<id>`, `#/jobs?date=...`), so links work and the back button behaves. Views are plain
 * functions that fetch and render; nothing is cached between routes except what a view says.
 */
import * as z from 'zod/mini';
import { ApiError, setUnauthorizedHandler } from '../core/api.ts';
import { h, mount, notice } from '../core/dom.ts';
import { keepValues } from '../core/forms.ts';
import { label, onLocaleChange, t, listSep } from '../core/i18n.ts';
import { languageButton } from '../core/shell.ts';
import { clearSession, currentSession, demoStaff, finishCognitoSignIn, loadConfig, signInLocally, signOutUrl, startCognitoSignIn, type StaffSession, type WebConfig } from '../staff/auth.ts';
import { makeCtx, type Ctx, type NavItem, type View } from '../staff/context.ts';
import type { StaffRole } from '../../../lib/wiring.ts';
import { newReportView, triageQueueView } from '../staff/views/cs.ts';
import { dispatchQueueView, scheduleView } from '../staff/views/dispatch.ts';
import { calendarsView, slaBoardView, standardsView } from '../staff/views/manager.ts';
import { assessmentQueueView } from '../staff/views/support.ts';
import { jobView, jobsView } from '../staff/views/technician.ts';
import { ticketView } from '../staff/views/ticket.ts';
import { extraNav, extraRoutes } from '../staff/views/later.ts';

z.config({ jitless: true });

// The menu follows the user's own groups; a manager may still open any view (and passes every role check).
const has = (role: StaffRole) => (ctx: Ctx) => ctx.session.user.roles.includes(role);
const isManager = has('manager');

const NAV: NavItem[] = [
  { route: 'manager/sla', key: 'nav.sla', show: isManager },
  { route: 'cs/triage', key: 'nav.triage', show: has('customer_service') },
  { route: 'cs/new', key: 'nav.newReport', show: has('customer_service') },
  ...extraNav.filter((item) => item.route.startsWith('cs/')),
  { route: 'support', key: 'nav.assessment', show: has('tech_support') },
  { route: 'dispatch', key: 'nav.dispatch', show: (ctx) => ctx.dispatcher },
  { route: 'jobs', key: 'nav.jobs', show: has('technician') },
  ...extraNav.filter((item) => !item.route.startsWith('cs/')),
  { route: 'manager/standards', key: 'nav.standards', show: isManager },
  { route: 'manager/calendars', key: 'nav.calendars', show: isManager },
];

const ROUTES: Record<string, View> = {
  'cs/new': newReportView,
  'cs/triage': triageQueueView,
  support: assessmentQueueView,
  dispatch: (ctx, root, args) => (args.params[0] ? scheduleView(ctx, root, args) : dispatchQueueView(ctx, root, args)),
  jobs: jobsView,
  job: jobView,
  ticket: ticketView,
  'manager/sla': slaBoardView,
  'manager/standards': standardsView,
  'manager/calendars': calendarsView,
  ...extraRoutes,
};

/** `#/dispatch/<id>?x=1` → the longest route name that matches, its remaining segments, the query. */
function parseHash(hash: string): { name: string; params: string[]; query: URLSearchParams } {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  for (let length = segments.length; length > 0; length -= 1) {
    const name = segments.slice(0, length).join('/');
    if (ROUTES[name]) return { name, params: segments.slice(length), query: new URLSearchParams(search) };
  }
  return { name: segments.join('/'), params: [], query: new URLSearchParams(search) };
}

const header = document.getElementById('top')!;
const nav = document.getElementById('nav')!;
const main = document.getElementById('main')!;
let config: WebConfig = { auth: { mode: 'local' } };

function drawHeader(session: StaffSession | undefined): void {
  const roles = session?.user.roles.map((role) => label('role', role)).join(listSep());
  mount(
    header,
    h('a', { class: 'skip', href: '#main', onclick: (event: Event) => (event.preventDefault(), main.querySelector<HTMLElement>('h1')?.focus()) }, t('app.skip')),
    h('div', { class: 'brand' }, t('app.staffTitle')),
    session ? h('div', { class: 'user', 'data-testid': 'user' }, h('span', {}, session.user.name), h('span', { class: 'meta' }, ` · ${roles}`)) : null,
    languageButton(),
    session ? h('button', { type: 'button', class: 'secondary', onclick: signOut }, t('signin.signOut')) : null,
  );
}

function signOut(): void {
  clearSession();
  const url = signOutUrl(config);
  if (url) location.assign(url);
  else {
    location.hash = '';
    void boot();
  }
}

async function signInScreen(message?: string): Promise<void> {
  document.title = `${t('signin.title')} · ${t('app.staffTitle')}`;
  drawHeader(undefined);
  nav.replaceChildren();
  if (config.auth.mode === 'cognito') {
    const auth = config.auth;
    mount(
      main,
      h('h1', { tabindex: '-1' }, t('signin.title')),
      message ? notice(message, 'error') : null,
      h('button', { type: 'button', class: 'primary', onclick: () => void startCognitoSignIn(auth, location.hash) }, t('signin.cognito')),
    );
    return;
  }
  mount(main, h('h1', { tabindex: '-1' }, t('signin.title')), h('p', { role: 'status' }, t('app.loading')));
  try {
    const staff = await demoStaff();
    mount(
      main,
      h('h1', { tabindex: '-1' }, t('signin.title')),
      message ? notice(message, 'error') : null,
      h('p', {}, t('signin.local')),
      h(
        'ul',
        { class: 'cards demo-staff' },
        staff.map((member) =>
          h(
            'li',
            { class: 'card' },
            h(
              'button',
              {
                type: 'button',
                class: 'primary wide',
                'data-staff': member.id,
                onclick: async () => {
                  try {
                    await signInLocally(member.id);
                    await boot();
                  } catch (error) {
                    void signInScreen((error as Error).message);
                  }
                },
              },
              t('signin.as', { name: member.name }),
            ),
            h('p', { class: 'meta' }, [...member.roles.map((role) => label('role', role)), ...(member.lead ? [t('role.lead')] : [])].join(listSep())),
          ),
        ),
      ),
    );
  } catch (error) {
    mount(main, h('h1', { tabindex: '-1' }, t('signin.title')), notice(error instanceof ApiError ? error.message : t('signin.failed'), 'error'));
  }
}

async function isDispatcher(session: StaffSession): Promise<boolean> {
  if (session.user.roles.includes('manager')) return true;
  if (!session.user.roles.includes('technician')) return false;
  try {
    const ctx = makeCtx(session, false, () => undefined, () => undefined);
    const items = (await ctx.call('listStaffMembers')).items;
    return items.find((member) => member.id === session.user.id)?.technician?.lead === true;
  } catch {
    return false;
  }
}

let ctx: Ctx | undefined;
let navItems: NavItem[] = [];

function drawNav(active: string): void {
  nav.setAttribute('aria-label', t('nav.menu'));
  mount(
    nav,
    h(
      'ul',
      {},
      navItems.map((item) =>
        h('li', {}, h('a', { href: `#/${item.route}`, 'aria-current': active === item.route || active.startsWith(`${item.route}/`) ? 'page' : undefined }, t(item.key))),
      ),
    ),
  );
}

let flash: { text: string; tone: 'ok' | 'warn' } | undefined;

async function route(): Promise<void> {
  if (!ctx) return;
  const confirmation = flash;
  flash = undefined;
  const { name, params, query } = parseHash(location.hash);
  if (!name || !ROUTES[name]) {
    const home = navItems[0]?.route;
    if (home && name !== home) {
      location.replace(`#/${home}`);
      return;
    }
  }
  drawNav(name);
  // Each render gets its own container: a slower, older render (a list still loading when the user
  // moved on) then writes into a detached element and can never overwrite the current view.
  const root = h('div', { class: 'view' });
  main.replaceChildren(root);
  const view = ROUTES[name];
  if (!view) {
    mount(root, h('h1', { tabindex: '-1' }, t('app.notFound')));
    return;
  }
  const activeNav = navItems.find((item) => name === item.route || name.startsWith(`${item.route}/`));
  document.title = `${activeNav ? t(activeNav.key) : t('app.staffTitle')} · ${t('app.staffTitle')}`;
  await view(ctx, root, { params, query });
  if (!root.isConnected) return;
  if (confirmation) {
    // After an action the confirmation takes the focus (the form that had it was replaced).
    const line = h('p', { class: `notice notice-${confirmation.tone} flash`, role: 'status', tabindex: '-1' }, confirmation.text);
    main.querySelector('.view-title')?.after(line);
    line.focus({ preventScroll: true });
  } else main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
}

async function boot(): Promise<void> {
  let session = currentSession();
  if (!session && config.auth.mode === 'cognito') {
    try {
      const finished = await finishCognitoSignIn(config.auth);
      if (finished) {
        session = finished.session;
        if (finished.returnTo) location.hash = finished.returnTo;
      }
    } catch {
      return signInScreen(t('signin.failed'));
    }
  }
  if (!session) {
    ctx = undefined;
    return signInScreen();
  }
  drawHeader(session);
  const dispatcher = await isDispatcher(session);
  ctx = makeCtx(
    session,
    dispatcher,
    (next) => (location.hash = `#/${next}`),
    (message, tone = 'ok') => {
      flash = message ? { text: message, tone } : undefined;
      void route();
    },
  );
  navItems = NAV.filter((item) => item.show(ctx!));
  await route();
}

setUnauthorizedHandler(() => {
  clearSession();
  ctx = undefined;
  void signInScreen(t('signin.expired'));
});
window.addEventListener('hashchange', () => void route());
onLocaleChange(() => {
  drawHeader(ctx?.session);
  if (!ctx) return void signInScreen();
  const { name } = parseHash(location.hash);
  drawNav(name);
  void keepValues(main, route);
});

void (async () => {
  config = await loadConfig().catch(() => config);
  await boot();
})();

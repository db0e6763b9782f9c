/** What every staff view gets: the signed-in user, role checks and the authenticated API client. */
import { call, downloadFile } from '../core/api.ts';
import type { OperationId, SuccessBody } from '../core/api-types.ts';
import type { CallArgs, OptionalWhenEmpty } from '../core/operations.ts';
import type { StaffRole } from '../../../lib/wiring.ts';
import type { StaffSession } from './auth.ts';
import type { UiKey } from '../core/strings.ts';

export interface Ctx {
  session: StaffSession;
  /** Manager, or a technician whose staff record says repair lead: may dispatch. */
  dispatcher: boolean;
  /** Managers pass every role check, as on the server (lib/platform/auth/staff-user.ts isAllowed). */
  can(...roles: StaffRole[]): boolean;
  /** An operation of the API by its operationId, with the session's token: `ctx.call('getStaffTickets', { path: { id } })`. */
  call<Id extends OperationId>(id: Id, ...args: OptionalWhenEmpty<CallArgs<Id>>): Promise<SuccessBody<Id>>;
  /** A document (PDF) with the session's token, saved by the browser under `filename`. */
  download(path: string, filename: string): Promise<void>;
  /** Navigate to a hash route (`ticket/<id>`). */
  go(route: string): void;
  /**
   * Render the current route again (after an action changed the data), with a confirmation line:
   * green when the action went as hoped, a warning when it was recorded but needs attention.
   */
  reload(flash?: string, tone?: FlashTone): void;
}

export type FlashTone = 'ok' | 'warn';

export function makeCtx(session: StaffSession, dispatcher: boolean, go: (route: string) => void, reload: (flash?: string, tone?: FlashTone) => void): Ctx {
  const roles = session.user.roles;
  return {
    session,
    dispatcher,
    can: (...wanted) => roles.includes('manager') || wanted.some((role) => roles.includes(role)),
    // No arguments is what an operation that needs none is called with.
    call: (id, ...[args]) => call(id, args ?? ({} as CallArgs<typeof id>), session.token),
    download: (path, filename) => downloadFile(path, filename, session.token),
    go,
    reload,
  };
}

/** Parameters of a view: path segments after the route name, and the query after `?`. */
export interface RouteArgs {
  params: string[];
  query: URLSearchParams;
}

export type View = (ctx: Ctx, main: HTMLElement, args: RouteArgs) => void | Promise<void>;

/** An entry of the main menu, shown when `show` says the user's roles call for it. */
export interface NavItem {
  route: string;
  key: UiKey;
  show: (ctx: Ctx) => boolean;
}

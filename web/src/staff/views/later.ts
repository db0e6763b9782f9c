/**
 * The views of the later lifecycle stages (follow-up FLOW-4, settlement FLOW-5), registered here so
 * the shell (pages/staff.ts) stays the same when they are added.
 */
import type { Child } from '../../core/dom.ts';
import type { Ctx, NavItem, View } from '../context.ts';
import type { TicketSummary } from '../ui.ts';
import { callTasksView, complaintsView, investigationsView, qualityView } from './followup.ts';
import { mailTasksView } from './mail-tasks.ts';
import { myPageView, peopleConfigView, teamView, toolsView } from './people.ts';
import { feeScheduleView, settlementView, statementView, ticketStatementLink } from './settlement.ts';

const isManager: NavItem['show'] = (ctx) => ctx.session.user.roles.includes('manager');
const isCustomerService: NavItem['show'] = (ctx) => ctx.session.user.roles.includes('customer_service');
const isSettlement: NavItem['show'] = (ctx) => ctx.session.user.roles.some((role) => role === 'customer_service' || role === 'finance');

export const extraNav: NavItem[] = [
  { route: 'cs/followup', key: 'nav.followUp', show: isCustomerService },
  { route: 'cs/mail-tasks', key: 'nav.mailTasks', show: isCustomerService },
  { route: 'cs/settlement', key: 'nav.settlement', show: isSettlement },
  { route: 'cs/complaints', key: 'nav.complaints', show: isCustomerService },
  { route: 'manager/investigations', key: 'nav.investigations', show: isManager },
  { route: 'manager/quality', key: 'nav.quality', show: isManager },
  { route: 'manager/fees', key: 'nav.fees', show: isManager },
  { route: 'manager/team', key: 'nav.team', show: isManager },
  { route: 'manager/people-config', key: 'nav.peopleConfig', show: isManager },
  { route: 'tools', key: 'nav.tools', show: (ctx) => ctx.session.user.roles.includes('tech_support') },
  { route: 'me', key: 'nav.me', show: (ctx) => !ctx.session.user.roles.includes('finance') },
];

export const extraRoutes: Record<string, View> = {
  'cs/followup': callTasksView,
  'cs/mail-tasks': mailTasksView,
  'cs/complaints': complaintsView,
  'manager/investigations': investigationsView,
  'manager/quality': qualityView,
  'cs/settlement': settlementView,
  'cs/statement': statementView,
  'manager/fees': feeScheduleView,
  'manager/team': teamView,
  'manager/people-config': peopleConfigView,
  tools: toolsView,
  me: myPageView,
};

/** Extra parts of the ticket page's action section (the settlement statement of the ticket). */
export function extraTicketSections(ctx: Ctx, ticket: TicketSummary): Child[] {
  return [ticketStatementLink(ctx, ticket)];
}

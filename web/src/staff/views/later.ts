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
import { catalogView, labelsView, partView, stockView, stocktakeView, stocktakesView, transfersView } from './parts.ts';
import { orderView, ordersView, receivingView, suppliersView } from './purchasing.ts';
import { accessLogView, privacyRequestsView, privacySettingsView } from './privacy.ts';
import { coverageView, staffRecordsView } from './records.ts';

const isManager: NavItem['show'] = (ctx) => ctx.session.user.roles.includes('manager');
const isCustomerService: NavItem['show'] = (ctx) => ctx.session.user.roles.includes('customer_service');
const isStore: NavItem['show'] = (ctx) => ctx.session.user.roles.some((role) => role === 'tech_support' || role === 'manager');
const isSettlement: NavItem['show'] = (ctx) => ctx.session.user.roles.some((role) => role === 'customer_service' || role === 'finance');

export const extraNav: NavItem[] = [
  { route: 'cs/followup', key: 'nav.followUp', show: isCustomerService },
  { route: 'cs/mail-tasks', key: 'nav.mailTasks', show: isCustomerService },
  { route: 'cs/settlement', key: 'nav.settlement', show: isSettlement },
  { route: 'cs/complaints', key: 'nav.complaints', show: isCustomerService },
  { route: 'manager/investigations', key: 'nav.investigations', show: isManager },
  { route: 'manager/quality', key: 'nav.quality', show: isManager },
  { route: 'manager/fees', key: 'nav.fees', show: isManager },
  { route: 'parts/catalog', key: 'nav.partsCatalog', show: isStore },
  { route: 'parts/stock', key: 'nav.partsStock', show: (ctx) => isStore(ctx) || ctx.session.user.roles.includes('technician') },
  { route: 'parts/orders', key: 'nav.purchaseOrders', show: isStore },
  { route: 'parts/receiving', key: 'nav.receiving', show: isStore },
  { route: 'parts/transfers', key: 'nav.transfers', show: isStore },
  { route: 'parts/stocktake', key: 'nav.stocktake', show: isStore },
  { route: 'parts/suppliers', key: 'nav.suppliers', show: isStore },
  { route: 'manager/team', key: 'nav.team', show: isManager },
  { route: 'manager/people-config', key: 'nav.peopleConfig', show: isManager },
  { route: 'tools', key: 'nav.tools', show: (ctx) => ctx.session.user.roles.includes('tech_support') },
  { route: 'privacy/requests', key: 'nav.privacyRequests', show: (ctx) => isCustomerService(ctx) || isManager(ctx) },
  { route: 'manager/staff', key: 'nav.staffRecords', show: isManager },
  { route: 'cs/coverage', key: 'nav.coverage', show: (ctx) => isCustomerService(ctx) || isManager(ctx) },
  { route: 'manager/access-log', key: 'nav.accessLog', show: isManager },
  { route: 'manager/privacy-settings', key: 'nav.privacySettings', show: isManager },
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
  'parts/catalog': catalogView,
  'parts/part': partView,
  'parts/labels': labelsView,
  'parts/stock': stockView,
  'parts/orders': ordersView,
  'parts/order': orderView,
  'parts/receiving': receivingView,
  'parts/transfers': transfersView,
  'parts/stocktake': (ctx, root, args) => (args.params[0] ? stocktakeView(ctx, root, args) : stocktakesView(ctx, root, args)),
  'parts/suppliers': suppliersView,
  'manager/team': teamView,
  'manager/people-config': peopleConfigView,
  tools: toolsView,
  me: myPageView,
  'privacy/requests': privacyRequestsView,
  'manager/staff': staffRecordsView,
  'cs/coverage': coverageView,
  'manager/access-log': accessLogView,
  'manager/privacy-settings': privacySettingsView,
};

/** Extra parts of the ticket page's action section (the settlement statement of the ticket). */
export function extraTicketSections(ctx: Ctx, ticket: TicketSummary): Child[] {
  return [ticketStatementLink(ctx, ticket)];
}

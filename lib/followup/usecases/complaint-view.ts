/** Where a complaint the customer filed stands, in their words (the status page). */
import type { Locale, TicketEvent } from '../../tickets/index.ts';
import type { Investigation, InvestigationStatus } from '../domain/follow-up.ts';
import type { FollowUpRepository } from '../store/follow-up-repository.ts';

export interface CustomerComplaintView {
  investigationId: string;
  filedAt: string;
  complaint: string;
  status: InvestigationStatus;
  statusLabel: string;
  /** The outcome as written for the customer, once approved. */
  reply?: string;
}

const STATUS_LABELS: Record<InvestigationStatus, Record<Locale, string>> = {
  open: { 'zh-CN': '已受理，正在调查', en: 'Received, being investigated' },
  outcome_pending_approval: { 'zh-CN': '处理意见待审批', en: 'Outcome awaiting approval' },
  closed: { 'zh-CN': '已处理完毕', en: 'Resolved' },
};

/** The complaints the customer filed on this ticket, oldest first (the timeline names them). */
export async function customerComplaints(deps: { followUps: Pick<FollowUpRepository, 'investigation'> }, events: TicketEvent[], locale: Locale): Promise<CustomerComplaintView[]> {
  const ids = events.filter((event) => event.type === 'complaint_registered' && event.actor === 'customer').map((event) => String(event.data?.investigationId));
  const found = await Promise.all(ids.map((id) => deps.followUps.investigation(id)));
  return found
    .filter((investigation): investigation is Investigation => investigation !== undefined)
    .map((investigation) => ({
      investigationId: investigation.investigationId,
      filedAt: investigation.openedAt,
      complaint: investigation.trigger.complaint ?? '',
      status: investigation.status,
      statusLabel: STATUS_LABELS[investigation.status][locale],
      ...(investigation.status === 'closed' && investigation.customerMessage ? { reply: investigation.customerMessage } : {}),
    }));
}


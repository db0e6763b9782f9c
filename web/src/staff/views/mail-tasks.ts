/**
 * Customer service's "call the customer" tasks after an email bounced or was marked as spam: which
 * email failed, to which address, and what came of the call (a corrected address, the address
 * confirmed, or phone only).
 */
import { closeMailTaskSchema, MAIL_TASK_OUTCOMES } from '../../../../lib/intake/index.ts';
import { definitionList, h, mount } from '../../core/dom.ts';
import { field, form, onSubmit, submitButton } from '../../core/forms.ts';
import { dateTime, label, t } from '../../core/i18n.ts';
import type { View } from '../context.ts';
import { disclosure, loadInto, title, type TicketSummary } from '../ui.ts';

export const mailTasksView: View = async (ctx, main) => {
  const heading = t('nav.mailTasks');
  const tasks = await loadInto(main, heading, () => ctx.call('listStaffMailTasks', { query: { limit: 100 } }).then((r) => r.items), () => ctx.reload());
  if (!tasks) return;
  mount(
    main,
    title(heading),
    h('p', { class: 'intro' }, t('mailTask.intro')),
    h(
      'ul',
      { class: 'cards', 'data-testid': 'mail-tasks' },
      tasks.length
        ? tasks.map((task) => {
            const element = form(
              {},
              field({ path: 'outcome', label: t('mailTask.outcome'), kind: 'radio', required: true, options: MAIL_TASK_OUTCOMES.map((outcome) => ({ value: outcome, label: label('mailTask', outcome) })) }),
              field({ path: 'newAddress', label: t('mailTask.newAddress'), kind: 'email', autocomplete: 'off', required: true, when: (values) => values.outcome === 'new_address' }),
              field({ path: 'note', label: t('mailTask.note'), kind: 'textarea', required: true }),
              submitButton(t('mailTask.close')),
            );
            onSubmit(element, {
              schema: closeMailTaskSchema,
              send: (body) => ctx.call('postStaffMailTasksClose', { path: { taskId: task.taskId }, body }),
              done: () => ctx.reload(t('app.saved')),
            });
            return h(
              'li',
              { class: 'card', 'data-task': task.taskId, 'data-ticket': task.ticketNumber ?? '' },
              h(
                'div',
                { class: 'card-head' },
                task.ticketId ? h('a', { class: 'ticket-link', href: `#/ticket/${task.ticketId}` }, task.ticketNumber ?? task.ticketId) : null,
                ' ',
                h('span', { class: 'badge bad' }, label('mailTask', task.problem)),
              ),
              definitionList([
                [t('mailTask.address'), task.address],
                [t('mailTask.email'), [task.mailKind ? label('mailKind', task.mailKind) : undefined, task.subject].filter(Boolean).join(' · ')],
                [t('mailTask.sentAt'), dateTime(task.sentAt)],
                [t('mailTask.reason'), task.diagnostic],
              ]),
              disclosure(t('mailTask.close'), element),
            );
          })
        : h('li', { class: 'empty' }, t('list.empty')),
    ),
  );
};

/** The ticket page's warning: the customer's email does not arrive (until customer service settles it). */
export function emailUndeliverableNotice(ticket: TicketSummary): HTMLElement | null {
  const mark = ticket.emailUndeliverable;
  if (!mark) return null;
  return h(
    'p',
    { class: 'notice notice-warn', role: 'status', 'data-testid': 'email-undeliverable' },
    // The address only for a role that may see the customer's email (need-to-know).
    mark.address
      ? t('mailTask.ticketNotice', { address: mark.address, problem: label('mailTask', mark.problem), at: dateTime(mark.at) })
      : t('mailTask.ticketNoticeWithheld', { problem: label('mailTask', mark.problem), at: dateTime(mark.at) }),
    ' ',
    h('a', { href: '#/cs/mail-tasks' }, t('nav.mailTasks')),
  );
}

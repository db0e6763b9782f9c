/**
 * Follow-up (FLOW-4, ORG-2, ORG-5): customer service's call tasks (surveys not answered in time)
 * with the phone outcome, complaints and the outcome letters of investigations; the manager's
 * investigations (root cause, corrective measures, approval of the letter) and quality figures
 * (STD-4a repeat-failure rate, satisfaction, investigations) per quarter.
 */
import { analysisSchema, complaintSchema, followUpAnswerSchema, outcomeSchema } from '../../../../lib/followup/schemas.ts';
import { definitionList, h, mount, notice, type Child } from '../../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../../core/forms.ts';
import { calendarDate, dateTime, label, shanghaiDate, t, colon } from '../../core/i18n.ts';
import type { Schema } from '../../core/api-types.ts';
import type { Ctx, View } from '../context.ts';
import { disclosure, loadInto, title } from '../ui.ts';
import { staffNames } from '../staff-names.ts';

/** An open investigation as the list answers it (OpenAPI `InvestigationList`: flagged when overdue). */
type Investigation = Schema<'InvestigationList'>['items'][number];

/** Satisfaction and "equipment working" as the API takes them (numbers and booleans from radios). */
export function answerFields(): HTMLElement[] {
  return [
    field({ path: 'satisfaction', label: t('survey.satisfaction'), kind: 'radio', required: true, options: [5, 4, 3, 2, 1].map((s) => ({ value: String(s), label: t(`survey.score.${s}` as 'survey.score.1') })) }),
    field({
      path: 'equipmentWorking',
      label: t('survey.equipmentWorking'),
      kind: 'radio',
      required: true,
      options: [
        { value: 'true', label: t('app.yes') },
        { value: 'false', label: t('app.no') },
      ],
    }),
    field({ path: 'comment', label: t('survey.comment'), kind: 'textarea' }),
  ];
}

export function answerValues(element: HTMLFormElement): Record<string, any> {
  const values = readValues(element);
  return {
    ...values,
    ...(values.satisfaction !== undefined ? { satisfaction: Number(values.satisfaction) } : {}),
    ...(values.equipmentWorking !== undefined ? { equipmentWorking: values.equipmentWorking === 'true' } : {}),
  };
}

export const callTasksView: View = async (ctx, main) => {
  const heading = t('nav.followUp');
  const tasks = await loadInto(main, heading, () => ctx.call('listStaffFollowUps', { query: { limit: 100 } }).then((r) => r.items), () => ctx.reload());
  if (!tasks) return;
  mount(
    main,
    title(heading),
    h('p', { class: 'intro' }, t('followup.intro')),
    h(
      'ul',
      { class: 'cards', 'data-testid': 'call-tasks' },
      tasks.length
        ? tasks.map((task) => {
            const element = form({}, ...answerFields(), submitButton(t('followup.record')));
            onSubmit(element, {
              schema: followUpAnswerSchema,
              values: () => answerValues(element),
              send: (body) => ctx.call('postStaffTicketsFollowUp', { path: { id: task.ticketId }, body }),
              done: () => ctx.reload(t('app.saved')),
            });
            return h(
              'li',
              { class: 'card', 'data-ticket': task.ticketNumber },
              h('div', { class: 'card-head' }, h('a', { class: 'ticket-link', href: `#/ticket/${task.ticketId}` }, task.ticketNumber)),
              h('p', { class: 'meta' }, `${t('followup.completed')}${colon()}${dateTime(task.completedAt)}`, task.surveySentAt ? ` · ${t('followup.surveySent')}${colon()}${dateTime(task.surveySentAt)}` : ''),
              disclosure(t('followup.record'), element),
            );
          })
        : h('li', { class: 'empty' }, t('list.empty')),
    ),
  );
};

function investigationCard(investigation: Investigation, names: Map<string, string>, actions: Child): HTMLElement {
  const trigger = investigation.trigger;
  return h(
    'li',
    { class: `card ${investigation.overdue ? 'overdue' : ''}`, 'data-investigation': investigation.investigationId },
    h(
      'div',
      { class: 'card-head' },
      h('a', { class: 'ticket-link', href: `#/ticket/${investigation.ticketId}` }, investigation.ticketNumber),
      ' ',
      h('span', { class: 'badge' }, label('source', investigation.source)),
      ' ',
      h('span', { class: 'badge' }, label('investigation', investigation.status)),
      investigation.overdue ? h('span', { class: 'badge bad' }, t('investigation.overdue')) : null,
    ),
    definitionList([
      [t('investigation.opened'), dateTime(investigation.openedAt)],
      [t('investigation.due'), calendarDate(investigation.dueDate)],
      [t('survey.satisfaction'), trigger.satisfaction !== undefined ? String(trigger.satisfaction) : undefined],
      [t('survey.equipmentWorking'), trigger.equipmentWorking === undefined ? undefined : trigger.equipmentWorking ? t('app.yes') : t('app.no')],
      [t('survey.comment'), trigger.comment],
      [t('investigation.complaint'), trigger.complaint],
      [t('investigation.rootCause'), investigation.rootCause],
      [t('investigation.measures'), investigation.correctiveMeasures],
      [t('investigation.owner'), investigation.owner ? (names.get(investigation.owner) ?? investigation.owner) : undefined],
      [t('investigation.letter'), investigation.customerMessage],
      [t('investigation.against'), investigation.againstStaffId ? (names.get(investigation.againstStaffId) ?? investigation.againstStaffId) : undefined],
      [t('investigation.upheld'), investigation.upheld === undefined ? undefined : investigation.upheld ? t('app.yes') : t('app.no')],
    ]),
    actions,
  );
}

async function openInvestigations(ctx: Ctx): Promise<Investigation[]> {
  return (await ctx.call('listStaffInvestigations')).items;
}

/** Customer service: complaints and the outcome letters to draft (after the manager's analysis). */
export const complaintsView: View = async (ctx, main) => {
  const heading = t('nav.complaints');
  const loaded = await loadInto(main, heading, () => Promise.all([openInvestigations(ctx), staffNames(ctx)]), () => ctx.reload());
  if (!loaded) return;
  const [items, names] = loaded;
  mount(
    main,
    title(heading),
    h('p', { class: 'intro' }, t('complaints.intro')),
    h(
      'ul',
      { class: 'cards', 'data-testid': 'investigations' },
      items.length
        ? items.map((investigation) => {
            let action: Child = null;
            if (investigation.status === 'open' && investigation.rootCause) {
              const element = form({}, field({ path: 'customerMessage', label: t('investigation.letter'), kind: 'textarea', required: true, value: investigation.customerMessage }), submitButton(t('investigation.draft')));
              onSubmit(element, { schema: outcomeSchema, send: (body) => ctx.call('postStaffInvestigationsOutcome', { path: { investigationId: investigation.investigationId }, body }), done: () => ctx.reload(t('app.saved')) });
              action = disclosure(t('investigation.draft'), element);
            } else if (investigation.status === 'open') action = h('p', { class: 'meta' }, t('investigation.waitingAnalysis'));
            return investigationCard(investigation, names, action);
          })
        : h('li', { class: 'empty' }, t('list.empty')),
    ),
  );
};

/** A complaint about a ticket (on the ticket page): opens an investigation for the manager. */
export function complaintForm(ctx: Ctx, ticketId: string, names: Map<string, string> = new Map()): HTMLElement {
  const element = form(
    { 'data-testid': 'complaint-form' },
    field({ path: 'complaint', label: t('investigation.complaint'), kind: 'textarea', required: true }),
    // TRAIN-2: a complaint may be against a person; it counts on their scorecard once the manager upholds it.
    names.size ? field({ path: 'againstStaffId', label: t('investigation.against'), kind: 'select', options: [{ value: '', label: '—' }, ...[...names].map(([value, name]) => ({ value, label: name }))] }) : null,
    submitButton(t('complaints.register')),
  );
  onSubmit(element, { schema: complaintSchema, send: (body) => ctx.call('postStaffTicketsComplaints', { path: { id: ticketId }, body }), done: () => ctx.go('cs/complaints') });
  return disclosure(t('complaints.register'), element);
}

/** Phone outcome on the ticket page (a completed ticket whose survey is still open). */
export function phoneFollowUpForm(ctx: Ctx, ticketId: string): HTMLElement {
  const element = form({ 'data-testid': 'follow-up-form' }, ...answerFields(), submitButton(t('followup.record')));
  onSubmit(element, { schema: followUpAnswerSchema, values: () => answerValues(element), send: (body) => ctx.call('postStaffTicketsFollowUp', { path: { id: ticketId }, body }), done: () => ctx.reload(t('app.saved')) });
  return h('div', { class: 'action-form' }, h('h3', {}, t('followup.record')), element);
}

/** The manager: analysis (root cause, measures, owner, due date) and approval of the outcome letter. */
export const investigationsView: View = async (ctx, main) => {
  const heading = t('nav.investigations');
  const loaded = await loadInto(main, heading, () => Promise.all([openInvestigations(ctx), staffNames(ctx)]), () => ctx.reload());
  if (!loaded) return;
  const [items, names] = loaded;
  const staffOptions = [...names.entries()].map(([value, name]) => ({ value, label: name }));
  mount(
    main,
    title(heading),
    h(
      'ul',
      { class: 'cards', 'data-testid': 'investigations' },
      items.length
        ? items.map((investigation) => {
            const actions: HTMLElement[] = [];
            if (investigation.status === 'open') {
              const element = form(
                {},
                field({ path: 'rootCause', label: t('investigation.rootCause'), kind: 'textarea', required: true, value: investigation.rootCause }),
                field({ path: 'correctiveMeasures', label: t('investigation.measures'), kind: 'textarea', required: true, value: investigation.correctiveMeasures }),
                staffOptions.length
                  ? field({ path: 'owner', label: t('investigation.owner'), kind: 'select', required: true, value: investigation.owner, options: staffOptions })
                  : field({ path: 'owner', label: t('investigation.owner'), required: true, value: investigation.owner }),
                field({ path: 'dueDate', label: t('investigation.due'), kind: 'date', required: true, value: investigation.dueDate, attrs: { min: shanghaiDate() } }),
                // A complaint's finding (TRAIN-2): upheld against the person named, or not.
                investigation.source === 'complaint' && staffOptions.length
                  ? field({ path: 'againstStaffId', label: t('investigation.against'), kind: 'select', value: investigation.againstStaffId, options: [{ value: '', label: '—' }, ...staffOptions] })
                  : null,
                investigation.source === 'complaint'
                  ? field({
                      path: 'upheld',
                      label: t('investigation.upheld'),
                      kind: 'radio',
                      value: investigation.upheld === undefined ? undefined : String(investigation.upheld),
                      options: [
                        { value: 'true', label: t('app.yes') },
                        { value: 'false', label: t('app.no') },
                      ],
                    })
                  : null,
                submitButton(t('app.save')),
              );
              onSubmit(element, {
                schema: analysisSchema,
                values: () => {
                  const { upheld, ...values } = readValues(element);
                  return { ...values, ...(upheld === undefined ? {} : { upheld: upheld === 'true' }) };
                },
                send: (body) => ctx.call('postStaffInvestigationsAnalysis', { path: { investigationId: investigation.investigationId }, body }),
                done: () => ctx.reload(t('app.saved')),
              });
              actions.push(disclosure(t('investigation.analyse'), element));
            }
            if (investigation.status === 'outcome_pending_approval') {
              const approve = form({}, submitButton(t('investigation.approve')));
              onSubmit(approve, { send: () => ctx.call('postStaffInvestigationsApprove', { path: { investigationId: investigation.investigationId } }), done: () => ctx.reload(t('app.saved')) });
              actions.push(approve);
            }
            return investigationCard(investigation, names, actions);
          })
        : h('li', { class: 'empty' }, t('list.empty')),
    ),
  );
};

const percent = (ratio: number) => `${(ratio * 100).toFixed(2)} %`;

export function currentQuarter(today = shanghaiDate()): string {
  return `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
}

export const qualityView: View = async (ctx, main, { query }) => {
  const quarter = /^\d{4}-Q[1-4]$/.test(query.get('quarter') ?? '') ? query.get('quarter')! : currentQuarter();
  const heading = t('nav.quality');
  const loaded = await loadInto(main, heading, () => Promise.all([ctx.call('listStaffQuality', { query: { quarter } }), staffNames(ctx)]), () => ctx.reload());
  if (!loaded) return;
  const [figures, names] = loaded;
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(-1));
  const previous = q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
  const next = q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
  const rf = figures.repeatFailure;
  mount(
    main,
    title(`${heading} · ${quarter}`),
    h('nav', { class: 'day-nav', 'aria-label': t('quality.quarter') }, h('a', { class: 'button secondary', href: `#/manager/quality?quarter=${previous}` }, previous), h('a', { class: 'button secondary', href: `#/manager/quality?quarter=${next}` }, next)),
    h(
      'section',
      { class: 'card', 'data-testid': 'quality-repeat' },
      h('h2', {}, t('quality.repeatFailure')),
      notice(t(rf.met ? 'quality.met' : 'quality.notMet', { rate: percent(rf.rate), target: percent(rf.target) }), rf.met ? 'ok' : 'error'),
      definitionList([
        [t('quality.repairs'), String(rf.repairs)],
        [t('quality.failedAgain'), String(rf.failedAgain)],
      ]),
      rf.perTechnician.length
        ? h(
            'ul',
            { class: 'plain' },
            rf.perTechnician.map((e) => h('li', { class: e.met ? '' : 'over-target', 'data-technician': e.technicianId }, `${names.get(e.technicianId) ?? e.technicianId}${colon()}${e.failedAgain}/${e.repairs} · ${percent(e.rate)}${e.met ? '' : ` · ${t('quality.overTarget')}`}`)),
          )
        : null,
      h('p', { class: 'meta' }, t('quality.confirmedOnly')),
    ),
    h(
      'section',
      { class: 'card', 'data-testid': 'quality-sla' },
      h('h2', {}, t('quality.sla')),
      definitionList([
        [t('quality.slaMet'), String(figures.sla.met)],
        [t('quality.slaBreached'), String(figures.sla.breached)],
        [t('quality.onTimeRate'), figures.sla.metRate === null ? '—' : percent(figures.sla.metRate)],
      ]),
      figures.sla.kinds.length
        ? h(
            'ul',
            { class: 'plain' },
            figures.sla.kinds.map((k) =>
              h('li', { 'data-kind': k.kind }, t('quality.slaKind', { kind: label('timerKind', k.kind), met: k.met, breached: k.breached, exempt: k.exempt, cancelled: k.cancelled, again: k.laterGenerations })),
            ),
          )
        : null,
    ),
    h(
      'section',
      { class: 'card', 'data-testid': 'quality-punctuality' },
      h('h2', {}, t('quality.punctuality')),
      definitionList([
        [t('quality.arrivals'), String(figures.punctuality.arrivals)],
        [t('quality.late'), String(figures.punctuality.late)],
        [t('quality.onTimeRate'), figures.punctuality.onTimeRate === null ? '—' : percent(figures.punctuality.onTimeRate)],
        [t('quality.averageLate'), t('quality.minutes', { n: figures.punctuality.averageLateMinutes })],
      ]),
      figures.punctuality.perTechnician.length
        ? h(
            'ul',
            { class: 'plain' },
            figures.punctuality.perTechnician.map((e) => h('li', { 'data-technician': e.technicianId }, t('quality.lateOf', { name: names.get(e.technicianId) ?? e.technicianId, late: e.late, arrivals: e.arrivals, minutes: e.lateMinutes }))),
          )
        : null,
    ),
    h(
      'section',
      { class: 'card', 'data-testid': 'quality-satisfaction' },
      h('h2', {}, t('quality.satisfaction')),
      definitionList([
        [t('quality.responses'), String(figures.satisfaction.responses)],
        [t('quality.average'), figures.satisfaction.average === null ? '—' : figures.satisfaction.average.toFixed(2)],
        [t('quality.distribution'), [5, 4, 3, 2, 1].map((s) => `${s}★ ${figures.satisfaction.distribution[s] ?? 0}`).join(' · ')],
        [t('quality.equipmentNotWorking'), String(figures.satisfaction.equipmentNotWorking)],
      ]),
    ),
    h(
      'section',
      { class: 'card', 'data-testid': 'quality-investigations' },
      h('h2', {}, t('nav.investigations')),
      definitionList([
        [t('quality.opened'), String(figures.investigations.opened)],
        [t('quality.closed'), String(figures.investigations.closed)],
        [t('investigation.overdue'), String(figures.investigations.overdue)],
        [t('quality.complaints'), String(figures.investigations.complaints)],
      ]),
    ),
  );
};

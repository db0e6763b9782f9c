/**
 * The technician on a phone (FLOW-3, SAFE-3, PARTS-4): the day's jobs, then per job the pre-job
 * safety checklist, check-in, diagnosis and work notes, parts used with serials, test notes, the
 * customer's signature drawn on the screen, and completion (the repair report is emailed).
 */
import { partUseSchema, safetyCheckSchema, signOffSchema, workSchema } from '../../../../lib/dispatch/schemas.ts';
import { STANDARD_SAFETY_CHECKLIST } from '../../../../lib/dispatch/domain/job.ts';
import { definitionList, h, mount, notice } from '../../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../../core/forms.ts';
import { calendarDate, dateTime, label, money, serverText, shanghaiDate, t, timeOnly, listSep, paren } from '../../core/i18n.ts';
import { MAX_SIGNATURE_BYTES, base64Bytes, signaturePad } from '../../core/signature.ts';
import type { Schema } from '../../core/api-types.ts';
import { operationUrl } from '../../core/operations.ts';
import type { Ctx, View } from '../context.ts';
import { customerLine, loadInto, pdfButton, phoneLink, title } from '../ui.ts';
import { loadCatalog, partOptions, type CatalogPart } from './support.ts';

/** A job as the API answers it (OpenAPI `Job`). */
type Job = Schema<'Job'>;

/** The job's ticket as the job detail answers it: what the technician needs, contact data while the job needs it. */
type JobTicket = Schema<'JobDetail'>['ticket'];

/** A registered tool the technician holds (SAFE-3), as their own page lists it. */
type HeldTool = Schema<'PersonView'>['tools'][number];

const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export const jobsView: View = async (ctx, main, { query }) => {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(query.get('date') ?? '') ? query.get('date')! : shanghaiDate();
  const heading = t('jobs.title');
  const loaded = await loadInto(
    main,
    heading,
    async () => {
      const { items } = await ctx.call('listStaffJobs', { query: { date } });
      const details = await Promise.all(items.map((job) => ctx.call('getStaffJobs', { path: { jobId: job.jobId } }).then((d) => d.ticket).catch(() => undefined)));
      return items.map((job, i) => ({ job, ticket: details[i] }));
    },
    () => ctx.reload(),
  );
  if (!loaded) return;
  const dateInput = h('input', { type: 'date', id: 'jobs-date', value: date, 'data-testid': 'jobs-date' });
  dateInput.addEventListener('change', () => dateInput.value && ctx.go(`jobs?date=${dateInput.value}`));
  mount(
    main,
    title(heading),
    h(
      'nav',
      { class: 'day-nav', 'aria-label': t('jobs.date') },
      h('a', { class: 'button secondary', href: `#/jobs?date=${shiftDate(date, -1)}` }, t('jobs.prev')),
      h('label', { for: 'jobs-date', class: 'visually-hidden' }, t('jobs.date')),
      dateInput,
      h('a', { class: 'button secondary', href: `#/jobs?date=${shiftDate(date, 1)}` }, t('jobs.next')),
      date !== shanghaiDate() ? h('a', { class: 'button secondary', href: '#/jobs' }, t('jobs.today')) : null,
    ),
    h('p', { class: 'meta' }, calendarDate(date)),
    h(
      'ul',
      { class: 'cards jobs' },
      loaded.length
        ? loaded
            .filter(({ job }) => job.status !== 'cancelled')
            .map(({ job, ticket }) =>
              h(
                'li',
                { class: 'card job-card', 'data-job': job.jobId },
                h('div', { class: 'card-head' }, h('a', { href: `#/job/${job.jobId}`, class: 'ticket-link' }, `${timeOnly(job.window.from)}–${timeOnly(job.window.to)} · ${job.ticketNumber}`), ' ', h('span', { class: `badge job-${job.status}` }, label('jobStatus', job.status))),
                ticket ? h('p', { class: 'meta' }, `${label('system', ticket.device.system)} · ${customerLine(ticket.customer)}`) : null,
                ticket?.site?.address ? h('p', { class: 'meta' }, ticket.site.address) : null,
                h('p', { class: 'symptom' }, job.plan),
              ),
            )
        : h('li', { class: 'empty' }, t('jobs.empty')),
    ),
  );
};

function safetySection(ctx: Ctx, job: Job, tools: HeldTool[]): HTMLElement {
  const latest = job.safetyChecks[job.safetyChecks.length - 1];
  if (latest?.passed) {
    const checkIn = form({ 'data-testid': 'check-in-form' }, submitButton(t('job.checkIn')));
    onSubmit(checkIn, {
      send: async () => ctx.call('postStaffJobsCheckIn', { path: { jobId: job.jobId }, body: await position() }),
      done: () => ctx.reload(t('app.saved')),
    });
    return h('section', { class: 'card' }, h('h2', {}, t('job.safety')), notice(t('job.safetyPassed', { at: dateTime(latest.at) }), 'ok'), checkIn);
  }
  const items = STANDARD_SAFETY_CHECKLIST.map((item, index) =>
    h(
      'div',
      { class: 'safety-item' },
      field({ path: `items.${index}.ok`, label: label('safety', item), kind: 'checkbox' }),
      field({ path: `items.${index}.note`, label: t('job.safetyNote'), when: (values) => values.items?.[index]?.ok === false }),
    ),
  );
  // The registered tools checked go on the record; one out of date fails the check.
  const toolBoxes = tools.length
    ? h(
        'fieldset',
        { class: 'field', 'data-field': 'toolsChecked' },
        h('legend', {}, t('job.toolsChecked')),
        tools.map((tool, index) =>
          field({ path: `tool.${index}`, label: `${tool.assetNo} ${label('tool', tool.kind)} · ${t('people.nextDue', { date: tool.nextDueOn })}${tool.problem ? ` · ${label('toolProblem', tool.problem)}` : ''}`, kind: 'checkbox' }),
        ),
      )
    : null;
  const element = form({ 'data-testid': 'safety-form' }, h('p', { class: 'hint' }, t('job.safetyIntro')), ...items, toolBoxes, submitButton(t('job.safetySubmit')));
  onSubmit(element, {
    schema: safetyCheckSchema,
    values: () => {
      const values = readValues(element);
      const toolsChecked = tools.filter((_, index) => values.tool?.[index] === true).map((tool) => tool.assetNo);
      return {
        items: STANDARD_SAFETY_CHECKLIST.map((item, index) => ({ item, ok: values.items?.[index]?.ok === true, ...(values.items?.[index]?.note ? { note: values.items[index].note } : {}) })),
        ...(toolsChecked.length ? { toolsChecked } : {}),
      };
    },
    send: (body) => ctx.call('postStaffJobsSafetyCheck', { path: { jobId: job.jobId }, body }),
    // A failed check is recorded, not passed: a warning (the section says what to fix), never a green "saved".
    done: (result) => (result.job.safetyChecks.at(-1)?.passed ? ctx.reload(t('job.safetySaved')) : ctx.reload(t('job.safetyFailedSaved'), 'warn')),
  });
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, t('job.safety')),
    latest && !latest.passed ? notice(t('job.safetyFailed', { items: latest.items.filter((i) => !i.ok).map((i) => label('safety', i.item)).join(listSep()) }), 'error') : null,
    element,
  );
}

/** The position for the check-in, only when the browser already has permission (never a prompt that could block). */
async function position(): Promise<{ latitude?: number; longitude?: number }> {
  try {
    const permission = await navigator.permissions?.query({ name: 'geolocation' });
    if (permission?.state !== 'granted') return {};
    return await new Promise((resolve) =>
      navigator.geolocation.getCurrentPosition(
        (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
        () => resolve({}),
        { timeout: 5000, maximumAge: 60_000 },
      ),
    );
  } catch {
    return {};
  }
}

function workSection(ctx: Ctx, job: Job): HTMLElement {
  const element = form(
    { 'data-testid': 'work-form' },
    field({ path: 'diagnosis', label: t('job.diagnosis'), kind: 'textarea', value: job.diagnosis }),
    field({ path: 'workDone', label: t('job.workDone'), kind: 'textarea', value: job.workDone }),
    submitButton(t('job.saveWork')),
  );
  onSubmit(element, { schema: workSchema, send: (body) => ctx.call('postStaffJobsWork', { path: { jobId: job.jobId }, body }), done: () => ctx.reload(t('app.saved')) });
  return h('section', { class: 'card' }, h('h2', {}, t('job.work')), element);
}

function partsSection(ctx: Ctx, job: Job, catalog: CatalogPart[]): HTMLElement {
  const valuable = (values: Record<string, any>) => catalog.find((p) => p.sku === values.sku)?.valuable === true;
  const designated = catalog.filter((p) => p.designated);
  const reservedFirst = [...designated].sort((a, b) => Number(job.partsToTake.some((r) => r.sku === b.sku)) - Number(job.partsToTake.some((r) => r.sku === a.sku)));
  const element = form(
    { 'data-testid': 'part-form' },
    field({ path: 'sku', label: t('job.part'), kind: 'select', required: true, options: partOptions(reservedFirst) }),
    field({ path: 'quantity', label: t('job.quantity'), kind: 'number', required: true, value: 1, attrs: { min: 1, max: 100, inputmode: 'numeric' } }),
    field({ path: 'installedSerial', label: t('job.installedSerial'), required: true, when: valuable }),
    field({ path: 'removedSerial', label: t('job.removedSerial'), required: true, when: valuable }),
    submitButton(t('job.addPart')),
  );
  onSubmit(element, {
    schema: partUseSchema,
    extraCheck: (values) =>
      valuable(values)
        ? (['installedSerial', 'removedSerial'] as const).filter((key) => !values[key]).map((path) => ({ path, message: serverText('required') }))
        : [],
    send: (body) => ctx.call('postStaffJobsParts', { path: { jobId: job.jobId }, body }),
    done: () => ctx.reload(t('app.saved')),
  });
  return h(
    'section',
    { class: 'card' },
    h('h2', {}, t('job.parts')),
    job.partsUsed.length
      ? h(
          'ul',
          { class: 'parts-used' },
          job.partsUsed.map((use) =>
            h('li', {}, `${use.name} × ${use.quantity} · ${money(use.unitPriceFen * use.quantity)}`, use.installedSerial ? h('span', { class: 'meta' }, ` · ${t('job.installedSerial')} ${use.installedSerial}`) : null, use.removedSerial ? h('span', { class: 'meta' }, ` · ${t('job.removedSerial')} ${use.removedSerial}`) : null),
          ),
        )
      : h('p', { class: 'meta' }, t('job.noParts')),
    element,
  );
}

function signOffSection(ctx: Ctx, job: Job, ticket: JobTicket): HTMLElement {
  const pad = signaturePad({ path: 'signaturePng', label: t('job.signature'), hint: t('job.signatureHint') });
  const element = form(
    { 'data-testid': 'sign-off-form' },
    field({ path: 'testResult', label: t('job.testResult'), kind: 'textarea', required: true, value: job.testResult }),
    field({ path: 'usageNotes', label: t('job.usageNotes'), kind: 'textarea', required: true, value: job.usageNotes }),
    field({ path: 'signerName', label: t('job.signerName'), required: true, value: ticket.site?.contactName ?? ticket.customer?.name, autocomplete: 'off' }),
    pad.element,
    submitButton(t('job.complete')),
  );
  onSubmit(element, {
    schema: signOffSchema,
    values: () => ({ ...readValues(element), ...(pad.isEmpty() ? {} : { signaturePng: pad.toBase64Png() }) }),
    extraCheck: (values) =>
      values.signaturePng && base64Bytes(values.signaturePng) > MAX_SIGNATURE_BYTES ? [{ path: 'signaturePng', message: serverText('too_big_bytes', { max: MAX_SIGNATURE_BYTES }) }] : [],
    send: (body) => ctx.call('postStaffJobsSignOff', { path: { jobId: job.jobId }, body }),
    done: () => ctx.reload(t('app.saved')),
  });
  return h('section', { class: 'card' }, h('h2', {}, t('job.signOff')), element);
}

export const jobView: View = async (ctx, main, { params }) => {
  const jobId = params[0] ?? '';
  const loaded = await loadInto(
    main,
    t('job.title', { number: '' }),
    () =>
      Promise.all([
        ctx.call('getStaffJobs', { path: { jobId } }),
        loadCatalog(ctx).catch(() => [] as CatalogPart[]),
        ctx.call('listStaffPeopleMe').then((me) => me.tools, () => [] as HeldTool[]),
      ]),
    () => ctx.reload(),
  );
  if (!loaded) return;
  const [{ job, ticket }, catalog, tools] = loaded;
  const partName = (sku: string) => catalog.find((p) => p.sku === sku)?.name ?? sku;
  const assessment: Partial<Schema<'TicketAssessment'>> = ticket.assessment ?? {};
  const steps: Array<HTMLElement | null> = [];
  if (job.status === 'scheduled') steps.push(safetySection(ctx, job, tools));
  if (job.status === 'on_site') {
    steps.push(
      notice(t('job.checkedIn', { at: dateTime(job.checkIn?.at) }), 'ok'),
      workSection(ctx, job),
      partsSection(ctx, job, catalog),
      signOffSection(ctx, job, ticket),
    );
  }
  if (job.status === 'completed') {
    steps.push(notice(t('job.completed', { at: dateTime(job.signOff?.signedAt ?? job.completedAt) }), 'ok'), pdfButton(ctx, operationUrl('getStaffJobsRepairReportPdf', { path: { jobId: job.jobId } }), `维修服务报告-${job.ticketNumber}.pdf`, t('ticket.repairReportPdf'), 'repair-report-pdf'));
  }
  if (job.status === 'cancelled') steps.push(notice(t('job.cancelled'), 'info'));
  mount(
    main,
    title(t('job.title', { number: job.ticketNumber }), h('a', { href: `#/jobs?date=${job.visitDate}` }, t('app.back'))),
    h(
      'section',
      { class: 'card', 'data-testid': 'job-facts' },
      definitionList([
        [t('job.window'), `${dateTime(job.window.from)} – ${timeOnly(job.window.to)}`],
        [t('job.status'), label('jobStatus', job.status)],
        [t('ticket.customer'), customerLine(ticket.customer)],
        [t('ticket.phone'), phoneLink(ticket.customer?.phone, `${t('job.call')} ${ticket.customer?.phone}`)],
        [t('ticket.site'), [ticket.site?.name, ticket.site?.address].filter(Boolean).join(' · ')],
        [t('field.site.contactName'), [ticket.site?.contactName, ticket.site?.contactPhone].filter(Boolean).join(' ')],
        [t('ticket.device'), [label('system', ticket.device.system), ticket.device.model, ticket.device.serial, ticket.device.location].filter(Boolean).join(' · ')],
        [t('ticket.symptom'), ticket.symptom],
        [t('job.plan'), job.plan],
        [t('assess.technicalMeasures'), assessment.technicalMeasures],
        [t('job.tools'), assessment.toolsNeeded?.length ? assessment.toolsNeeded.join(listSep()) : undefined],
        [t('assess.toolKinds'), assessment.toolKinds?.length ? assessment.toolKinds.map((kind) => label('tool', kind)).join(listSep()) : undefined],
        [t('job.partsToTake'), job.partsToTake.filter((r) => r.quantity > 0).map((r) => `${partName(r.sku)} × ${r.quantity}${paren(r.location === 'warehouse' ? t('job.warehouse') : t('job.van'))}`).join(listSep()) || undefined],
      ]),
    ),
    ...steps,
  );
};

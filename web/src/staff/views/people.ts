/**
 * People (ORG-2, TRAIN-1, TRAIN-2, SAFE-2, SAFE-3): each person's own page (safety training,
 * certificates, tools held, exams, their signed-off scorecards); the manager's team page (quarterly
 * scorecards with adjustment and sign-off, safety validity, certificates and tools due, the year's
 * training plan with attendance and exams, ad-hoc assessments); technical support's tool register.
 */
import {
  adHocAssessmentSchema,
  certificateSchema,
  gradeAdjustmentSchema,
  sessionResultsSchema,
  toolInspectionSchema,
  toolSchema,
  trainingSessionSchema,
} from '../../../../lib/people/schemas.ts';
import {
  CERTIFICATE_RECORD_TYPES,
  GRADES,
  METRICS,
  STAFF_GROUPS,
  TOOL_KINDS,
  TRAINING_METHODS,
  TRAINING_TOPICS,
  peopleSettingsSchema,
  scorecardConfigSchema,
} from '../../../../lib/people/index.ts';
import type * as z from 'zod/mini';
import type { Schema } from '../../core/api-types.ts';
import { definitionList, h, mount, type Child } from '../../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../../core/forms.ts';
import { calendarDate, dateTime, label, t, colon, listSep } from '../../core/i18n.ts';
import type { Ctx, View } from '../context.ts';
import { disclosure, loadInto, title } from '../ui.ts';

/** A certificate as the person's page (with the days left) or the team page (with its holder) lists it. */
type Certificate = Schema<'CertificateRecord'> & { expired: boolean; daysLeft?: number };
/** A registered tool with what keeps it off jobs today, as every page lists it. */
type Tool = Schema<'ToolRegister'>['items'][number];
type TrainingRecord = Schema<'PersonView'>['training'][number];
type QuarterCard = Schema<'QuarterScorecards'>['cards'][number];
/** A scorecard as signed off (the person's page) or as the quarter's card (the team page). */
type Scorecard = Schema<'FrozenScorecard'> | QuarterCard;
type Session = Schema<'TrainingSessionRecord'>;
type TeamPage = Schema<'TeamView'>;

const badge = (text: string, kind = '') => h('span', { class: `badge ${kind}` }, text);
const quarterOfDay = (day: string) => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
const list = (testId: string, items: Child[]) => h('ul', { class: 'cards', 'data-testid': testId }, items.length ? items : h('li', { class: 'empty' }, t('app.none')));

function safetyBadge(validUntil: string | null, valid: boolean): HTMLElement {
  if (!validUntil) return badge(t('people.safetyMissing'), 'bad');
  return valid ? badge(t('people.safetyValidUntil', { date: calendarDate(validUntil) }), 'ok') : badge(t('people.safetyExpired', { date: calendarDate(validUntil) }), 'bad');
}

function certificateCard(cert: Certificate, who?: string): HTMLElement {
  return h(
    'li',
    { class: `card ${cert.expired ? 'overdue' : ''}`, 'data-certificate': cert.number },
    h('div', { class: 'card-head' }, h('strong', {}, cert.name ?? label('cert', cert.type)), ' ', cert.expired ? badge(t('people.expired'), 'bad') : cert.daysLeft !== undefined ? badge(t('people.daysLeft', { days: cert.daysLeft }), cert.daysLeft <= 30 ? 'timer-paused' : 'ok') : null),
    h('p', { class: 'meta' }, [who, cert.number, cert.issuer, t('people.validity', { from: calendarDate(cert.validFrom), to: calendarDate(cert.validUntil) })].filter(Boolean).join(' · ')),
  );
}

function toolCard(tool: Tool, holderName?: string, ...extra: Child[]): HTMLElement {
  const problem = tool.problem === 'tool_overdue' ? badge(t('people.toolOverdue'), 'bad') : tool.problem === 'tool_failed' ? badge(t('people.toolFailed'), 'bad') : null;
  return h(
    'li',
    { class: `card ${tool.problem ? 'overdue' : ''}`, 'data-tool': tool.assetNo },
    h('div', { class: 'card-head' }, h('strong', {}, `${tool.assetNo} ${label('tool', tool.kind)}`), ' ', problem),
    h('p', { class: 'meta' }, [tool.name, holderName ?? (tool.holder === 'warehouse' ? t('tools.warehouse') : undefined), t('people.nextDue', { date: calendarDate(tool.nextDueOn) })].filter(Boolean).join(' · ')),
    ...extra,
  );
}

function trainingCard(record: TrainingRecord): HTMLElement {
  const exam = record.passed === undefined ? null : [h('span', {}, ` ${t('people.score', { score: record.score ?? '', passMark: record.passMark ?? '' })} `), badge(record.passed ? t('people.passed') : t('people.failed'), record.passed ? 'ok' : 'bad')];
  return h(
    'li',
    { class: 'card', 'data-session': record.sessionId },
    h('div', { class: 'card-head' }, h('strong', {}, record.title), ' ', badge(label('topic', record.topic))),
    h('p', { class: 'meta' }, calendarDate(record.date), ' · ', record.attended ? t('people.attended') : t('people.absent'), exam),
  );
}

function gradeBadges(card: Scorecard): Child[] {
  const computed = card.grade ? badge(label('grade', card.grade), card.grade === 'fail' ? 'bad' : 'ok') : badge(t('people.noGrade'));
  return [
    h('span', { class: 'meta' }, `${t('people.computed')} `),
    computed,
    card.smallSample ? [' ', badge(t('people.smallSample'), 'timer-paused')] : null,
    card.score !== null ? h('span', { class: 'meta' }, ` ${t('people.score.total', { score: card.score })}`) : null,
  ];
}

/** The card's figures; `quarter` (the team page) adds its ad-hoc assessments and what changed after sign-off. */
function scorecardBody(card: Scorecard, quarter?: Pick<QuarterCard, 'afterSignOff' | 'adHoc'>): Child[] {
  const f = card.facts;
  return [
    h('p', { class: 'meta' }, gradeBadges(card)),
    card.adjustment ? h('p', { class: 'adjusted', 'data-testid': 'adjustment' }, t('people.adjusted', { grade: label('grade', card.adjustment.grade), reason: card.adjustment.reason })) : null,
    definitionList(
      card.metrics
        .filter((m) => m.score !== null)
        .map((m): [string, Child] => [label('metric', m.metric), h('span', {}, m.counted ? String(m.score) : `(${m.score})`, m.smallSample ? [' ', badge(t('people.smallSample'), 'timer-paused')] : null)]),
    ),
    h(
      'p',
      { class: 'meta facts-line' },
      t('people.facts', {
        met: f.sla.met,
        breached: f.sla.breached,
        exempt: f.sla.exempt,
        arrivals: f.arrivals.total,
        late: f.arrivals.late,
        repairs: f.repairs.total,
        failed: f.repairs.failedAgain,
        answers: f.satisfaction.answers,
        complaints: f.complaintsUpheld,
        attended: f.training.attended,
        sessions: f.training.sessions,
        passed: f.exams.passed,
        sat: f.exams.sat,
      }),
    ),
    quarter && Object.keys(quarter.afterSignOff).length
      ? h('p', { class: 'notice', 'data-testid': 'after-sign-off' }, t('people.afterSignOff', { changes: Object.entries(quarter.afterSignOff).map(([k, v]) => `${k} ${v > 0 ? '+' : ''}${v}`).join(listSep()) }))
      : null,
    (quarter?.adHoc ?? []).map((a) => h('p', { class: 'meta' }, `${t('people.adHoc')} ${calendarDate(a.date)} ${label('assessmentKind', a.kind)}${a.grade ? ` ${label('grade', a.grade)}` : ''}${colon()}${a.note}`)),
  ];
}

/** Each person's own page: safety training, certificates, tools, exams, signed-off scorecards. */
export const myPageView: View = async (ctx, main) => {
  const heading = t('nav.me');
  const page = await loadInto(main, heading, () => ctx.call('listStaffPeopleMe'), () => ctx.reload());
  if (!page) return;
  mount(
    main,
    title(heading),
    h('section', { 'data-testid': 'my-safety' }, h('h2', {}, t('people.safety')), safetyBadge(page.safetyTraining.validUntil, page.safetyTraining.valid)),
    h('section', {}, h('h2', {}, t('people.myScorecards')), list('my-scorecards', page.scorecards.map((card) => h('li', { class: 'card', 'data-quarter': card.quarter }, h('div', { class: 'card-head' }, h('strong', {}, card.quarter), ' ', card.finalGrade ? badge(label('grade', card.finalGrade), 'ok') : null), ...scorecardBody(card))))),
    h('section', {}, h('h2', {}, t('people.certificates')), list('my-certificates', page.certificates.map((c) => certificateCard(c)))),
    h('section', {}, h('h2', {}, t('people.tools')), list('my-tools', page.tools.map((tool) => toolCard(tool)))),
    h('section', {}, h('h2', {}, t('people.training')), list('my-training', page.training.map(trainingCard))),
  );
};

/**
 * Submits a form whose field `key` names the record the request is about (a person, a tool): that
 * value goes into the URL (`send(id, body)`), the rest is the body.
 */
function submitFor<S extends z.ZodMiniType>(ctx: Ctx, element: HTMLFormElement, schema: S, key: string, send: (id: string, body: z.input<S>) => Promise<unknown>): void {
  let id = '';
  onSubmit(element, {
    schema,
    values: () => {
      const { [key]: named, ...values } = readValues(element);
      id = String(named ?? '');
      return values;
    },
    send: (body) => send(id, body as z.input<S>),
    done: () => ctx.reload(t('app.saved')),
  });
}

function personOptions(team: TeamPage) {
  return team.members.map((m) => ({ value: m.id, label: m.name }));
}

function certificateForm(ctx: Ctx, team: TeamPage): HTMLElement {
  const element = form(
    { 'data-testid': 'certificate-form' },
    field({ path: 'staffId', label: t('field.person'), kind: 'select', required: true, options: personOptions(team) }),
    field({ path: 'type', label: t('field.type'), kind: 'select', required: true, options: CERTIFICATE_RECORD_TYPES.map((value) => ({ value, label: label('cert', value) })) }),
    field({ path: 'name', label: t('field.certName'), when: (v) => v.type === 'other' }),
    field({ path: 'number', label: t('field.number'), required: true }),
    field({ path: 'issuer', label: t('field.issuer'), required: true }),
    field({ path: 'validFrom', label: t('field.validFrom'), kind: 'date', required: true }),
    field({ path: 'validUntil', label: t('field.validUntil'), kind: 'date', required: true }),
    field({ path: 'scanRef', label: t('field.scanRef') }),
    submitButton(t('app.save')),
  );
  submitFor(ctx, element, certificateSchema, 'staffId', (staffId, body) => ctx.call('postStaffPeopleCertificates', { path: { staffId }, body }));
  return disclosure(t('people.certificateAdd'), element);
}

function sessionForm(ctx: Ctx): HTMLElement {
  const element = form(
    { 'data-testid': 'session-form' },
    h('fieldset', { class: 'field', 'data-field': 'groups' }, h('legend', {}, t('field.groups')), STAFF_GROUPS.map((g) => field({ path: `group.${g}`, label: label('group', g), kind: 'checkbox' }))),
    field({ path: 'topic', label: t('field.topic'), kind: 'select', required: true, options: TRAINING_TOPICS.map((value) => ({ value, label: label('topic', value) })) }),
    field({ path: 'title', label: t('field.title'), required: true }),
    field({ path: 'date', label: t('field.date'), kind: 'date', required: true }),
    field({ path: 'trainer', label: t('field.trainer'), required: true }),
    field({ path: 'method', label: t('field.method'), kind: 'select', required: true, options: TRAINING_METHODS.map((value) => ({ value, label: label('method', value) })) }),
    field({ path: 'passMark', label: t('field.passMark'), kind: 'number' }),
    submitButton(t('app.save')),
  );
  onSubmit(element, {
    schema: trainingSessionSchema,
    values: () => {
      const { group = {}, ...values } = readValues(element);
      return { ...values, groups: STAFF_GROUPS.filter((g) => group[g] === true) };
    },
    send: (body) => ctx.call('postStaffTrainingSessions', { body }),
    done: () => ctx.reload(t('app.saved')),
  });
  return disclosure(t('people.sessionAdd'), element);
}

/** Attendance and scores of a held session: one row per member of its groups (and anyone already listed). */
function resultsForm(ctx: Ctx, team: TeamPage, session: Session): HTMLElement {
  const people = team.members.filter((m) => session.groups.includes(m.group) || session.results?.some((r) => r.staffId === m.id));
  const element = form(
    { 'data-testid': 'results-form' },
    people.map((person, i) => {
      const result = session.results?.find((r) => r.staffId === person.id);
      return h(
        'fieldset',
        { class: 'field result-row' },
        h('legend', {}, person.name),
        h('input', { type: 'hidden', 'data-path': `results.${i}.staffId`, 'data-type': 'text', value: person.id }),
        field({ path: `results.${i}.attended`, label: t('field.attended'), kind: 'checkbox', value: result?.attended ?? true }),
        session.exam ? field({ path: `results.${i}.score`, label: t('field.score'), kind: 'number', value: result?.score, attrs: { min: 0, max: 100 } }) : null,
      );
    }),
    submitButton(t('app.save')),
  );
  onSubmit(element, {
    schema: sessionResultsSchema,
    values: () => {
      const values = readValues(element);
      // A score only for those who attended (the server refuses one for an absentee).
      return { results: (values.results ?? []).map((r: { attended: boolean; score?: number }) => (r.attended ? r : { ...r, score: undefined })).map((r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))) };
    },
    send: (body) => ctx.call('putStaffTrainingSessionsResults', { path: { sessionId: session.sessionId }, body }),
    done: () => ctx.reload(t('app.saved')),
  });
  return disclosure(t('people.results'), element);
}

function sessionCard(ctx: Ctx, team: TeamPage, session: Session): HTMLElement {
  const attended = session.results?.filter((r) => r.attended).length;
  return h(
    'li',
    { class: 'card', 'data-session': session.sessionId },
    h('div', { class: 'card-head' }, h('strong', {}, session.title), ' ', badge(label('topic', session.topic))),
    h(
      'p',
      { class: 'meta' },
      [calendarDate(session.date), session.groups.map((g) => label('group', g)).join(listSep()), session.trainer, label('method', session.method), session.exam ? t('people.passMark', { mark: session.exam.passMark }) : t('people.noExam'), session.results?.length ? `${attended}/${session.results.length}` : undefined]
        .filter(Boolean)
        .join(' · '),
    ),
    session.date <= team.today ? resultsForm(ctx, team, session) : null,
  );
}

function adjustForm(ctx: Ctx, quarter: string, card: Scorecard): HTMLElement {
  const element = form(
    { 'data-testid': 'adjust-form' },
    field({ path: 'grade', label: t('field.grade'), kind: 'select', required: true, value: card.finalGrade ?? card.grade ?? undefined, options: GRADES.map((value) => ({ value, label: label('grade', value) })) }),
    field({ path: 'reason', label: t('field.reason'), kind: 'textarea', required: true }),
    submitButton(t('people.adjust')),
  );
  onSubmit(element, { schema: gradeAdjustmentSchema, send: (body) => ctx.call('postStaffScorecardsAdjustments', { path: { quarter, staffId: card.staffId }, body }), done: () => ctx.reload(t('app.saved')) });
  return disclosure(t('people.adjust'), element);
}

function adHocForm(ctx: Ctx, team: TeamPage): HTMLElement {
  const element = form(
    { 'data-testid': 'adhoc-form' },
    field({ path: 'staffId', label: t('field.person'), kind: 'select', required: true, options: personOptions(team) }),
    field({ path: 'date', label: t('field.date'), kind: 'date', required: true, value: team.today }),
    field({ path: 'kind', label: t('field.kind'), kind: 'select', required: true, options: ['incident', 'efficiency', 'other'].map((value) => ({ value, label: label('assessmentKind', value) })) }),
    field({ path: 'note', label: t('field.note'), kind: 'textarea', required: true }),
    field({ path: 'grade', label: t('field.grade'), kind: 'select', options: [{ value: '', label: '—' }, ...GRADES.map((value) => ({ value, label: label('grade', value) }))] }),
    submitButton(t('app.save')),
  );
  submitFor(ctx, element, adHocAssessmentSchema, 'staffId', (staffId, body) => ctx.call('postStaffPeopleAssessments', { path: { staffId }, body }));
  return disclosure(t('people.adHocAdd'), element);
}

async function scorecardsSection(ctx: Ctx, quarter: string): Promise<HTMLElement> {
  const data = await ctx.call('listStaffScorecards', { query: { quarter } });
  const pick = form({ class: 'inline', 'data-testid': 'quarter-form' }, field({ path: 'quarter', label: t('people.quarter'), value: quarter, attrs: { pattern: '\\d{4}-Q[1-4]' } }), submitButton(t('people.show'), { class: 'secondary' }));
  pick.addEventListener('submit', (event) => {
    event.preventDefault();
    ctx.go(`manager/team?quarter=${encodeURIComponent(String(readValues(pick).quarter ?? quarter))}`);
  });
  let signOff: Child;
  if (data.signOff) signOff = h('p', { class: 'badge ok', 'data-testid': 'signed-off' }, t('people.signedOff', { at: dateTime(data.signOff.at) }));
  else {
    const button = form({ 'data-testid': 'sign-off-form' }, h('p', { class: 'hint' }, t('people.signOff.hint')), submitButton(t('people.signOff')));
    onSubmit(button, { send: () => ctx.call('postStaffScorecardsSignOff', { path: { quarter } }), done: () => ctx.reload(t('app.saved')) });
    signOff = button;
  }
  return h(
    'section',
    { 'data-testid': 'scorecards' },
    h('h2', {}, `${t('people.scorecards')} ${quarter}`),
    pick,
    signOff,
    list(
      'scorecard-list',
      data.cards.map((card) =>
        h(
          'li',
          { class: 'card', 'data-staff': card.staffId },
          h('div', { class: 'card-head' }, h('strong', {}, card.name), ' ', badge(label('group', card.group)), ' ', card.finalGrade ? badge(label('grade', card.finalGrade), card.finalGrade === 'fail' ? 'bad' : 'ok') : null),
          ...scorecardBody(card, card),
          data.signOff ? null : adjustForm(ctx, quarter, card),
        ),
      ),
    ),
  );
}

/** The manager's team page. */
export const teamView: View = async (ctx, main, args) => {
  const heading = t('nav.team');
  const loaded = await loadInto(
    main,
    heading,
    async () => {
      const team = await ctx.call('listStaffPeopleTeam');
      const quarter = args.query.get('quarter') ?? quarterOfDay(team.today);
      return [team, await scorecardsSection(ctx, quarter)] as const;
    },
    () => ctx.reload(),
  );
  if (!loaded) return;
  const [team, scorecards] = loaded;
  const names = new Map(team.members.map((m) => [m.id, m.name]));
  mount(
    main,
    title(heading),
    scorecards,
    adHocForm(ctx, team),
    h(
      'section',
      {},
      h('h2', {}, t('people.members')),
      list('team-members', team.members.map((m) => h('li', { class: 'card', 'data-staff': m.id }, h('div', { class: 'card-head' }, h('strong', {}, m.name), ' ', badge(label('group', m.group))), h('p', { class: 'meta' }, `${t('people.safety')} `, safetyBadge(m.safetyValidUntil, m.safetyValid))))),
    ),
    h('section', {}, h('h2', {}, t('people.certificatesDue')), list('certificates-due', team.certificatesDue.map((c) => certificateCard(c, names.get(c.staffId) ?? c.staffName))), certificateForm(ctx, team)),
    h('section', {}, h('h2', {}, t('people.toolsDue')), list('tools-due', team.toolsDue.map((tool) => toolCard(tool, tool.holderName)))),
    h('section', {}, h('h2', {}, t('people.plan', { year: team.today.slice(0, 4) })), list('training-plan', team.sessions.map((s) => sessionCard(ctx, team, s))), sessionForm(ctx)),
  );
};

/** Technical support's tool register (SAFE-3): every tool by next inspection due, registration, inspections. */
export const toolsView: View = async (ctx, main) => {
  const heading = t('nav.tools');
  const loaded = await loadInto(
    main,
    heading,
    () =>
      Promise.all([
        ctx.call('listStaffTools').then((found) => found.items),
        ctx.call('listStaffMembers').then((found) => found.items),
      ]),
    () => ctx.reload(),
  );
  if (!loaded) return;
  const [items, members] = loaded;
  const technicians = members.filter((m) => m.roles.includes('technician'));
  const names = new Map(technicians.map((m) => [m.id, m.name]));
  const holders = [{ value: 'warehouse', label: t('tools.warehouse') }, ...technicians.map((m) => ({ value: m.id, label: m.name }))];
  const register = form(
    { 'data-testid': 'tool-form' },
    field({ path: 'assetNo', label: t('field.assetNo'), required: true }),
    field({ path: 'kind', label: t('field.kind'), kind: 'select', required: true, options: TOOL_KINDS.map((value) => ({ value, label: label('tool', value) })) }),
    field({ path: 'name', label: t('field.toolName'), required: true }),
    field({ path: 'holder', label: t('field.holder'), kind: 'select', required: true, options: holders }),
    field({ path: 'inspectionIntervalDays', label: t('field.interval'), kind: 'number', required: true, value: 180 }),
    field({ path: 'nextDueOn', label: t('field.nextDueOn'), kind: 'date' }),
    submitButton(t('app.save')),
  );
  submitFor(ctx, register, toolSchema, 'assetNo', (assetNo, body) => ctx.call('putStaffTools', { path: { assetNo }, body }));
  const inspection = (tool: Tool) => {
    const element = form(
      {},
      field({ path: 'date', label: t('field.date'), kind: 'date', required: true }),
      field({ path: 'inspector', label: t('field.inspector'), required: true, value: ctx.session.user.name }),
      field({ path: 'result', label: t('field.result'), kind: 'radio', required: true, options: ['pass', 'fail'].map((value) => ({ value, label: t(`tools.result.${value}` as 'tools.result.pass') })) }),
      field({ path: 'notes', label: t('field.note'), kind: 'textarea' }),
      submitButton(t('tools.inspect')),
    );
    onSubmit(element, { schema: toolInspectionSchema, send: (body) => ctx.call('postStaffToolsInspections', { path: { assetNo: tool.assetNo }, body }), done: () => ctx.reload(t('app.saved')) });
    return disclosure(t('tools.inspect'), element);
  };
  mount(
    main,
    title(heading),
    disclosure(t('tools.register'), register),
    list(
      'tool-register',
      items.map((tool) => toolCard(tool, names.get(tool.holder), inspection(tool))),
    ),
  );
};

/** The manager's configuration of grading and people rules: weights and bands per group (versioned), safety validity, reminders. */
export const peopleConfigView: View = async (ctx, main) => {
  const heading = t('nav.peopleConfig');
  const loaded = await loadInto(
    main,
    heading,
    () =>
      Promise.all([
        ctx.call('listStaffScorecardsConfig'),
        ctx.call('listStaffPeopleSettings'),
      ]),
    () => ctx.reload(),
  );
  if (!loaded) return;
  const [scoring, settings] = loaded;
  const config = scoring.value;
  const number = (path: string, text: string, value: number, attrs = {}) => field({ path, label: text, kind: 'number', required: true, value, attrs: { min: 0, ...attrs } });
  const scoringForm = form(
    { 'data-testid': 'scorecard-config-form' },
    STAFF_GROUPS.map((group) =>
      h(
        'fieldset',
        { class: 'group' },
        h('legend', {}, label('group', group)),
        METRICS.map((metric) => number(`config.groups.${group}.weights.${metric}`, `${label('metric', metric)} ${t('config.weight')}`, config.groups[group].weights[metric], { max: 100 })),
        (['excellent', 'good', 'pass'] as const).map((grade) => number(`config.groups.${group}.bands.${grade}`, t('config.band', { grade: label('grade', grade) }), config.groups[group].bands[grade], { max: 100 })),
      ),
    ),
    number('config.minSatisfactionAnswers', t('config.minAnswers'), config.minSatisfactionAnswers, { min: 1 }),
    number('config.pointsPerUpheldComplaint', t('config.complaintPoints'), config.pointsPerUpheldComplaint, { min: 1 }),
    submitButton(t('app.save')),
  );
  onSubmit(scoringForm, {
    schema: scorecardConfigSchema,
    values: () => readValues(scoringForm).config,
    send: (value) => ctx.call('putStaffScorecardsConfig', { body: { expectedVersion: scoring.version, config: value } }),
    done: () => ctx.reload(t('app.saved')),
  });
  const settingsForm = form(
    { 'data-testid': 'people-settings-form' },
    number('safetyValidityMonths', t('config.safetyMonths'), settings.value.safetyValidityMonths, { min: 1 }),
    field({ path: 'certificateReminderDays', label: t('config.reminderDays'), kind: 'lines', required: true, value: settings.value.certificateReminderDays.join('\n'), hint: t('config.reminderDays.hint') }),
    number('toolDueSoonDays', t('config.toolDueSoonDays'), settings.value.toolDueSoonDays, { min: 1 }),
    submitButton(t('app.save')),
  );
  onSubmit(settingsForm, {
    schema: peopleSettingsSchema,
    values: () => {
      const values = readValues(settingsForm);
      return { ...values, certificateReminderDays: (values.certificateReminderDays ?? []).map(Number) };
    },
    send: (value) => ctx.call('putStaffPeopleSettings', { body: { expectedVersion: settings.version, settings: value } }),
    done: () => ctx.reload(t('app.saved')),
  });
  mount(
    main,
    title(heading),
    h('section', { class: 'card' }, h('h2', {}, t('config.scoring')), h('p', { class: 'meta' }, t('standards.version', { version: scoring.version })), scoringForm),
    h('section', { class: 'card' }, h('h2', {}, t('config.people')), h('p', { class: 'meta' }, t('standards.version', { version: settings.version })), settingsForm),
  );
};

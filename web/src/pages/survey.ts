/**
 * The satisfaction survey (FLOW-4): `survey.html?ticket=<id>&t=<signed token>` from the follow-up
 * email. GET /v1/surveys/{id}?t= says whether it is still open; the answer (satisfaction 1-5, is the
 * equipment working, a comment) is checked with the server's schema and posted once.
 */
import * as z from 'zod/mini';
import { followUpAnswerSchema } from '../../../lib/followup/schemas.ts';
import { ApiError, call } from '../core/api.ts';
import type { SuccessBody } from '../core/api-types.ts';
import { h, mount, notice } from '../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../core/forms.ts';
import { dateTime, t } from '../core/i18n.ts';
import { publicPage } from '../core/shell.ts';

z.config({ jitless: true });

/** The answer of GET /v1/surveys/{id}, as the OpenAPI document types it (generated: core/api-types.ts). */
type SurveyView = SuccessBody<'getSurvey'>;

const params = new URLSearchParams(location.search);
const ticketId = params.get('ticket') ?? '';
const token = params.get('t') ?? '';
/** The survey is the ticket's, through its signed link. */
const link = { path: { id: ticketId }, query: { t: token } };
let answeredNow = false;

async function render(main: HTMLElement): Promise<void> {
  let view: SurveyView;
  try {
    if (!/^[0-9a-f-]{36}$/i.test(ticketId) || !token) throw new ApiError(404, 'not_found', t('survey.badLink'));
    view = await call('getSurvey', link);
  } catch (error) {
    const text = error instanceof ApiError && error.status === 404 ? t('survey.badLink') : (error as Error).message;
    mount(main, h('h1', {}, t('survey.title')), notice(text, 'error'));
    return;
  }
  if (view.answered || answeredNow) {
    mount(main, h('h1', {}, t('survey.title')), h('p', { class: 'meta' }, t('survey.ticket', { number: view.ticketNumber })), notice(answeredNow ? t('survey.thanks') : t('survey.already'), 'ok'));
    main.querySelector<HTMLElement>('.notice')?.setAttribute('data-testid', 'survey-done');
    return;
  }
  const scores = [5, 4, 3, 2, 1].map((score) => ({ value: String(score), label: t(`survey.score.${score}` as 'survey.score.1') }));
  const element = form(
    { 'data-testid': 'survey-form' },
    field({ path: 'satisfaction', label: t('survey.satisfaction'), kind: 'radio', required: true, options: scores }),
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
    field({ path: 'comment', label: t('survey.comment'), kind: 'textarea', attrs: { maxlength: 2000 } }),
    submitButton(t('survey.submit')),
  );
  onSubmit(element, {
    schema: followUpAnswerSchema,
    values: () => {
      const values = readValues(element);
      return {
        ...values,
        ...(values.satisfaction !== undefined ? { satisfaction: Number(values.satisfaction) } : {}),
        ...(values.equipmentWorking !== undefined ? { equipmentWorking: values.equipmentWorking === 'true' } : {}),
      };
    },
    send: (body) => call('answerSurvey', { ...link, body }),
    done: () => {
      answeredNow = true;
      void render(main);
    },
  });
  mount(
    main,
    h('h1', {}, t('survey.title')),
    h('p', { class: 'meta' }, t('survey.ticket', { number: view.ticketNumber }), view.expiresAt ? ` · ${t('survey.expiresAt', { at: dateTime(view.expiresAt) })}` : ''),
    h('p', { class: 'intro' }, t('survey.intro')),
    h('section', { class: 'card' }, element),
  );
}

publicPage('survey.title', render);

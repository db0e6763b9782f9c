/**
 * People staff API (ORG-2, TRAIN-1, SAFE-2, SAFE-3): the manager's team page, each person's own
 * page, certificate records, training sessions with attendance and exams, the tool register.
 */
import {
  assetNoSchema,
  certIdSchema,
  certificateSchema,
  putPeopleSettingsSchema,
  sessionIdSchema,
  sessionResultsSchema,
  staffIdSchema,
  toolInspectionSchema,
  toolSchema,
  trainingQuerySchema,
  trainingSessionSchema,
  adHocAssessmentSchema,
  gradeAdjustmentSchema,
  putScorecardConfigSchema,
  scorecardQuerySchema,
} from '../../lib/people/schemas.ts';
import { quarterSchema } from '../../lib/people/index.ts';
import { adjustGrade, quarterScorecards, recordAdHocAssessment, signOffQuarter } from '../../lib/people/usecases/scorecards.ts';
import { createSession, inspectTool, personView, recordSessionResults, saveCertificate, saveTool, teamView, toolRegister } from '../../lib/people/usecases/people.ts';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { slaAdapters } from '../../lib/sla/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { peopleAdapters } from '../../lib/people/server.ts';
import { followupAdapters } from '../../lib/followup/server.ts';
import { NotFoundError } from '../../lib/platform/errors.ts';
import { pathId } from '../../lib/platform/http/path-params.ts';
import { createApiHandler, route, typedResponse } from '../../lib/platform/http/api-handler.ts';
import type {
  adHocAssessmentResponseSchema,
  certificateResponseSchema,
  gradeAdjustmentResponseSchema,
  newVersionSchema,
  personViewSchema,
  quarterScorecardsSchema,
  quarterSignedOffSchema,
  teamViewSchema,
  toolDetailSchema,
  toolInspectedSchema,
  toolRegisterSchema,
  toolResponseSchema,
  trainingPlanSchema,
  trainingSessionResponseSchema,
  versionedPeopleSettingsSchema,
  versionedScorecardConfigSchema,
} from '../../lib/people/responses.ts';
import { peopleStaffApi } from '../../lib/wiring.ts';

const base = baseAdapters(loadConfig(peopleStaffApi.access));
const deps = { ...base, ...ticketsAdapters(base), ...slaAdapters(base), ...staffAdapters(base), ...peopleAdapters(base), ...followupAdapters(base) };

const staffId = (raw: string | undefined) => pathId(staffIdSchema, raw, 'No such staff member');
const assetNo = (raw: string | undefined) => pathId(assetNoSchema, raw, 'No such tool');
const quarter = (raw: string | undefined) => pathId(quarterSchema, raw, 'No such quarter');

export const handler = createApiHandler({
  'GET /v1/staff/people/me': route({
    handle: async ({ user }) => typedResponse<typeof personViewSchema>(200, await personView(deps, user!.id)),
  }),
  'GET /v1/staff/people/team': route({
    handle: async () => typedResponse<typeof teamViewSchema>(200, await teamView(deps)),
  }),
  'GET /v1/staff/people/settings': route({
    handle: async () => typedResponse<typeof versionedPeopleSettingsSchema>(200, await deps.people.settings()),
  }),
  'PUT /v1/staff/people/settings': route({
    body: putPeopleSettingsSchema,
    handle: async ({ body, user }) => typedResponse<typeof newVersionSchema>(200, { version: await deps.people.putSettings(body.settings, body.expectedVersion, user!.id, deps.now()) }),
  }),
  'GET /v1/staff/people/{staffId}': route({
    handle: async ({ params }) => typedResponse<typeof personViewSchema>(200, await personView(deps, staffId(params.staffId))),
  }),
  'POST /v1/staff/people/{staffId}/certificates': route({
    body: certificateSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof certificateResponseSchema>(201, { certificate: await saveCertificate(deps, staffId(params.staffId), body, user!) }),
  }),
  'PUT /v1/staff/people/{staffId}/certificates/{certId}': route({
    body: certificateSchema,
    handle: async ({ params, body, user }) =>
      typedResponse<typeof certificateResponseSchema>(200, { certificate: await saveCertificate(deps, staffId(params.staffId), body, user!, pathId(certIdSchema, params.certId, 'No such certificate')) }),
  }),
  'GET /v1/staff/training': route({
    query: trainingQuerySchema,
    handle: async ({ query }) => typedResponse<typeof trainingPlanSchema>(200, { year: query.year, sessions: await deps.people.sessions(query.year) }),
  }),
  'POST /v1/staff/training/sessions': route({
    body: trainingSessionSchema,
    handle: async ({ body, user }) => typedResponse<typeof trainingSessionResponseSchema>(201, { session: await createSession(deps, body, user!) }),
  }),
  'PUT /v1/staff/training/sessions/{sessionId}/results': route({
    body: sessionResultsSchema,
    handle: async ({ params, body }) => typedResponse<typeof trainingSessionResponseSchema>(200, { session: await recordSessionResults(deps, pathId(sessionIdSchema, params.sessionId, 'No such session'), body.results) }),
  }),
  'GET /v1/staff/tools': route({
    handle: async () => typedResponse<typeof toolRegisterSchema>(200, { items: await toolRegister(deps) }),
  }),
  'GET /v1/staff/tools/{assetNo}': route({
    handle: async ({ params }) => {
      const found = await deps.people.tool(assetNo(params.assetNo));
      if (!found) throw new NotFoundError('No such tool');
      return typedResponse<typeof toolDetailSchema>(200, found);
    },
  }),
  'PUT /v1/staff/tools/{assetNo}': route({
    body: toolSchema,
    handle: async ({ params, body }) => typedResponse<typeof toolResponseSchema>(200, { tool: await saveTool(deps, assetNo(params.assetNo), body) }),
  }),
  'POST /v1/staff/tools/{assetNo}/inspections': route({
    body: toolInspectionSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof toolInspectedSchema>(201, await inspectTool(deps, assetNo(params.assetNo), body, user!)),
  }),
  'GET /v1/staff/scorecards': route({
    query: scorecardQuerySchema,
    handle: async ({ query }) => typedResponse<typeof quarterScorecardsSchema>(200, await quarterScorecards(deps, query.quarter)),
  }),
  'GET /v1/staff/scorecards/config': route({
    handle: async () => typedResponse<typeof versionedScorecardConfigSchema>(200, await deps.scorecards.config()),
  }),
  'PUT /v1/staff/scorecards/config': route({
    body: putScorecardConfigSchema,
    handle: async ({ body, user }) => typedResponse<typeof newVersionSchema>(200, { version: await deps.scorecards.putConfig(body.config, body.expectedVersion, user!.id, deps.now()) }),
  }),
  'POST /v1/staff/scorecards/{quarter}/adjustments/{staffId}': route({
    body: gradeAdjustmentSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof gradeAdjustmentResponseSchema>(201, { adjustment: await adjustGrade(deps, quarter(params.quarter), staffId(params.staffId), body, user!) }),
  }),
  'POST /v1/staff/scorecards/{quarter}/sign-off': route({
    handle: async ({ params, user }) => typedResponse<typeof quarterSignedOffSchema>(200, await signOffQuarter(deps, quarter(params.quarter), user!)),
  }),
  'POST /v1/staff/people/{staffId}/assessments': route({
    body: adHocAssessmentSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof adHocAssessmentResponseSchema>(201, { assessment: await recordAdHocAssessment(deps, staffId(params.staffId), body, user!) }),
  }),
}, { spec: peopleStaffApi, staffStatus: deps.staffStatus });

/** How long personal data is kept and shown (PIPL art. 19: no longer than the purpose needs). The manager edits them. */
import * as z from 'zod/mini';
import { meta } from '../../platform/schema-meta.ts';
import { DEFAULT_CONTACT_RETENTION_YEARS } from './privacy-notice.ts';

// An exported schema that calls more than zod's constructors (a check, `.apply(meta())`, a helper) is
// built inside a /* @__PURE__ */ arrow, so that a function's bundle keeps only the schemas it uses
// (lib/platform/schema-meta.ts says why).

export const privacySettingsSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Contact data of a closed or cancelled ticket is erased this many days after it ended. */
      contactRetentionDays: z.number().check(z.int(), z.minimum(30), z.maximum(3650)),
      /** Access-log entries are kept this long (then expire). */
      accessLogRetentionDays: z.number().check(z.int(), z.minimum(180), z.maximum(3650)),
      /** A technician sees the customer's contact on their own job until this many days after completion. */
      technicianContactDays: z.number().check(z.int(), z.minimum(0), z.maximum(90)),
    })
    .apply(meta({ id: 'PrivacySettings' })))();

export type PrivacySettings = z.infer<typeof privacySettingsSchema>;

/** The contact retention is the one the privacy notice states by default (`privacy-notice.ts`). */
export const DEFAULT_PRIVACY_SETTINGS: PrivacySettings = { contactRetentionDays: DEFAULT_CONTACT_RETENTION_YEARS * 365, accessLogRetentionDays: 3 * 365, technicianContactDays: 7 };

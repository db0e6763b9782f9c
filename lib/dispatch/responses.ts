/**
 * Response schemas of the dispatch functions, published by the OpenAPI document (lib/openapi.ts).
 * Kept apart from schemas.ts because the functions bundle the request schemas; a handler names
 * these as types only (`typedResponse`). Open objects: fields may be added, never removed.
 */
import * as z from 'zod';
import { SKILL_LEVELS } from '../staff/index.ts';
import { SYSTEM_TYPES } from '../tickets/index.ts';
import { STAFF_ROLES } from '../wiring.ts';

const instant = z.iso.datetime({ offset: true });
const units = z.number().int();

/* The catalog API (functions/dispatch/catalog-api.ts): parts, stock per location, the issue register, staff records */

export const catalogPartRecordSchema = z
  .object({
    sku: z.string(),
    name: z.string(),
    specification: z.string(),
    unit: z.string(),
    unitPriceFen: z.number().int(),
    designated: z.boolean().meta({ description: 'A company-designated qualified part: only these may be installed' }),
    valuable: z.boolean().meta({ description: 'A valuable or wear part: every serial is followed in the issue register' }),
    reorderPoint: units,
    category: z.string().optional(),
    bin: z.string().optional().meta({ description: 'Its bin in the warehouse' }),
  })
  .meta({ id: 'CatalogPartRecord' });

export const catalogPartListSchema = z.object({ items: z.array(catalogPartRecordSchema) }).meta({ id: 'CatalogPartList' });
export const catalogPartResponseSchema = z.object({ part: catalogPartRecordSchema }).meta({ id: 'CatalogPartResponse' });

const stockLevelSchema = z
  .object({
    location: z.string(),
    sku: z.string(),
    onHand: units,
    reserved: units.meta({ description: 'Reserved for scheduled jobs' }),
    available: units.meta({ description: 'onHand - reserved' }),
  })
  .meta({ id: 'StockLevel' });

export const stockAtLocationSchema = z.object({ location: z.string(), items: z.array(stockLevelSchema) }).meta({ id: 'StockAtLocation' });

export const stockAdjustedSchema = z
  .object({
    /** The balance after the adjustment. */
    stock: stockLevelSchema,
    adjustment: z.object({
      id: z.uuid(),
      location: z.string(),
      sku: z.string(),
      delta: z.number().int().meta({ description: '+ in, - out' }),
      kind: z.enum(['adjusted', 'written_off']),
      reason: z.string(),
      at: instant,
      by: z.string(),
    }),
  })
  .meta({ id: 'StockAdjusted' });

export const issueRegisterSchema = z
  .object({
    items: z.array(
      z.object({
        kind: z.enum(['issued', 'returned', 'used']).optional().meta({ description: 'Absent on uses recorded before the register had kinds: read it as `used`' }),
        sku: z.string(),
        at: instant,
        by: z.string(),
        quantity: units,
        serials: z.array(z.string()).optional(),
        installedSerial: z.string().optional(),
        removedSerial: z.string().optional(),
        location: z.string(),
        takenBy: z.string().optional().meta({ description: 'The technician who took it (issued) or gave it back (returned)' }),
        jobId: z.string().optional(),
        ticketId: z.string().optional(),
        transferId: z.string().optional(),
      }),
    ),
    serials: z
      .array(z.object({ serial: z.string(), state: z.enum(['out', 'used', 'returned']), takenBy: z.string().optional(), jobId: z.string().optional(), at: instant }))
      .meta({ description: 'Where each serial issued from the store is now: out with a technician, used on a job, or back' }),
  })
  .meta({ id: 'IssueRegister' });

const technicianProfileSchema = z.object({
  skills: z.array(z.enum(SYSTEM_TYPES)),
  skillLevel: z.enum(SKILL_LEVELS),
  stockLocation: z.string().meta({ description: "The van's stock location" }),
  lead: z.boolean().meta({ description: 'A repair-service lead dispatches like the manager' }),
});

export const staffRecordSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.email(),
    phone: z.string().optional(),
    roles: z.array(z.enum(STAFF_ROLES)),
    active: z.boolean(),
    technician: technicianProfileSchema.optional(),
  })
  .meta({ id: 'StaffRecord' });

export const staffRecordResponseSchema = z.object({ member: staffRecordSchema }).meta({ id: 'StaffRecordResponse' });

export const staffDirectorySchema = z
  .object({
    items: z.array(
      staffRecordSchema
        .extend({
          email: z.email().optional().meta({ description: 'Only the manager sees contact details' }),
          phone: z.string().optional().meta({ description: 'Only the manager sees contact details' }),
        })
        .meta({ id: 'StaffDirectoryEntry' }),
    ),
  })
  .meta({ id: 'StaffDirectory' });

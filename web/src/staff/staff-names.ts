/** Staff ids shown as names (timelines, investigations, quality figures); shared by the staff views. */
import type { Ctx } from './context.ts';

export async function staffNames(ctx: Ctx): Promise<Map<string, string>> {
  if (!ctx.can('customer_service', 'tech_support', 'technician')) return new Map();
  try {
    const { items } = await ctx.call('listStaffMembers');
    return new Map(items.map((m) => [m.id, m.name]));
  } catch {
    return new Map();
  }
}

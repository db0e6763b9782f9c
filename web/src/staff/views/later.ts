/**
 * The views of the later lifecycle stages (follow-up FLOW-4, settlement FLOW-5), registered here so
 * the shell (pages/staff.ts) stays the same when they are added.
 */
import type { NavItem, View } from '../context.ts';

export const extraNav: NavItem[] = [];
export const extraRoutes: Record<string, View> = {};

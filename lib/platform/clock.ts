/**
 * The one place the system reads "now" (through `deps.now` and the scheduler). In Lambda it is the
 * system clock, always. The local runtime may set it (`/__local/clock`, `npm start -- --clock=ISO`)
 * so tests and demos run at a chosen instant whatever the machine's clock says; from the instant
 * set, it runs at the real pace. Nothing deployed calls `setClock`.
 */
let offsetMs = 0;

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

/** From now on, `now()` reads `at` plus the real time elapsed since this call; undefined returns to the system clock. */
export function setClock(at: Date | undefined): void {
  offsetMs = at ? at.getTime() - Date.now() : 0;
}

/**
 * The customer's signature drawn on the screen: a <canvas> fed by pointer events (finger, pen or
 * mouse), exported as a PNG (base64, what POST /v1/staff/jobs/{jobId}/sign-off takes, at most
 * 100 KB). The pad knows whether anything was drawn, so an empty signature is refused before sending.
 */
import { h } from './dom.ts';
import { t } from './i18n.ts';

export const MAX_SIGNATURE_BYTES = 100 * 1024;

export interface SignaturePad {
  element: HTMLElement;
  canvas: HTMLCanvasElement;
  isEmpty(): boolean;
  clear(): void;
  /** The drawing as base64 PNG (without the data: prefix). */
  toBase64Png(): string;
}

export function signaturePad(options: { path: string; label: string; hint: string }): SignaturePad {
  const canvas = h('canvas', {
    class: 'signature',
    'data-path': options.path,
    'data-type': 'signature',
    role: 'img',
    tabindex: '0',
    'aria-label': `${options.label}. ${options.hint}`,
  });
  const error = h('p', { class: 'error', id: `${options.path}-error`, hidden: true });
  canvas.setAttribute('aria-describedby', error.id);
  let strokes = 0;
  let drawing = false;
  let last: { x: number; y: number } | undefined;

  const context = () => canvas.getContext('2d')!;
  const resize = () => {
    // Backing store at device resolution, capped so the PNG stays far below the API's limit.
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    const width = Math.max(200, Math.round(canvas.clientWidth || 320));
    const height = Math.max(120, Math.round(canvas.clientHeight || 160));
    if (canvas.width === Math.round(width * ratio) && canvas.height === Math.round(height * ratio)) return;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const ctx = context();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineWidth = 2.2;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#111';
    strokes = 0;
  };
  const point = (event: PointerEvent) => {
    const rect = canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  canvas.addEventListener('pointerdown', (event) => {
    resize();
    drawing = true;
    last = point(event);
    canvas.setPointerCapture?.(event.pointerId);
    const ctx = context();
    ctx.beginPath();
    ctx.arc(last.x, last.y, 1, 0, Math.PI * 2);
    ctx.fillStyle = '#111';
    ctx.fill();
    event.preventDefault();
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!drawing || !last) return;
    const next = point(event);
    const ctx = context();
    ctx.beginPath();
    ctx.moveTo(last.x, last.y);
    ctx.lineTo(next.x, next.y);
    ctx.stroke();
    last = next;
    event.preventDefault();
  });
  const end = () => {
    if (drawing) strokes += 1;
    drawing = false;
    last = undefined;
    if (strokes > 0) {
      error.hidden = true;
      canvas.removeAttribute('aria-invalid');
    }
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  canvas.addEventListener('pointerleave', end);

  const clear = () => {
    context().clearRect(0, 0, canvas.width, canvas.height);
    strokes = 0;
  };
  const clearButton = h('button', { type: 'button', class: 'secondary', onclick: clear }, t('job.clearSignature'));
  const element = h(
    'div',
    { class: 'field signature-field', 'data-field': options.path },
    h('p', { class: 'label', id: `${options.path}-label` }, options.label, h('span', { class: 'req', 'aria-hidden': 'true' }, ' *')),
    h('p', { class: 'hint' }, options.hint),
    canvas,
    clearButton,
    error,
  );
  queueMicrotask(resize);
  window.addEventListener('resize', () => {
    if (strokes === 0) resize();
  });

  return {
    element,
    canvas,
    isEmpty: () => strokes === 0,
    clear,
    toBase64Png: () => canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, ''),
  };
}

/** Decoded size of a base64 string, in bytes. */
export function base64Bytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

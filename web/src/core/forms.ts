/**
 * Accessible forms: every input has a label, hints and errors are tied to it with
 * aria-describedby, errors are shown next to their field (the API's `fields[].path`, e.g.
 * `customer.phone`, is the input's data-path), and the first invalid field gets the focus.
 * Client-side checks run the very zod schema the server validates with, through the same issue →
 * message-key mapping (lib/platform/http/validation.ts) and catalogue (lib/platform/http/messages.ts), so the client
 * says exactly what the server would.
 */
import type * as z from 'zod/mini';
import { ValidationError } from '../../../lib/platform/errors.ts';
import { parseWith } from '../../../lib/platform/http/validation.ts';
import { ApiError, type FieldMessage } from './api.ts';
import { h, uid, type Attrs, type Child } from './dom.ts';
import { parseYuan, semiSep, serverText, shanghaiInstant, t } from './i18n.ts';

export type FieldKind = 'text' | 'email' | 'tel' | 'number' | 'textarea' | 'select' | 'date' | 'time' | 'datetime-local' | 'checkbox' | 'radio' | 'lines';

export interface FieldOptions {
  /** The request path of the value (`customer.phone`); errors with this path show here. */
  path: string;
  label: string;
  kind?: FieldKind;
  options?: Array<{ value: string; label: string; disabled?: boolean }>;
  required?: boolean;
  hint?: string;
  value?: string | number | boolean | undefined;
  autocomplete?: string;
  /**
   * How the value is sent: text (trimmed, omitted when empty), number, boolean, lines (array),
   * instant (Asia/Shanghai → ISO), yuan (typed as ¥12.50, sent as integer fen), percent (13 → 1300 basis points).
   */
  type?: 'text' | 'number' | 'boolean' | 'lines' | 'instant' | 'yuan' | 'percent';
  attrs?: Attrs;
  /** Shown only when this returns true (re-evaluated on every change in the form). */
  when?: (values: Record<string, any>) => boolean;
}

export function field(options: FieldOptions): HTMLElement {
  const id = uid('f');
  const hintId = options.hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  const kind = options.kind ?? 'text';
  const type = options.type ?? (kind === 'number' ? 'number' : kind === 'checkbox' ? 'boolean' : kind === 'lines' ? 'lines' : kind === 'datetime-local' ? 'instant' : 'text');
  const common: Attrs = {
    id,
    name: options.path,
    'data-path': options.path,
    'data-type': type,
    'aria-describedby': describedBy,
    ...(options.required ? { 'aria-required': 'true' } : {}),
    ...(options.autocomplete ? { autocomplete: options.autocomplete } : {}),
    ...options.attrs,
  };
  const requiredMark = options.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null;
  const hint = options.hint ? h('p', { class: 'hint', id: hintId }, options.hint) : null;
  const error = h('p', { class: 'error', id: errorId, hidden: true });
  let wrapper: HTMLElement;

  if (kind === 'radio') {
    const name = uid('r');
    wrapper = h(
      'fieldset',
      { class: 'field radios', 'data-field': options.path, 'aria-describedby': describedBy },
      h('legend', {}, options.label, requiredMark),
      hint,
      (options.options ?? []).map((option) =>
        h(
          'label',
          { class: 'choice' },
          h('input', { type: 'radio', name, value: option.value, 'data-path': options.path, 'data-type': type, checked: String(options.value) === option.value, disabled: option.disabled }),
          ' ',
          option.label,
        ),
      ),
      error,
    );
  } else if (kind === 'checkbox') {
    wrapper = h(
      'div',
      { class: 'field checkbox', 'data-field': options.path },
      h('input', { ...common, type: 'checkbox', checked: Boolean(options.value) }),
      h('label', { for: id }, options.label),
      hint,
      error,
    );
  } else {
    let control: HTMLElement;
    if (kind === 'textarea' || kind === 'lines') {
      control = h('textarea', { rows: 3, ...common }, options.value === undefined ? '' : String(options.value));
    } else if (kind === 'select') {
      control = h(
        'select',
        common,
        options.required && options.value === undefined ? h('option', { value: '' }, t('field.choose')) : !options.required ? h('option', { value: '' }, '—') : null,
        (options.options ?? []).map((option) => h('option', { value: option.value, selected: String(options.value) === option.value, disabled: option.disabled }, option.label)),
      );
    } else {
      control = h('input', { type: kind, value: options.value === undefined ? undefined : String(options.value), ...common });
    }
    wrapper = h('div', { class: 'field', 'data-field': options.path }, h('label', { for: id }, options.label, requiredMark), hint, control, error);
  }
  if (options.when) conditions.set(wrapper, options.when);
  return wrapper;
}

const conditions = new WeakMap<HTMLElement, (values: Record<string, any>) => boolean>();

/** Shows or hides the conditional fields of `form` from its current values. */
/** Shows a group of fields (an element with `data-field`) only when `when` holds, as a field's own `when` does. */
export function showWhen<T extends HTMLElement>(element: T, when: (values: Record<string, any>) => boolean): T {
  conditions.set(element, when);
  return element;
}

export function applyConditions(form: HTMLElement): void {
  const values = readValues(form, { includeHidden: true });
  for (const element of form.querySelectorAll<HTMLElement>('[data-field]')) {
    const when = conditions.get(element);
    if (when) element.hidden = !when(values);
  }
}

/** A form that is validated by us (novalidate), with a summary line for errors without a field. */
export function form(attrs: Attrs, ...children: Child[]): HTMLFormElement {
  const element = h('form', { novalidate: true, ...attrs }, h('div', { class: 'form-error', role: 'alert', tabindex: '-1', hidden: true }), ...children);
  element.addEventListener('change', () => applyConditions(element));
  queueMicrotask(() => applyConditions(element));
  return element;
}

function setPath(target: Record<string, any>, path: string, value: unknown): void {
  const segments = path.split('.');
  let node: any = target;
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    const key: string | number = /^\d+$/.test(segment) ? Number(segment) : segment;
    if (last) {
      node[key] = value;
      return;
    }
    const nextIsIndex = /^\d+$/.test(segments[i + 1]!);
    node[key] ??= nextIsIndex ? [] : {};
    node = node[key];
  });
}

function ensureParent(target: Record<string, any>, path: string): void {
  const segments = path.split('.').slice(0, -1);
  let node: any = target;
  segments.forEach((segment, i) => {
    const key: string | number = /^\d+$/.test(segment) ? Number(segment) : segment;
    const nextIsIndex = /^\d+$/.test(path.split('.')[i + 1]!);
    node[key] ??= nextIsIndex ? [] : {};
    node = node[key];
  });
}

/** The form's values as the request body: nested by data-path, empty optional text left out. */
export function readValues(root: ParentNode, options: { includeHidden?: boolean } = {}): Record<string, any> {
  const values: Record<string, any> = {};
  for (const element of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-path]')) {
    if (!('value' in element)) continue; // the signature canvas carries a data-path for its errors only
    if (!options.includeHidden && element.closest('[hidden]')) continue;
    if (element.disabled && element.type !== 'radio') continue;
    const path = element.dataset.path!;
    const type = element.dataset.type ?? 'text';
    // Groups exist even when all their fields are empty, so "required" lands on the field itself
    // (`customer.name`), as the server would report it for the same body.
    if (path.includes('.')) ensureParent(values, path);
    if (element instanceof HTMLInputElement && element.type === 'radio') {
      if (element.checked) setPath(values, path, element.value);
      continue;
    }
    if (type === 'boolean') {
      setPath(values, path, (element as HTMLInputElement).checked);
      continue;
    }
    const raw = element.value.trim();
    if (raw === '') continue;
    if (type === 'number') setPath(values, path, Number.isFinite(Number(raw)) ? Number(raw) : raw);
    else if (type === 'lines') setPath(values, path, raw.split(/\n+/).map((line) => line.trim()).filter(Boolean));
    else if (type === 'instant') setPath(values, path, shanghaiInstant(raw) ?? raw);
    else if (type === 'yuan') setPath(values, path, parseYuan(raw) ?? raw);
    else if (type === 'percent') setPath(values, path, /^\d+(\.\d{1,2})?$/.test(raw) ? Math.round(Number(raw) * 100) : raw);
    else setPath(values, path, raw);
  }
  return values;
}

/** Field problems of `data` under the server's own schema, in the current language (none when valid). */
export function check(schema: z.ZodMiniType, data: unknown): FieldMessage[] {
  try {
    parseWith(schema, data);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.fields.map((f) => ({ path: f.path, message: serverText(f.key, f.params) }));
    throw error;
  }
}

export function clearErrors(root: HTMLElement): void {
  for (const element of root.querySelectorAll('[aria-invalid="true"]')) element.removeAttribute('aria-invalid');
  for (const element of root.querySelectorAll<HTMLElement>('.field > .error, fieldset > .error')) {
    element.textContent = '';
    element.hidden = true;
  }
  for (const element of root.querySelectorAll<HTMLElement>('.field.invalid')) element.classList.remove('invalid');
  const summary = root.querySelector<HTMLElement>('.form-error');
  if (summary) {
    summary.textContent = '';
    summary.hidden = true;
  }
}

/** The input for a path, or for the nearest enclosing path (`items.ladder` → `items`). */
function targetFor(root: HTMLElement, path: string): HTMLElement | undefined {
  const segments = path.split('.');
  while (segments.length > 0) {
    const selector = `[data-path="${CSS.escape(segments.join('.'))}"]`;
    const found = [...root.querySelectorAll<HTMLElement>(selector)].find((element) => !element.closest('[hidden]'));
    if (found) return found;
    segments.pop();
  }
  return undefined;
}

/**
 * Shows each message next to its field and the rest (and `summary`) at the top of the form, then
 * moves the focus to the first invalid field (or to the summary).
 */
export function showErrors(root: HTMLElement, fields: FieldMessage[], summary?: string): void {
  clearErrors(root);
  const unmatched: string[] = [];
  for (const problem of fields) {
    const target = targetFor(root, problem.path);
    const container = target?.closest<HTMLElement>('.field');
    const error = container?.querySelector<HTMLElement>(':scope > .error');
    if (!target || !error) {
      unmatched.push(problem.message);
      continue;
    }
    error.textContent = error.textContent ? `${error.textContent}${semiSep()}${problem.message}` : problem.message;
    error.hidden = false;
    container!.classList.add('invalid');
    if (container!.tagName === 'FIELDSET') for (const input of container!.querySelectorAll('input')) input.setAttribute('aria-invalid', 'true');
    else target.setAttribute('aria-invalid', 'true');
  }
  const summaryElement = root.querySelector<HTMLElement>('.form-error');
  const lines = [summary, ...unmatched].filter(Boolean) as string[];
  if (summaryElement && lines.length) {
    summaryElement.replaceChildren(...lines.map((line) => h('span', { class: 'line' }, line)));
    summaryElement.hidden = false;
  }
  const first = root.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (first) {
    first.focus();
    first.scrollIntoView?.({ block: 'center' });
  } else if (summaryElement && !summaryElement.hidden) summaryElement.focus();
}

/** Shows an API failure: field errors next to their fields, the message in the summary. */
export function showFailure(root: HTMLElement, error: unknown): void {
  if (error instanceof ApiError) showErrors(root, error.fields, error.message);
  else showErrors(root, [], t('app.unknownError', { message: (error as Error)?.message ?? String(error) }));
}

/** What `send` gets: values the schema accepted are its input (what the API's body is typed by); without one, what the form holds. */
export type SubmittedValues<S extends z.ZodMiniType> = [S] extends [never] ? Record<string, any> : z.input<S>;

/**
 * Standard submit flow: check with the schema (if given), call `send`, show errors or call `done`.
 * The submit button is disabled while the request runs.
 */
export function onSubmit<T, S extends z.ZodMiniType = never>(
  element: HTMLFormElement,
  options: { schema?: S; values?: () => Record<string, any>; extraCheck?: (values: Record<string, any>) => FieldMessage[]; send: (values: SubmittedValues<S>) => Promise<T>; done: (result: T) => void },
): void {
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    // The confirmation of the previous action goes; this one's comes with the next render.
    for (const flash of document.querySelectorAll('.flash')) flash.remove();
    const values = options.values ? options.values() : readValues(element);
    const problems = [...(options.schema ? check(options.schema, values) : []), ...(options.extraCheck?.(values) ?? [])];
    if (problems.length) {
      showErrors(element, problems, serverText('validation_failed'));
      return;
    }
    clearErrors(element);
    const buttons = [...element.querySelectorAll<HTMLButtonElement>('button[type="submit"]')];
    for (const button of buttons) button.disabled = true;
    element.setAttribute('aria-busy', 'true');
    try {
      // The schema's check passed, so the values are its input.
      options.done(await options.send(values as SubmittedValues<S>));
    } catch (error) {
      showFailure(element, error);
    } finally {
      for (const button of buttons) button.disabled = false;
      element.removeAttribute('aria-busy');
    }
  });
}

export function submitButton(text: string, attrs: Attrs = {}): HTMLButtonElement {
  return h('button', { type: 'submit', class: 'primary', ...attrs }, text);
}

/** Re-renders `root` with `render` and puts back what the user had typed (by data-path). */
export async function keepValues(root: HTMLElement, render: () => void | Promise<void>): Promise<void> {
  const saved = new Map<string, Array<string | boolean>>();
  for (const element of root.querySelectorAll<HTMLInputElement>('[data-path]')) {
    const list = saved.get(element.dataset.path!) ?? [];
    list.push(element.type === 'checkbox' || element.type === 'radio' ? element.checked : element.value);
    saved.set(element.dataset.path!, list);
  }
  await render();
  const used = new Map<string, number>();
  for (const element of root.querySelectorAll<HTMLInputElement>('[data-path]')) {
    const path = element.dataset.path!;
    const index = used.get(path) ?? 0;
    used.set(path, index + 1);
    const value = saved.get(path)?.[index];
    if (value === undefined) continue;
    if (typeof value === 'boolean') element.checked = value;
    else element.value = value;
  }
  for (const element of root.querySelectorAll<HTMLFormElement>('form')) applyConditions(element);
}

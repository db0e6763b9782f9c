/** The frame of every page: header with the language switch, a main region, the document title. */
import { h, mount, type Child } from './dom.ts';
import { keepValues } from './forms.ts';
import { locale, onLocaleChange, setLocale, t } from './i18n.ts';
import type { UiKey } from './strings.ts';

export function languageButton(): HTMLButtonElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'lang',
      lang: locale() === 'en' ? 'zh-CN' : 'en',
      title: t('app.languageLabel'),
      'data-testid': 'language',
      onclick: () => setLocale(locale() === 'en' ? 'zh-CN' : 'en'),
    },
    t('app.language'),
  );
}

/**
 * Renders a public page: `render` fills the main region and is called again (keeping typed values)
 * when the language changes.
 */
export function publicPage(titleKey: UiKey, render: (main: HTMLElement) => void | Promise<void>): void {
  const header = document.getElementById('top')!;
  const main = document.getElementById('main')!;
  const draw = () => {
    document.title = `${t(titleKey)} · ${t('app.company')}`;
    mount(header, h('a', { class: 'skip', href: '#main' }, t('app.skip')), h('div', { class: 'brand' }, t('app.company')), languageButton());
  };
  draw();
  void render(main);
  onLocaleChange(() => {
    draw();
    void keepValues(main, () => render(main));
  });
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', {}, title), ...children);
}

/** The landing page: where customers report a fault and staff sign in. */
import { h, mount } from '../core/dom.ts';
import { t } from '../core/i18n.ts';
import { publicPage } from '../core/shell.ts';

publicPage('app.company', (main) =>
  mount(
    main,
    h('h1', {}, t('app.company')),
    h('p', { class: 'intro' }, t('home.intro')),
    h('ul', { class: 'cards' }, h('li', { class: 'card' }, h('a', { class: 'button primary wide', href: '/report.html' }, t('home.report'))), h('li', { class: 'card' }, h('a', { class: 'button secondary wide', href: '/staff/' }, t('home.staff')))),
  ),
);

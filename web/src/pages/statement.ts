/** The fee statement page (FLOW-5): reached by the signed link in the statement email. */
import { h, mount, notice } from '../core/dom.ts';
import { t } from '../core/i18n.ts';
import { publicPage } from '../core/shell.ts';

publicPage('statement.title', (main) => mount(main, h('h1', {}, t('statement.title')), notice(t('later.pending'), 'info')));

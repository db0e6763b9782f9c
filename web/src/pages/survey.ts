/** The satisfaction survey page (FLOW-4): reached by the signed link in the follow-up email. */
import { h, mount, notice } from '../core/dom.ts';
import { t } from '../core/i18n.ts';
import { publicPage } from '../core/shell.ts';

publicPage('survey.title', (main) => mount(main, h('h1', {}, t('survey.title')), notice(t('later.pending'), 'info')));

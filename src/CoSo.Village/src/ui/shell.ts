import { getLang, setLang, t } from '../i18n';
import { formatDateTime } from '../parse';
import { counts, onChange, state } from '../store';
import { sync } from '../sync';
import { clear, h } from './dom';
import { go } from './common';

/** The unlocked app's frame: header, sync status bar, the view. */
export function shell(root: HTMLElement, onLock: () => void, onLang: () => void): { view: HTMLElement; dispose: () => void } {
  const view = h('main', { id: 'view' });
  const last = h('span', { testid: 'sync-last' });
  const waiting = h('span', { testid: 'sync-waiting' });
  const failed = h('span', { testid: 'sync-failed' });
  const conflicts = h('span', { testid: 'sync-conflicts' });
  const offline = h('span', { class: 'badge offline', testid: 'offline-badge' }, t('offline'));
  const message = h('div', { class: 'sync-message', testid: 'sync-error', role: 'status' });
  const button = h('button', { testid: 'sync-button', class: 'primary small', onclick: () => void sync() }, t('sync'));

  const bar = h('section', { class: 'syncbar', testid: 'sync-bar' },
    h('div', { class: 'syncline' },
      h('span', null, `${t('lastSync')}: `, last),
      h('span', null, `${t('waiting')}: `, waiting),
      h('span', { class: 'fail' }, `${t('failed')}: `, failed),
      h('span', { class: 'fail' }, `${t('conflicts')}: `, conflicts),
      offline, button),
    message);

  function update(): void {
    const c = counts();
    last.textContent = state.lastSync ? formatDateTime(state.lastSync) : t('never');
    last.dataset.value = state.lastSync ? String(state.lastSync) : '';
    waiting.textContent = String(c.waiting);
    failed.textContent = String(c.failed);
    conflicts.textContent = String(c.conflicts);
    offline.hidden = navigator.onLine;
    button.disabled = state.syncing;
    button.textContent = state.syncing ? t('syncing') : t('sync');
    message.textContent = state.syncing ? '' : state.lastError ?? '';
    message.hidden = !message.textContent;
  }

  const header = h('header', { class: 'top' },
    h('button', { class: 'title', testid: 'nav-home', title: t('appName'), onclick: () => go('#/') }, t('appShort')),
    h('nav', null,
      h('button', { testid: 'nav-records', onclick: () => go('#/records') }, t('records')),
      h('button', { testid: 'nav-notify', onclick: () => go('#/notify') }, t('notifyStation')),
      h('button', { testid: 'lang-switch', title: t('langSwitchLabel'), 'aria-label': t('langSwitchLabel'), onclick: () => { setLang(getLang() === 'vi' ? 'en' : 'vi'); onLang(); } }, t('langSwitch')),
      h('button', { testid: 'lock-button', onclick: onLock }, t('lock'))));

  const flash = h('p', { class: 'flash', testid: 'flash', role: 'status', hidden: true });
  clear(root, header, bar, flash, view);
  update();
  const off = onChange(update);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  return { view, dispose: () => { off(); window.removeEventListener('online', update); window.removeEventListener('offline', update); } };
}

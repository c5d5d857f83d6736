import { getMeta, type DeviceMeta } from '../db';
import { getLang, setLang, t } from '../i18n';
import { clearMemory, loadAll, onChange, state } from '../store';
import { onReregister, onSessionEnded, onWipe, sync, wipeLocal } from '../sync';
import { pinSetupScreen, repinScreen, signInScreen, unlockScreen } from './auth';
import { clear, h } from './dom';
import { caseForm, fixForm, hideFlash, notifyForm, outcomeForm, phoneForm, visitForm } from './forms';
import { homeView } from './home';
import { recordsView } from './records';
import { residentView } from './resident';
import { shell } from './shell';
import { noteNavigation } from './common';

/** The app's states: signed out → PIN set → unlocked (routes by hash) ⇄ locked; wipe returns to signed out. */
const root = document.getElementById('app')!;
let disposeShell: (() => void) | null = null;
let disposeView: (() => void) | null = null;
let view: HTMLElement | null = null;
let hiddenAt = 0;
const AUTO_LOCK_MS = 5 * 60_000;
const SYNC_EVERY_MS = 10 * 60_000;

export async function start(): Promise<void> {
  onWipe(() => showSignIn(t('wiped'), 'wipe-message'));
  onSessionEnded(() => { if (view) renderRoute(); });
  onReregister(() => { if (view) renderRoute(); });
  window.addEventListener('hashchange', () => { noteNavigation(); if (view) renderRoute(); });
  window.addEventListener('online', () => { if (state.key) void sync(); });
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) hiddenAt = Date.now();
    else if (state.key && hiddenAt && Date.now() - hiddenAt > AUTO_LOCK_MS) lock();
  });
  setInterval(() => { if (state.key && navigator.onLine) void sync(); }, SYNC_EVERY_MS);
  await showStart();
}

async function showStart(message?: string): Promise<void> {
  const device = await getMeta<DeviceMeta>('device');
  if (!device) showSignIn(message);
  else showUnlock(device);
}

function leaveApp(): void {
  disposeView?.(); disposeView = null;
  disposeShell?.(); disposeShell = null;
  view = null;
}

function showSignIn(message?: string, messageTestid?: string): void {
  leaveApp();
  signInScreen(frame(), { message, messageTestid, onRegistered: (reg) => pinSetupScreen(frame(), reg, () => void enter(true)) });
}

function showUnlock(device: DeviceMeta): void {
  leaveApp();
  unlockScreen(frame(), device, () => void enter(false), async () => { await wipeLocal(); showSignIn(); });
}

/** The signed-out screens: the app's name and the language switch above a card. */
function frame(): HTMLElement {
  const body = h('main', { id: 'view' });
  clear(root, h('header', { class: 'top' }, h('span', { class: 'title' }, t('appName')),
    h('nav', null, h('button', { testid: 'lang-switch', title: t('langSwitchLabel'), 'aria-label': t('langSwitchLabel'), onclick: async () => {
      setLang(getLang() === 'vi' ? 'en' : 'vi');
      leaveApp();
      await showStart();
    } }, t('langSwitch')))), body);
  return body;
}

async function enter(first: boolean): Promise<void> {
  if (!first) await loadAll();
  // ask the browser not to evict the village and the queue under storage pressure (granted to installed PWAs)
  void navigator.storage?.persist?.().catch(() => false);
  mountShell();
  if (!location.hash) location.hash = '#/';
  renderRoute();
  if (navigator.onLine) void sync();
}

function mountShell(): void {
  leaveApp();
  const s = shell(root, lock, () => { mountShell(); renderRoute(); });
  view = s.view;
  const off = onChange(() => { if (view && !isForm()) refresh?.(); });
  disposeShell = () => { s.dispose(); off(); };
}

function lock(): void {
  leaveApp();
  clearMemory();
  void showStart();
}

let refresh: (() => void) | null = null;
const isForm = () => /\/(visit|outcome|phone|notify|case)$|^#\/(notify|case|fix\/)/.test(location.hash);

function renderRoute(): void {
  if (!view) return;
  disposeView?.(); disposeView = null; refresh = null;
  const v = view;
  const hash = location.hash || '#/';
  hideFlash(isForm());
  if (state.needsRegistration && !isForm()) return showReregister(v);
  if (state.sessionEnded && !isForm()) return showReauth(v);
  const m = /^#\/r\/([^/]+)(?:\/(\w+))?$/.exec(hash);
  if (m) {
    const [, id, action] = m;
    switch (action) {
      case 'visit': visitForm(v, id); break;
      case 'outcome': outcomeForm(v, id); break;
      case 'phone': phoneForm(v, id); break;
      case 'notify': notifyForm(v, id); break;
      case 'case': caseForm(v, id); break;
      default: residentView(v, id); refresh = () => residentView(v, id);
    }
  } else if (hash === '#/records') {
    recordsView(v); refresh = () => recordsView(v);
  } else if (hash === '#/notify') {
    notifyForm(v, null);
  } else if (hash === '#/case') {
    caseForm(v, null);
  } else if (hash.startsWith('#/fix/')) {
    const r = state.records.get(hash.slice(6));
    if (r) fixForm(v, r); else recordsView(v);
  } else {
    refresh = homeView(v);
  }
}

/** A 401: the session ended. The data and queue stay; the worker signs in again (same account) to sync. */
function showReauth(v: HTMLElement): void {
  signInScreen(v, {
    message: t('sessionEnded'), messageTestid: 'session-message', reauthFor: state.userName,
    onReauth: () => { state.sessionEnded = false; renderRoute(); void sync(); },
    onCancel: () => { state.sessionEnded = false; renderRoute(); },
  });
}

/** The server no longer knows this phone: sign in (same account), register again, confirm the PIN, reseal, sync. */
function showReregister(v: HTMLElement): void {
  signInScreen(v, {
    message: t('reregister'), messageTestid: 'reregister-message', reauthFor: state.userName, register: true,
    onRegistered: (reg) => repinScreen(v, reg, () => { renderRoute(); void sync(); }),
    onCancel: () => { state.needsRegistration = false; renderRoute(); },
  });
}

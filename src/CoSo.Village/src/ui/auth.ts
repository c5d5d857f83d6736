import { api, deviceName, HttpError, NetworkError } from '../api';
import { fromBase64, unwrapDataKey, wrapDataKey } from '../crypto';
import { db, getMeta, setMeta, type DeviceMeta } from '../db';
import { t } from '../i18n';
import { rekey, saveSecrets, state } from '../store';
import { clear, field, h } from './dom';

/** Sign-in, first-use PIN, unlock. */

export interface Registration { userName: string; deviceId: string; deviceToken: string; dataKey: string }

export function signInScreen(root: HTMLElement, opts: {
  message?: string; messageTestid?: string; reauthFor?: string; register?: boolean;
  onRegistered?: (r: Registration) => void; onReauth?: () => void; onCancel?: () => void;
}): void {
  const user = h('input', { testid: 'login-user', autocomplete: 'username', autocapitalize: 'none', value: opts.reauthFor ?? '' });
  const password = h('input', { testid: 'login-password', type: 'password', autocomplete: 'current-password' });
  const totp = h('input', { testid: 'login-totp', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 6 });
  const totpField = field(t('totp'), totp);
  totpField.hidden = true;
  const error = h('div', { class: 'error', testid: 'login-error', role: 'alert' });
  const submit = h('button', { testid: 'login-submit', type: 'submit', class: 'primary' }, t('signIn'));
  const form = h('form', { class: 'card', onsubmit: onSubmit },
    h('h2', null, t('signInTitle')),
    opts.message ? h('p', { class: 'notice', testid: opts.messageTestid ?? 'login-message' }, opts.message) : null,
    field(t('userName'), user), field(t('password'), password), totpField, error, submit,
    opts.onCancel ? h('button', { type: 'button', testid: 'login-cancel', onclick: opts.onCancel }, t('cancel')) : null);
  clear(root, form);
  (opts.reauthFor ? password : user).focus();

  async function onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    error.textContent = '';
    const userName = user.value.trim();
    if (opts.reauthFor && userName.toLowerCase() !== opts.reauthFor.toLowerCase()) {
      error.textContent = t('otherUser', opts.reauthFor);
      return;
    }
    submit.disabled = true;
    submit.textContent = t('signingIn');
    try {
      await api.login(userName, password.value, totp.value.trim());
      if (opts.reauthFor && !opts.register) { opts.onReauth?.(); return; }
      submit.textContent = t('registering');
      const reg = await api.registerDevice(deviceName());
      opts.onRegistered?.({ userName, ...reg });
    } catch (ex) {
      if (ex instanceof HttpError && ex.code === 'auth.totp') totpField.hidden = false;
      error.textContent = ex instanceof NetworkError ? t('needNetwork') : ex instanceof HttpError ? ex.title : String(ex);
    } finally {
      submit.disabled = false;
      submit.textContent = t('signIn');
    }
  }
}

const PIN_RE = /^\d{4,6}$/;

export function pinSetupScreen(root: HTMLElement, reg: Registration, onDone: () => void): void {
  const pin = h('input', { testid: 'pin-input', type: 'password', inputmode: 'numeric', autocomplete: 'new-password', maxlength: 6 });
  const again = h('input', { testid: 'pin-confirm', type: 'password', inputmode: 'numeric', autocomplete: 'new-password', maxlength: 6 });
  const error = h('div', { class: 'error', testid: 'pin-error', role: 'alert' });
  const submit = h('button', { testid: 'pin-submit', type: 'submit', class: 'primary' }, t('pinSave'));
  clear(root, h('form', { class: 'card', onsubmit: onSubmit },
    h('h2', null, t('pinSetTitle')), h('p', null, t('pinSetHelp')),
    field(t('pin'), pin), field(t('pinConfirm'), again), error, submit));
  pin.focus();

  async function onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    if (!PIN_RE.test(pin.value)) { error.textContent = t('pinFormat'); return; }
    if (pin.value !== again.value) { error.textContent = t('pinMismatch'); return; }
    submit.disabled = true;
    const { stored, key } = await wrapDataKey(fromBase64(reg.dataKey), pin.value);
    reg.dataKey = '';
    state.key = key;
    state.device = { deviceId: reg.deviceId, deviceToken: reg.deviceToken };
    state.userName = reg.userName;
    // The device is kept only once its key is safe under the PIN: a tab closed before this registers afresh.
    await saveSecrets(state.device);
    await setMeta('device', { deviceId: reg.deviceId, userName: reg.userName, key: stored } satisfies DeviceMeta);
    onDone();
  }
}

const MAX_FREE_TRIES = 5;

export function unlockScreen(root: HTMLElement, device: DeviceMeta, onUnlocked: () => void, onErase: () => void): void {
  const pin = h('input', { testid: 'pin-input', type: 'password', inputmode: 'numeric', autocomplete: 'current-password', maxlength: 6 });
  const error = h('div', { class: 'error', testid: 'pin-error', role: 'alert' });
  const submit = h('button', { testid: 'pin-submit', type: 'submit', class: 'primary' }, t('unlock'));
  const erase = h('button', { type: 'button', class: 'link danger', testid: 'erase-device', onclick: async () => {
    const waiting = await db.records.where('status').equals('queued').count();
    if (confirm(t('eraseConfirm', waiting))) onErase();
  } }, t('eraseDevice'));
  clear(root, h('form', { class: 'card', onsubmit: onSubmit },
    h('h2', null, t('unlockTitle')), h('p', null, t('unlockHelp', device.userName)),
    field(t('pin'), pin), error, submit, erase));
  pin.focus();

  async function onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    error.textContent = '';
    const lockedUntil = (await getMeta<number>('pinLockedUntil')) ?? 0;
    if (Date.now() < lockedUntil) { error.textContent = t('pinLocked', Math.ceil((lockedUntil - Date.now()) / 1000)); return; }
    submit.disabled = true;
    submit.textContent = t('unlocking');
    const started = performance.now();
    try {
      state.key = await unwrapDataKey(device.key, pin.value);
      state.timings.unlockMs = Math.round(performance.now() - started);
      document.body.dataset.unlockMs = String(state.timings.unlockMs);
      state.userName = device.userName;
      await setMeta('pinFailures', 0);
      onUnlocked();
    } catch {
      const failures = ((await getMeta<number>('pinFailures')) ?? 0) + 1;
      await setMeta('pinFailures', failures);
      if (failures >= MAX_FREE_TRIES) {
        const seconds = Math.min(3600, 30 * 2 ** (failures - MAX_FREE_TRIES));
        await setMeta('pinLockedUntil', Date.now() + seconds * 1000);
        error.textContent = t('pinLocked', seconds);
      } else {
        error.textContent = t('pinWrong');
      }
      pin.value = '';
      pin.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = t('unlock');
    }
  }
}

/** After registering again: the current PIN (checked against the stored key) wraps the new data key; all is resealed. */
export function repinScreen(root: HTMLElement, reg: Registration, onDone: () => void): void {
  const pin = h('input', { testid: 'pin-input', type: 'password', inputmode: 'numeric', autocomplete: 'current-password', maxlength: 6 });
  const error = h('div', { class: 'error', testid: 'pin-error', role: 'alert' });
  const submit = h('button', { testid: 'pin-submit', type: 'submit', class: 'primary' }, t('unlock'));
  clear(root, h('form', { class: 'card', onsubmit: onSubmit },
    h('h2', null, t('repinTitle')), h('p', null, t('repinHelp')), field(t('pin'), pin), error, submit));
  pin.focus();

  async function onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    const device = await getMeta<DeviceMeta>('device');
    if (!device) return;
    try {
      await unwrapDataKey(device.key, pin.value);
    } catch {
      error.textContent = t('pinWrong');
      return;
    }
    submit.disabled = true;
    const { stored, key } = await wrapDataKey(fromBase64(reg.dataKey), pin.value);
    reg.dataKey = '';
    await rekey(key, { deviceId: reg.deviceId, deviceToken: reg.deviceToken });
    await setMeta('device', { deviceId: reg.deviceId, userName: device.userName, key: stored } satisfies DeviceMeta);
    state.needsRegistration = false;
    onDone();
  }
}

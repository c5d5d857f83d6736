import { registerSW } from 'virtual:pwa-register';
import { getLang, setLang } from './i18n';
import { start } from './ui/app';
import './style.css';

setLang(getLang());
registerSW({ immediate: true });
void start();

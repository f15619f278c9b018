// Vitest: English loaded before any test renders, as main.tsx does in the app for who chose it, so
// `<I18nProvider initial="en">` shows English from its first render.
import { loadLanguage } from './index';

await loadLanguage('en');

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import type { Locale } from 'antd/es/locale';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { zh, type MessageKey } from './zh';

export type Lang = 'zh' | 'en';
type Messages = Record<MessageKey, string>;

// Chinese is the default and ships with the first page; English (its messages and antd's en_US) is a chunk of
// its own, loaded on the switch or, for who chose it before, by main.tsx before the first render.
const loaded: Partial<Record<Lang, { messages: Messages; antd: Locale }>> = { zh: { messages: zh, antd: zhCN } };

/** Loads a language's messages once; resolves when `lang` can be shown. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (loaded[lang]) return;
  const [{ en }, enUS] = await Promise.all([import('./en'), import('antd/es/locale/en_US')]);
  loaded.en = { messages: en, antd: enUS.default };
}
type Translate = (key: MessageKey, values?: Record<string, string | number | undefined>) => string;
interface I18n { lang: Lang; t: Translate; setLang: (lang: Lang) => void }

// Text colours darkened from antd's defaults so every text passes WCAG AA contrast (axe in the browser tests).
const THEME = {
  token: {
    colorPrimary: '#1554ad',
    colorLink: '#1554ad',
    colorInfo: '#1554ad',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.55)',
  },
};

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'shuangsuiji.lang';

export function format(text: string, values?: Record<string, string | number | undefined>): string {
  return values ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? '')) : text;
}

/** The language chosen on this browser before (Chinese unless English was chosen). */
export function storedLanguage(): Lang {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const wanted = initial ?? storedLanguage();
  // a language not loaded yet shows Chinese until it is (main.tsx loads the stored one before rendering)
  const [lang, setLangState] = useState<Lang>(() => (loaded[wanted] ? wanted : 'zh'));
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    loadLanguage(next).then(() => setLangState(next), () => {});
  }, []);
  useEffect(() => {
    // also for the language restored at start, so screen readers read the page in it
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  useEffect(() => {
    if (wanted !== lang && !loaded[wanted]) loadLanguage(wanted).then(() => setLangState(wanted), () => {});
    // only on mount: later changes go through setLang
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const current = loaded[lang] ?? loaded.zh!;
  const value = useMemo<I18n>(() => {
    dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
    return { lang, setLang, t: (key, values) => format(current.messages[key], values) };
  }, [lang, setLang, current]);
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={current.antd} theme={THEME} button={{ autoInsertSpace: false }}>
        {children}
      </ConfigProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

/** Looks up a key built from data (a status, a kind); shows the raw value when the key is unknown. */
export function useLabel() {
  const { t } = useI18n();
  return (prefix: string, value: string | undefined) => {
    if (!value) return '';
    const key = (prefix + value) as MessageKey;
    return key in zh ? t(key) : value;
  };
}

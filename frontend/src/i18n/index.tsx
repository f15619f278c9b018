import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { zh, type MessageKey } from './zh';
import { en } from './en';

export type Lang = 'zh' | 'en';
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

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh'));
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    dayjs.locale(next === 'zh' ? 'zh-cn' : 'en');
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const messages = lang === 'zh' ? zh : en;
    dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
    return { lang, setLang, t: (key, values) => format(messages[key], values) };
  }, [lang, setLang]);
  return (
    <I18nContext.Provider value={value}>
      <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={THEME} button={{ autoInsertSpace: false }}>
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

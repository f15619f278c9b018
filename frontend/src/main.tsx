import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
import { loadLanguage, storedLanguage } from './i18n';
import { registerServiceWorker } from './sw/register';
import './styles.css';

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// English is a chunk of its own: who chose it before gets it before the first render (no Chinese flash);
// if it cannot load, the app starts in Chinese
loadLanguage(storedLanguage()).then(render, render);

// offline start and the on-site reads without a connection (src/sw/); not in dev, where Vite serves modules
if (import.meta.env.PROD) registerServiceWorker();

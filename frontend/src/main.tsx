import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
import { registerServiceWorker } from './sw/register';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// offline start and the on-site reads without a connection (src/sw/); not in dev, where Vite serves modules
if (import.meta.env.PROD) registerServiceWorker();

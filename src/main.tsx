import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Inside another site's frame the app could be made to show or change a user's data under a
// disguise (clickjacking). Hosts that cannot send frame-ancestors still get this refusal.
const framed = (() => {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
})();

if (framed) {
  root.textContent = 'Pipeline Seams does not run inside another page. Open it in its own tab.';
} else {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
  // Offline support starts once the page has loaded, so none of it delays or weighs on the first load.
  window.addEventListener('load', () => void import('./features/notices/registerOffline').then((m) => m.registerOffline()), { once: true });
}

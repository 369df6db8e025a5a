import { appStore } from '../../store/appStore';
import { selectActive } from '../../store/selectors';
import { downloadText, type ClipContent } from './browserFiles';
import { failed, say } from './flash';

export function mermaidContent(): Promise<ClipContent> {
  return import('../../share/mermaid').then((m) => ({ text: m.toMermaid(selectActive(appStore.getState())) }));
}

export function downloadMermaid(): Promise<void> {
  return import('../../share/mermaid')
    .then((m) => {
      const ws = selectActive(appStore.getState());
      const name = m.mermaidFileName(ws.name);
      downloadText(name, m.toMermaid(ws), 'text/vnd.mermaid');
      say('done', `Downloaded ${name}.`);
    })
    .catch(failed('The Mermaid download'));
}

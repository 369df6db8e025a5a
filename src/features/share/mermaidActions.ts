import { appStore } from '../../store/appStore';
import { selectActive } from '../../store/selectors';
import { copyToClipboard, downloadText } from './browserFiles';
import { failed, say } from './fileActions';

export function copyMermaid(): Promise<void> {
  return import('../../share/mermaid')
    .then((m) => copyToClipboard(m.toMermaid(selectActive(appStore.getState()))))
    .then(() => say('done', 'Copied the pipeline as a Mermaid flowchart: paste it into a Markdown doc, a wiki or back into Import.'))
    .catch(failed('Copying the Mermaid flowchart'));
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

import { appStore } from '../../store/appStore';
import { selectActive } from '../../store/selectors';
import { downloadText, type ClipContent } from './browserFiles';
import { failed, say } from './flash';

/** The write-up and the knowledge base it reads are loaded together, only when asked for. */
async function writeup() {
  const [m, { loadDiagnosis }] = await Promise.all([import('../../share/writeup'), import('../../domain/diagnosis/load')]);
  const ws = selectActive(appStore.getState());
  const model = m.writeupModel(ws, appStore.getState().diagnosis ?? loadDiagnosis());
  return { m, ws, model };
}

/** Markdown for docs and tickets, with the same content as HTML so rich editors paste a real table. */
export function writeupContent(): Promise<ClipContent> {
  return writeup().then(({ m, model }) => ({ text: m.toMarkdown(model), html: m.toHtml(model) }));
}

export function downloadWriteup(): Promise<void> {
  return writeup()
    .then(({ m, ws, model }) => {
      const name = m.writeupFileName(ws.name);
      downloadText(name, m.toMarkdown(model), 'text/markdown');
      say('done', `Downloaded ${name}.`);
    })
    .catch(failed('The Markdown download'));
}

/** Lays out the graph image and the write-up for paper, then opens the browser's print dialog. */
export function printWriteup(): Promise<void> {
  return Promise.all([writeup(), import('./graphImage').then((g) => g.captureGraph('png')).catch(() => null)])
    .then(([{ m, model }, image]) => {
      appStore.getState().setPrintJob({ html: m.toHtml(model), image: image ? URL.createObjectURL(image.blob) : null });
      appStore.getState().showFlash(null);
    })
    .catch(failed('Preparing the print'));
}

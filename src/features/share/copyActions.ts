import { copyLater } from './browserFiles';
import { loadActions } from './lazyAction';
import { failed, say } from './flash';


/** Called inside the click: the content is made in the actions chunk while the clipboard waits for it. */
export function copyWriteupNow(): void {
  copyLater(loadActions().then((m) => m.writeupContent()), true).then(
    () => say('done', 'Copied the incident write-up as Markdown: paste it into the incident doc or ticket.'),
    failed('Copying the write-up'),
  );
}

export function copyMermaidNow(): void {
  copyLater(loadActions().then((m) => m.mermaidContent()), false).then(
    () => say('done', 'Copied the pipeline as a Mermaid flowchart: paste it into a Markdown doc, a wiki or back into Import.'),
    failed('Copying the Mermaid flowchart'),
  );
}

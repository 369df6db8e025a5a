import { useEffect, useState } from 'react';
import { Button } from '../../components/ui/Button';
import { FIELD } from '../../components/ui/fieldStyle';
import { Modal } from '../../components/ui/Modal';
import { appStore, useApp } from '../../store/appStore';
import { selectActive } from '../../store/selectors';
import { copyToClipboard } from './browserFiles';
import { downloadWorkspaceFile } from './fileActions';

type Link = { url: string; limit: number } | { problem: string };

/** The link to drop in a channel: the whole workspace travels in its fragment, never to a server. */
export function ShareLinkDialog() {
  const ws = useApp(selectActive);
  const [link, setLink] = useState<Link | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const close = () => appStore.getState().openShareDialog(null);

  useEffect(() => {
    let live = true;
    import('../../share/link/shareLink')
      .then(({ toShareUrl, CHAT_LINK_LIMIT }) => live && setLink({ url: toShareUrl(window.location.href, ws), limit: CHAT_LINK_LIMIT }))
      .catch(() => live && setLink({ problem: 'The link could not be made: part of the app did not load. Reload and try again.' }));
    return () => {
      live = false;
    };
  }, [ws]);

  const tooLong = link && 'url' in link && link.url.length > link.limit;
  return (
    <Modal title="Share link" onClose={close} testId="share-link-dialog">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Anyone who opens this link gets a copy of “{ws.name || 'Untitled'}”: graph, clauses, notes and the walkthrough trail. It opens as a new workspace in their browser; nothing is uploaded anywhere.
      </p>
      {!link && <p className="text-sm">Making the link…</p>}
      {link && 'problem' in link && <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">{link.problem}</p>}
      {link && 'url' in link && (
        <>
          <label className="block text-sm font-medium" htmlFor="share-link-url">Link</label>
          <textarea id="share-link-url" data-testid="share-link-url" readOnly rows={3} value={link.url} onFocus={(e) => e.currentTarget.select()} className={`${FIELD} w-full font-mono text-xs break-all`} />
          <p data-testid="share-link-length" className={`text-sm ${tooLong ? 'font-medium text-amber-800 dark:text-amber-300' : 'text-slate-600 dark:text-slate-300'}`}>
            {link.url.length.toLocaleString('en')} characters.{' '}
            {tooLong
              ? `That is more than chat tools and ticket fields reliably accept (about ${link.limit.toLocaleString('en')}). Share the workspace file instead.`
              : 'Short enough for chat tools and tickets.'}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              variant={tooLong ? 'secondary' : 'primary'}
              data-testid="share-link-copy"
              onClick={() =>
                copyToClipboard(link.url).then(
                  () => setCopied('Link copied to the clipboard.'),
                  () => setCopied('The browser refused the clipboard: select the link above and copy it.'),
                )
              }
            >
              Copy link
            </Button>
            <Button variant={tooLong ? 'primary' : 'secondary'} onClick={() => void downloadWorkspaceFile()}>
              Download workspace file
            </Button>
          </div>
          <p role="status" className="min-h-5 text-sm text-emerald-800 dark:text-emerald-300">{copied}</p>
        </>
      )}
    </Modal>
  );
}

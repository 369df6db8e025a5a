import { Button } from '../../components/ui/Button';
import { Modal } from '../../components/ui/Modal';
import { appStore, useApp } from '../../store/appStore';

/** The same link opened twice: offer the copy already made rather than piling up another. */
export function SharedAgainDialog() {
  const pending = useApp((s) => s.sharedAgain);
  const existing = useApp((s) => (s.sharedAgain ? s.workspaces[s.sharedAgain.existingId] : undefined));
  if (!pending) return null;
  const { resolveSharedAgain } = appStore.getState();
  return (
    <Modal title="You opened this link before" onClose={() => resolveSharedAgain('cancel')} testId="shared-again-dialog">
      <p className="text-sm">
        Your copy “{existing?.name || 'Untitled'}” came from this same link
        {existing && existing.updatedAt !== pending.workspace.updatedAt ? ' and has changed since' : ''}. Open that copy, or make another one from the link?
      </p>
      <div className="flex flex-wrap justify-end gap-2">
        <Button onClick={() => resolveSharedAgain('copy')}>Open another copy</Button>
        <Button variant="primary" data-autofocus onClick={() => resolveSharedAgain('existing')}>Open my copy</Button>
      </div>
    </Modal>
  );
}

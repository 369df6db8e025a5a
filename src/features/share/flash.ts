import { appStore } from '../../store/appStore';
import type { Flash } from '../../store/shareSlice';

/** One line in the notice bar saying what a share or export action did. */
export const say = (tone: Flash['tone'], message: string): void => appStore.getState().showFlash({ tone, message });

/** A catch handler that says which action failed and why. */
export const failed = (what: string) => (e: unknown): void => say('problem', `${what} failed: ${e instanceof Error ? e.message : String(e)}`);

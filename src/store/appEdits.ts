import { appStore } from './appStore';
import { pipelineEdits } from './pipelineEdits';

/** The app's hand edits, bound to its one store. */
export const appEdits = pipelineEdits(appStore);

import type { LearnSlice } from './learnSlice';
import type { PipelineSlice } from './pipelineSlice';
import type { ShareSlice } from './shareSlice';
import type { TeachSlice } from './teachSlice';
import type { UiSlice } from './uiSlice';
import type { WalkthroughSlice } from './walkthroughSlice';
import type { WorkspaceSlice } from './workspaceSlice';

export type AppState = WorkspaceSlice & UiSlice & WalkthroughSlice & ShareSlice & TeachSlice & LearnSlice & PipelineSlice;

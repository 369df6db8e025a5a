import type { UiSlice } from './uiSlice';
import type { WorkspaceSlice } from './workspaceSlice';

export type AppState = WorkspaceSlice & UiSlice;

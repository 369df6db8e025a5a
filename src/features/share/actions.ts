/** Every share and export action, in one chunk loaded the first time the menu is used. */
export { downloadImage, downloadWorkspaceFile, openWorkspaceFile } from './fileActions';
export { copyMermaid, downloadMermaid } from './mermaidActions';
export { copyWriteup, downloadWriteup, printWriteup } from './writeupActions';

import type { StateCreator } from 'zustand';
import type { Diagnosis } from '../domain/diagnosis/load';
import { answer, emptySession, toggleSymptom, type Session } from '../domain/diagnosis/session';
import type { Suggestions } from '../domain/diagnosis/suggest';
import type { Answer } from '../domain/diagnosis/types';
import { presetCard } from '../domain/presets/shelf';
import type { Workspace } from '../domain/workspace';
import { nameForTrail } from '../domain/workspaceName';
import { newId, nowIso } from '../lib/ids';
import type { AppState } from './appState';

export type WalkView = 'symptoms' | 'questions' | 'verdict';

export interface WalkthroughSlice {
  walkthroughOpen: boolean;
  walkView: WalkView;
  /** The knowledge base, loaded the first time a walkthrough opens. */
  diagnosis: Diagnosis | null;
  /** While replaying a saved trail: how many of its steps are shown. */
  replayAt: number | null;
  openWalkthrough: () => Promise<void>;
  startScenario: (presetId: string) => Promise<void>;
  closeWalkthrough: () => void;
  setWalkView: (view: WalkView) => void;
  toggleWalkSymptom: (symptomId: string) => void;
  setWalkNotes: (notes: string) => void;
  answerQuestion: (questionId: string, value: Answer) => void;
  /** Picks one option of a question with options, or null for "not sure". */
  answerGroup: (group: string, option: string | null) => void;
  /** What the incident text in the notes suggests, waiting for the user to confirm or change. */
  walkSuggestions: Suggestions | null;
  readIncidentText: () => void;
  dismissSuggestions: () => void;
  /** Takes the symptoms and answers the user confirmed from their incident text. */
  applySuggestions: (symptomIds: readonly string[], answers: readonly { questionId: string; answer: Answer }[]) => void;
  /** Writes the verdict into the contract: broken when settled or confirmed by the user, else suspect. */
  acceptConclusion: (causeId: string, confirmedByUser: boolean) => void;
  setReplayAt: (at: number | null) => void;
}

/** The trail lives in the workspace, so an unfinished walkthrough survives a reload too. */
const sessionOf = (ws: Workspace | undefined): Session => {
  const w = ws?.walkthrough;
  return w ? { symptoms: w.symptoms, notes: w.notes, steps: w.steps } : emptySession();
};

export const createWalkthroughSlice: StateCreator<AppState, [], [], WalkthroughSlice> = (set, get) => {
  const symptomLabel = (id: string | undefined) => (id === undefined ? undefined : (get().diagnosis?.kb.symptoms.find((x) => x.id === id)?.label ?? id));
  const editSession = (fn: (s: Session) => Session) =>
    set((s) => {
      const ws = s.workspaces[s.activeId];
      if (!ws) return {};
      const before = sessionOf(ws);
      const after = fn(before);
      // An untitled triage takes its name from what was seen first, so the list can tell triages apart.
      const name = nameForTrail(ws.name, symptomLabel(before.symptoms[0]), symptomLabel(after.symptoms[0]), new Date());
      // A changed trail is a new diagnosis: any earlier acceptance no longer describes it.
      const next: Workspace = { ...ws, name, updatedAt: nowIso(), walkthrough: after };
      return { workspaces: { ...s.workspaces, [ws.id]: next } };
    });

  const load = async () => {
    if (get().diagnosis) return;
    const { loadDiagnosis } = await import('../domain/diagnosis/load');
    set({ diagnosis: loadDiagnosis() });
  };

  return {
    walkthroughOpen: false,
    walkView: 'symptoms',
    diagnosis: null,
    replayAt: null,
    walkSuggestions: null,
    readIncidentText: () => {
      const d = get().diagnosis;
      const ws = get().workspaces[get().activeId];
      if (d && ws) set({ walkSuggestions: d.suggest(sessionOf(ws).notes, sessionOf(ws)) });
    },
    dismissSuggestions: () => set({ walkSuggestions: null }),
    openWalkthrough: async () => {
      await load();
      const ws = get().workspaces[get().activeId];
      const session = sessionOf(ws);
      const view: WalkView = ws?.walkthrough?.accepted ? 'verdict' : session.steps.length > 0 ? 'questions' : 'symptoms';
      set({ walkthroughOpen: true, walkView: view, selectedSeam: null, lesson: null, replayAt: null, walkSuggestions: null });
    },
    startScenario: async (presetId) => {
      // The full example loads with it; menus only hold its card.
      const [{ presetById, scenarioWorkspace }] = await Promise.all([import('../domain/presets'), load()]);
      const preset = presetById(presetId);
      if (!preset) return;
      const ws = scenarioWorkspace(preset, newId, nowIso());
      set((s) => ({
        workspaces: { ...s.workspaces, [ws.id]: ws },
        activeId: ws.id,
        selectedSeam: null,
        lesson: null,
        walkthroughOpen: true,
        walkView: 'symptoms',
        replayAt: null,
        walkSuggestions: null,
      }));
    },
    closeWalkthrough: () => set({ walkthroughOpen: false, replayAt: null, walkSuggestions: null }),
    setWalkView: (walkView) => set({ walkView, replayAt: null }),
    toggleWalkSymptom: (id) => editSession((s) => toggleSymptom(s, id)),
    // Notes are the user's own words: adding to them keeps an accepted verdict.
    setWalkNotes: (notes) =>
      set((s) => {
        const ws = s.workspaces[s.activeId];
        if (!ws) return {};
        const walkthrough = { ...(ws.walkthrough ?? sessionOf(ws)), notes };
        return { workspaces: { ...s.workspaces, [ws.id]: { ...ws, updatedAt: nowIso(), walkthrough } } };
      }),
    answerQuestion: (questionId, value) => editSession((s) => answer(s, questionId, value)),
    answerGroup: (group, option) => {
      const d = get().diagnosis;
      if (d) editSession((s) => d.answerGroup(s, group, option));
    },
    applySuggestions: (symptomIds, answers) => {
      set({ walkSuggestions: null });
      editSession((s) => {
        let next: Session = { ...s, symptoms: [...new Set([...s.symptoms, ...symptomIds])] };
        // What the user already answered stands; the text only fills what is still open.
        const given = new Set(s.steps.map((x) => x.questionId));
        for (const a of answers) if (!given.has(a.questionId)) next = answer(next, a.questionId, a.answer);
        return next;
      });
    },
    acceptConclusion: (causeId, confirmedByUser) => {
      const d = get().diagnosis;
      const ws = get().workspaces[get().activeId];
      const cause = d?.kb.causes.find((c) => c.id === causeId);
      if (!d || !ws || !cause) return;
      const next = d.accept(ws, cause, sessionOf(ws), newId(), nowIso(), confirmedByUser);
      // A worked example played as a scenario stays open on its verdict to reveal the answer.
      const teaching = ws.presetId !== undefined && presetCard(ws.presetId) !== undefined;
      set((s) => ({
        workspaces: { ...s.workspaces, [ws.id]: next },
        walkthroughOpen: teaching,
        walkView: teaching ? 'verdict' : s.walkView,
        selectedSeam: teaching ? null : cause.seam,
      }));
    },
    setReplayAt: (replayAt) => set({ replayAt }),
  };
};

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PipelineGraph } from '../../domain/pipeline';
import { blankWorkspace } from '../../domain/workspace';
import { appStore } from '../../store/appStore';
import { ComponentPanel } from './ComponentPanel';

const comp = (id: string, name: string, placement: PipelineGraph['components'][number]['placement']) => ({ id, name, placement, confidence: 0.9, uncertain: false, reason: 'matched' });
const GRAPH: PipelineGraph = {
  format: 'arrows',
  components: [comp('kafka', 'Kafka', 'ingest'), comp('s3', 'S3', 'store'), comp('spark', 'Spark', 'process'), comp('looker', 'Looker', 'serve')],
  edges: [{ from: 'kafka', to: 's3' }, { from: 's3', to: 'spark' }, { from: 's3', to: 'looker' }],
};

const graph = () => appStore.getState().workspaces.w?.pipeline;

// The app's store opens its storage on import; each test's workspace is put in after that.
beforeAll(() => vi.waitFor(() => expect(appStore.getState().ready).toBe(true)));
beforeEach(() => {
  appStore.setState({ workspaces: { w: { ...blankWorkspace('w', 'Orders', '2026-12-03T10:00:00.000Z'), pipeline: GRAPH } }, activeId: 'w', ready: true, selectedComponent: 's3' });
});
afterEach(cleanup);

describe('the component panel', () => {
  it('refuses a name another component has, says so, and changes nothing', () => {
    render(<ComponentPanel id="s3" />);
    const name = screen.getByLabelText('Name');
    fireEvent.change(name, { target: { value: 'kafka' } });
    fireEvent.submit(name);
    expect(screen.getByRole('alert').textContent).toContain('already a component called “kafka”');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(graph()).toBe(GRAPH);
  });

  it('shows a sure guess as a guess until a person confirms it', () => {
    render(<ComponentPanel id="s3" />);
    expect(screen.getByTestId('stage-status').textContent).toContain('Guessed, not confirmed');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm Store' }));
    expect(screen.getByTestId('stage-status').textContent).toContain('Stage confirmed by you');
  });

  it('deleting an edge hands the focus to the edge that took its place', async () => {
    render(<ComponentPanel id="s3" />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete edge S3 → Spark' }));
    expect(graph()?.edges).toEqual([{ from: 'kafka', to: 's3' }, { from: 's3', to: 'looker' }]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete edge S3 → Looker' })));
  });

  it('adds an incoming edge from the searchable list with the keyboard, and refuses one already there', async () => {
    render(<ComponentPanel id="spark" />);
    fireEvent.click(screen.getByRole('button', { name: '+ Incoming edge' }));
    const box = screen.getByRole('combobox', { name: /…/ });
    fireEvent.change(box, { target: { value: 'oo' } });
    expect(within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Looker, Serve']);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(graph()?.edges.at(-1)).toEqual({ from: 'looker', to: 'spark' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: '+ Incoming edge' })));
    fireEvent.click(screen.getByRole('button', { name: '+ Incoming edge' }));
    fireEvent.change(screen.getByRole('combobox', { name: /…/ }), { target: { value: 'S3' } });
    fireEvent.keyDown(screen.getByRole('combobox', { name: /…/ }), { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe('S3 → Spark is already there.');
  });

  it('merging into another component shows that one, with both components’ edges', () => {
    const { rerender } = render(<ComponentPanel id="spark" />);
    fireEvent.click(screen.getByRole('button', { name: 'Merge into…' }));
    fireEvent.change(screen.getByRole('combobox', { name: /…/ }), { target: { value: 'look' } });
    fireEvent.keyDown(screen.getByRole('combobox', { name: /…/ }), { key: 'Enter' });
    expect(appStore.getState().selectedComponent).toBe('looker');
    rerender(<ComponentPanel id="looker" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Looker');
    expect(screen.getAllByTestId('component-edge').map((li) => li.textContent)).toEqual([expect.stringContaining('S3 → Looker')]);
  });
});

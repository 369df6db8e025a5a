// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quizItemById } from '../../domain/quiz/items';
import { QuizQuestion } from './QuizQuestion';

const item = quizItemById('is-dedup-window');
if (!item) throw new Error('the bank lost is-dedup-window');

afterEach(cleanup);

describe('a quiz question', () => {
  it('can be checked only once a seam is picked, and answers with that seam', () => {
    const onAnswer = vi.fn();
    render(<QuizQuestion item={item} level={1} onAnswer={onAnswer} />);
    const check = screen.getByRole('button', { name: 'Check' });
    expect(check).toBeDisabled();
    fireEvent.click(screen.getByRole('radio', { name: /^Store → Process/ }));
    fireEvent.click(check);
    expect(onAnswer).toHaveBeenCalledWith({ seam: 'store-process' });
  });

  it("at level 2 offers the picked seam's clauses and waits for one", () => {
    const onAnswer = vi.fn();
    render(<QuizQuestion item={item} level={2} onAnswer={onAnswer} />);
    fireEvent.click(screen.getByRole('radio', { name: /^Ingest → Store/ }));
    expect(screen.getByRole('button', { name: 'Check' })).toBeDisabled();
    fireEvent.click(screen.getByRole('radio', { name: 'Dedup window shorter than redelivery' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(onAnswer).toHaveBeenCalledWith({ seam: 'ingest-store', clause: 'is-dedup-window' });
  });

  it('clears the clause when the seam changes, so a clause of another seam is never sent', () => {
    const onAnswer = vi.fn();
    render(<QuizQuestion item={item} level={2} onAnswer={onAnswer} />);
    fireEvent.click(screen.getByRole('radio', { name: /^Ingest → Store/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Dedup window shorter than redelivery' }));
    fireEvent.click(screen.getByRole('radio', { name: /^Orchestration/ }));
    expect(screen.getByRole('button', { name: 'Check' })).toBeDisabled();
    expect(screen.queryByRole('radio', { name: 'Dedup window shorter than redelivery' })).toBeNull();
  });
});

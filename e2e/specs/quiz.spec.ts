import { expect, test } from '../fixtures';
import { TID } from '../../src/testIds';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { buildRound } from '../../src/domain/quiz/round';
import { QUIZ_ITEMS, quizItemById } from '../../src/domain/quiz/items';
import { SEAMS } from '../../src/domain/seams';

test('a learner completes a round, sees the weak spots and retries what they missed', async ({ app, quiz, page }) => {
  test.slow(); // a whole round of ten, its retry and three accessibility scans
  await app.open();
  await quiz.openFromHeader();
  await expect(quiz.heading).toHaveText('Question 1 of 10');
  await expect(quiz.heading).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'a quiz question');

  // The first answer is wrong: the verdict names the seam, the facts that pointed there and the lesson.
  const first = quizItemById(await quiz.currentItem());
  await quiz.answer(false);
  await expect(quiz.verdict).toContainText('it broke at');
  await expect(quiz.verdict.getByRole('heading', { name: 'What pointed there' })).toBeVisible();
  await expect(quiz.verdict.getByRole('button', { name: /^Read the .+ lesson$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'a wrong answer explained');
  await quiz.next();

  // Of the nine left, the first, fourth and seventh are missed too.
  const missed = await quiz.playRound((i) => i % 3 !== 0);
  const missedCount = 1 + missed.length;
  await expect(quiz.score).toHaveText(`You got ${10 - missedCount} of 10 right.`);
  await expect(quiz.weakSpots).toContainText(`${SEAMS[first?.seam ?? 'orchestration'].name}: missed`);
  await expectNoSeriousA11yViolations(page, 'the round result');

  await quiz.retryMissed();
  await expect(quiz.heading).toHaveText(`Again: question 1 of ${missedCount}`);
  await quiz.playRound(() => true);
  await expect(quiz.score).toHaveText(`You got ${missedCount} of ${missedCount} right on this retry.`);
  await expect(quiz.result).toContainText('No weak spots in this round.');
});

test('a class opening the same link gets the same round, and the learner can leave to read and come back', async ({ app, quiz, page }) => {
  await app.open('/#quiz=class7');
  await expect(quiz.question).toHaveAttribute('data-item', buildRound('class7', QUIZ_ITEMS)[0] ?? '');
  await quiz.answer(true);
  await quiz.verdict.getByRole('button', { name: /^Read the .+ lesson$/ }).click();
  await expect(quiz.dialog).toHaveCount(0);
  await expect(page.getByTestId(TID.lessonPanel)).toBeVisible();
  await quiz.openFromHeader();
  await expect(quiz.heading).toHaveText('Question 1 of 10: right');
  await quiz.next();
  await expect(quiz.heading).toHaveText('Question 2 of 10');
  await page.keyboard.press('Escape');
  await expect(quiz.dialog).toHaveCount(0);
});

test('at level 2 the learner also names the clause that would have prevented it', async ({ app, quiz, page }) => {
  await app.open('/#quiz=class7&level=2');
  await expect(quiz.dialog).toContainText('Level 2: seam and clause');
  await quiz.pickSeam('orchestration');
  await expect(quiz.question.getByRole('group', { name: 'Which clause, written down, would have prevented it?' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'a level-2 clause choice');
  await quiz.answer(true, 2);
  await expect(quiz.verdict).toContainText('Your clause is the one');
  await expectNoSeriousA11yViolations(page, 'a level-2 verdict');
});

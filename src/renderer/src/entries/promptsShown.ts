import type { PromptAnswer } from '../../../shared/domain/reflexivity';
import { promptsForPhase, type Phase, type PromptId } from '../../../shared/domain/taxonomy';

/** The phase's questions, plus any question of another phase already answered (never dropped). */
export function promptsShown(phase: Phase, answers: readonly PromptAnswer[]): PromptId[] {
  const own = promptsForPhase(phase);
  const others = answers
    .filter(
      (answer) => !own.includes(answer.promptId) && (answer.skipped === true || (answer.answer ?? '').trim() !== ''),
    )
    .map((answer) => answer.promptId);
  return [...own, ...others];
}

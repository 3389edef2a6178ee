import {
  transitionWorkflow,
  type TransitionArgs,
  type TransitionResult,
} from './transitionWorkflow'

export type { TransitionResult }

/** The editorial workflow for an article (see transitionWorkflow). */
export const transitionArticle = (args: TransitionArgs): Promise<TransitionResult> =>
  transitionWorkflow('articles', args)

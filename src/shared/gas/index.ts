/** Goal attainment scaling: the Kiresuk–Sherman T-score and its series over reviews. */
export { attainmentScore, defaultGoalCorrelation, type AttainedGoal } from './tScore';
export { attainmentSeries, type ReviewPoint } from './attainmentSeries';
export { signedLevel } from './signedLevel';

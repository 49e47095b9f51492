/**
 * The benchmark's budgets, in one place: the measures that count long tasks
 * and the report that gives verdicts read the same numbers, and
 * bench/results.json records them.
 */
export const BUDGET = {
  readyRatio: 1.25,
  initialJsKb: 350,
  geodataKb: 300,
  interactionP95Ms: 50,
  scaleReadyFactor: 3,
  longTaskMs: 200,
};

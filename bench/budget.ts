/**
 * The benchmark's budgets, in one place: the measures that count long tasks
 * and the report that gives verdicts read the same numbers, and
 * bench/results.json records them.
 */
export const BUDGET = {
  readyRatio: 1.25,
  initialJsKb: 350,
  geodataKb: 300,
  /** Absolute, judged only where a GPU renders (see report.ts): on software WebGL a map frame alone costs more. */
  interactionP95Ms: 50,
  /** App ÷ floor, p95 each: click → detail and keystroke → results, the floor doing the least such work. */
  interactionFloorRatio: 1.5,
  /** App ÷ floor, p95 each: the app redraws labels without changing the style, at half the floor's cost or less. */
  languageFloorRatio: 0.5,
  /** The window after navigation whose JS is counted too, not only what came before idle. */
  firstSecondsMs: 5_000,
  /**
   * JS the page and its workers fetch in that window: the first view's (initialJsKb) plus
   * what it prefetches once the map is idle so the next step never waits (the other
   * language, the view messages, the detail panel), at most 50 KB. The service worker's
   * precache is reported apart, without a budget: it is the offline copy, no code that runs.
   */
  firstSecondsJsKb: 400,
  scaleReadyFactor: 3,
  longTaskMs: 200,
};

import { createSignal } from 'solid-js';

/**
 * The level the application's figures commit to (0.5 the median, 0.2 a cautious 20th
 * percentile), as the planner last chose it under "Figures for the application": the table
 * there and the workbook's Application sheet show the same figures.
 */
const [applicationLevel, setApplicationLevel] = createSignal(0.5);
export { applicationLevel, setApplicationLevel };

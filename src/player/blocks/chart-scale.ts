/** How long each bar is drawn: a share of the largest value (percentages of 100 when all fit). */
export function barShare(value: number, values: readonly number[], unit?: string): number {
  const largest = unit === '%' && values.every((v) => v <= 100) ? 100 : Math.max(...values, 0);
  return largest === 0 ? 0 : Math.min(1, value / largest);
}

export function formatValue(value: number, unit: string | undefined): string {
  return `${value}${unit ?? ''}`;
}

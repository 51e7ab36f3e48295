type Series = { values: (number | null)[]; color: string; label: string };

/** A small line chart of shares (0–1) by month; gaps where a month has no value. */
export function Sparkline({
  series,
  width = 280,
  height = 64,
}: {
  series: Series[];
  width?: number;
  height?: number;
}) {
  const n = Math.max(...series.map((s) => s.values.length), 1);
  const x = (i: number) => (n === 1 ? width / 2 : 4 + (i * (width - 8)) / (n - 1));
  const y = (v: number) => 4 + (1 - v) * (height - 8);
  return (
    <svg
      width="100%"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={series.map((s) => s.label).join(', ')}
      style={{ maxWidth: width, display: 'block' }}
    >
      <line
        x1={0}
        x2={width}
        y1={y(0.5)}
        y2={y(0.5)}
        stroke="var(--mantine-color-gray-3)"
        strokeDasharray="3 3"
      />
      <line x1={0} x2={width} y1={y(0)} y2={y(0)} stroke="var(--mantine-color-gray-3)" />
      {series.map((s) => {
        const parts: string[] = [];
        let open = false;
        s.values.forEach((v, i) => {
          if (v === null) {
            open = false;
            return;
          }
          parts.push(`${open ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`);
          open = true;
        });
        const last = s.values.findLastIndex((v) => v !== null);
        const lastValue = last >= 0 ? s.values[last] : null;
        return (
          <g key={s.label}>
            <path d={parts.join(' ')} fill="none" stroke={s.color} strokeWidth={2} strokeLinejoin="round" />
            {lastValue !== null && lastValue !== undefined && (
              <circle cx={x(last)} cy={y(lastValue)} r={3} fill={s.color} />
            )}
          </g>
        );
      })}
    </svg>
  );
}

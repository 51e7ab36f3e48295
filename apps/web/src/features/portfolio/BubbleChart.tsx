import { Box, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import type { PortfolioItem } from '@vested/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { labelStride, linear, niceTicks } from '../economics/charts/scale';
import { useMoney } from '../economics/money';
import { statusFill } from '../economics/ObjectiveStatusBadge';

const HEIGHT = 440;
const M = { top: 16, right: 24, bottom: 44, left: 80 };
const MIN_R = 5;
const MAX_R = 28;

/**
 * Every account as a bubble: invested (x) against returned (y) over the trailing twelve months, size by
 * revenue, colour by objective status. Above the dashed diagonal an account returned more than it took.
 */
/** An account with its figures (those a missing rate leaves unknown are listed in the table only). */
type Plotted = PortfolioItem & { invested: number; returned: number; revenue: number };
const plottable = (i: PortfolioItem): i is Plotted =>
  i.invested !== null && i.returned !== null && i.revenue !== null;

export function BubbleChart({ items: all, currency }: { items: PortfolioItem[]; currency: string }) {
  const items = all.filter(plottable);
  const { t } = useTranslation();
  const f = useMoney();
  const navigate = useNavigate();
  const { ref, width } = useElementSize();
  const [focus, setFocus] = useState<Plotted | null>(null);

  // Head-room of a tenth so the largest bubbles stay inside the plot.
  const span = (values: number[]) => {
    const lo = Math.min(0, ...values);
    const hi = Math.max(0, ...values);
    return niceTicks(lo - (lo < 0 ? (hi - lo) * 0.1 : 0), hi + (hi - lo) * 0.1, 5);
  };
  const xTicks = span(items.map((i) => i.invested));
  const yTicks = span(items.map((i) => i.returned));
  const [x0, x1] = [xTicks[0]!, xTicks[xTicks.length - 1]!];
  const [y0, y1] = [yTicks[0]!, yTicks[yTicks.length - 1]!];
  const x = linear(x0, x1, M.left, width - M.right);
  const y = linear(y0, y1, HEIGHT - M.bottom, M.top);
  const maxRevenue = Math.max(1, ...items.map((i) => i.revenue));
  const radius = (revenue: number) => MIN_R + (MAX_R - MIN_R) * Math.sqrt(Math.max(0, revenue) / maxRevenue);
  // The diagonal returned = invested, clipped to the plot.
  const d0 = Math.max(x0, y0);
  const d1 = Math.min(x1, y1);
  const stride = labelStride(xTicks.length, width - M.left - M.right, 70);
  // Large bubbles first, so small ones stay visible (and clickable) on top.
  const drawn = [...items].sort((a, b) => b.revenue - a.revenue);
  const labels = placeLabels(
    drawn,
    (i) => ({ cx: x(i.invested), cy: y(i.returned), r: radius(i.revenue) }),
    width,
  );
  const atOrigin = items.filter((i) => i.invested === 0 && i.returned === 0).length;
  const open = (i: PortfolioItem) =>
    void navigate({
      to: '/accounts/$accountId',
      params: { accountId: i.accountId },
      search: { tab: 'economics' },
    });
  const describe = (i: Plotted) =>
    `${i.name}: ${t('portfolio.invested')} ${f.money(i.invested, currency)}, ${t('portfolio.returned')} ${f.money(i.returned, currency)}, ${t('economics.roiShort')} ${f.roi(i.roiMultiple)}, ${t(`economics.status.${i.status}`)}`;

  return (
    <Box ref={ref} data-testid="bubble-chart">
      {width > 0 && (
        <svg width={width} height={HEIGHT}>
          <title>{t('portfolio.chartTitle')}</title>
          {xTicks.map((v, k) => (
            <g key={`x${v}`}>
              <line
                x1={x(v)}
                x2={x(v)}
                y1={M.top}
                y2={HEIGHT - M.bottom}
                stroke="var(--mantine-color-default-border)"
              />
              {k % stride === 0 && (
                <text
                  x={x(v)}
                  y={HEIGHT - M.bottom + 16}
                  textAnchor="middle"
                  fontSize={11}
                  fill="var(--mantine-color-dimmed)"
                >
                  {f.compact(v, currency)}
                </text>
              )}
            </g>
          ))}
          {yTicks.map((v) => (
            <g key={`y${v}`}>
              <line
                x1={M.left}
                x2={width - M.right}
                y1={y(v)}
                y2={y(v)}
                stroke="var(--mantine-color-default-border)"
              />
              <text
                x={M.left - 8}
                y={y(v) + 4}
                textAnchor="end"
                fontSize={11}
                fill="var(--mantine-color-dimmed)"
              >
                {f.compact(v, currency)}
              </text>
            </g>
          ))}
          <text
            x={(M.left + width - M.right) / 2}
            y={HEIGHT - 6}
            textAnchor="middle"
            fontSize={12}
            fontWeight={600}
          >
            {t('portfolio.xAxis')}
          </text>
          <text
            transform={`translate(14 ${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
            fontSize={12}
            fontWeight={600}
          >
            {t('portfolio.yAxis')}
          </text>
          {d1 > d0 && (
            <g data-testid="diagonal">
              <line
                x1={x(d0)}
                y1={y(d0)}
                x2={x(d1)}
                y2={y(d1)}
                stroke="var(--mantine-color-gray-6)"
                strokeDasharray="6 4"
              />
              <text
                x={x(d1) - 6}
                y={y(d1) + 16}
                textAnchor="end"
                fontSize={11}
                fill="var(--mantine-color-gray-7)"
                transform={`rotate(${(Math.atan2(y(d1) - y(d0), x(d1) - x(d0)) * 180) / Math.PI} ${x(d1) - 6} ${y(d1) + 16})`}
              >
                {t('portfolio.diagonal')}
              </text>
            </g>
          )}
          {drawn.map((i) => {
            const cx = x(i.invested);
            const cy = y(i.returned);
            const r = radius(i.revenue);
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG bubble cannot be an <a> with router navigation and keep its focus ring
              <g
                key={i.accountId}
                role="link"
                tabIndex={0}
                aria-label={describe(i)}
                style={{ cursor: 'pointer', outline: 'none' }}
                onClick={() => open(i)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    open(i);
                  }
                }}
                onMouseEnter={() => setFocus(i)}
                onMouseLeave={() => setFocus(null)}
                onFocus={() => setFocus(i)}
                onBlur={() => setFocus(null)}
                data-testid="bubble"
                data-account={i.name}
              >
                <circle
                  cx={cx}
                  cy={cy}
                  r={r}
                  fill={statusFill[i.status]}
                  fillOpacity={focus?.accountId === i.accountId ? 0.85 : 0.5}
                  stroke={statusFill[i.status]}
                  strokeWidth={focus?.accountId === i.accountId ? 3 : 1.5}
                />
                <title>{describe(i)}</title>
              </g>
            );
          })}
          {/* Names above every bubble, with a halo of the background so they stay readable. */}
          <g style={{ pointerEvents: 'none' }}>
            {drawn.map((i) => {
              const label = labels.get(i.accountId);
              if (!label) return null;
              return (
                <text
                  key={i.accountId}
                  x={label.x}
                  y={y(i.returned) + 4}
                  textAnchor={label.anchor}
                  fontSize={11}
                  fill="var(--mantine-color-text)"
                  stroke="var(--mantine-color-body)"
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  {label.text}
                </text>
              );
            })}
          </g>
        </svg>
      )}
      <Text size="sm" mih={22} data-testid="bubble-focus">
        {focus ? describe(focus) : t('portfolio.chartHint')}
      </Text>
      {atOrigin > 1 && (
        <Text size="xs" c="dimmed">
          {t('portfolio.atOrigin', { count: atOrigin })}
        </Text>
      )}
    </Box>
  );
}

type Placed = { x: number; anchor: 'start' | 'end'; text: string };
const CHAR = 6.2;

/**
 * Names beside bubbles where they fit: biggest accounts first, right of the bubble or else left of it,
 * never over another name. Accounts left unnamed are still read by pointing at them or in the table.
 */
function placeLabels<T extends PortfolioItem>(
  items: T[],
  at: (i: T) => { cx: number; cy: number; r: number },
  width: number,
): Map<string, Placed> {
  const taken: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const out = new Map<string, Placed>();
  for (const i of items) {
    const { cx, cy, r } = at(i);
    const text = i.name.length > 28 ? `${i.name.slice(0, 27)}…` : i.name;
    const w = text.length * CHAR;
    const y0 = cy - 8;
    const y1 = cy + 8;
    for (const anchor of ['start', 'end'] as const) {
      const x = anchor === 'start' ? cx + r + 4 : cx - r - 4;
      const x0 = anchor === 'start' ? x : x - w;
      const x1 = x0 + w;
      if (x0 < M.left || x1 > width - 4) continue;
      if (taken.some((b) => x0 < b.x1 && b.x0 < x1 && y0 < b.y1 && b.y0 < y1)) continue;
      taken.push({ x0, x1, y0, y1 });
      out.set(i.accountId, { x, anchor, text });
      break;
    }
  }
  return out;
}

import { Button, Group, SimpleGrid, Text } from '@mantine/core';

type Props = {
  from: number;
  to: number;
  value: number | null;
  onChange: (v: number) => void;
  low: string;
  high: string;
  label: string;
  testId: string;
};

/** A row of numbered buttons (wrapping on a phone), the ends labelled. */
export function ScoreButtons({ from, to, value, onChange, low, high, label, testId }: Props) {
  const values = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const colorOf = (v: number) =>
    to === 10 ? (v <= 6 ? 'red' : v <= 8 ? 'yellow' : 'teal') : v <= 2 ? 'red' : v === 3 ? 'yellow' : 'teal';
  return (
    <div role="radiogroup" aria-label={label} data-testid={testId}>
      <SimpleGrid cols={{ base: Math.min(values.length, 6), xs: values.length }} spacing={6}>
        {values.map((v) => (
          <Button
            key={v}
            role="radio"
            aria-checked={value === v}
            variant={value === v ? 'filled' : 'default'}
            color={value === v ? colorOf(v) : undefined}
            onClick={() => onChange(v)}
            px={0}
            h={44}
            fz="md"
            data-testid={`${testId}-${v}`}
          >
            {v}
          </Button>
        ))}
      </SimpleGrid>
      <Group justify="space-between" mt={4}>
        <Text size="xs" c="dimmed">
          {low}
        </Text>
        <Text size="xs" c="dimmed">
          {high}
        </Text>
      </Group>
    </div>
  );
}

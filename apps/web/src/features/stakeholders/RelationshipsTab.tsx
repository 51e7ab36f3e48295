import { Grid, Stack } from '@mantine/core';
import type { AccountDetail } from '@vested/contracts';
import { ConflictsPanel } from './ConflictsPanel';
import { ContactsTable } from './ContactsTable';
import { FiguresPanel } from './FiguresPanel';
import { OrgChart } from './OrgChart';
import { PowerGrid } from './PowerGrid';
import { PulsesPanel } from './PulsesPanel';

/** The account's map of power: org chart, figures, power/interest grid, contacts, conflicts, pulses. */
export function RelationshipsTab({ account }: { account: AccountDetail }) {
  return (
    <Stack gap="lg" data-testid="relationships-tab">
      <OrgChart account={account} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <FiguresPanel accountId={account.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <PowerGrid accountId={account.id} />
        </Grid.Col>
      </Grid>
      <ContactsTable account={account} />
      <ConflictsPanel account={account} />
      <PulsesPanel account={account} />
    </Stack>
  );
}

import { Anchor, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router-dom';
import { EmptyState, QueryState } from '../../components/states';
import { formatDateTime } from './format';
import { useCampaigns } from './queries';
import { StatusBadge } from './StatusBadge';

export function CampaignListPage() {
  const campaigns = useCampaigns();
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>Campaigns</Title>
        <Button component={Link} to="/campaigns/new">
          New campaign
        </Button>
      </Group>
      <QueryState
        query={campaigns}
        loadingLabel="Loading campaigns…"
        empty={
          <EmptyState
            title="No campaign yet"
            action={
              <Button component={Link} to="/campaigns/new">
                Set up your first campaign
              </Button>
            }
          >
            A campaign takes about five minutes to set up: name, target profile, email template, availability, launch.
          </EmptyState>
        }
      >
        {(list) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Sector</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Created</Table.Th>
                  <Table.Th scope="col">Launched</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Next step</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/campaigns/${encodeURIComponent(c.id)}`}>
                        {c.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{c.sector}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={c.status} />
                    </Table.Td>
                    <Table.Td>{formatDateTime(c.createdAt)}</Table.Td>
                    <Table.Td>{formatDateTime(c.launchedAt)}</Table.Td>
                    <Table.Td>
                      {c.status === 'DRAFT' && (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="compact-sm"
                            variant="default"
                            component={Link}
                            to={`/campaigns/${encodeURIComponent(c.id)}/setup`}
                            aria-label={`Continue setup of ${c.name}`}
                          >
                            Continue setup
                          </Button>
                          <Text size="xs" c="dimmed">
                            {c.missing.length === 0
                              ? 'ready to launch'
                              : `${new Set(c.missing.map((g) => g.step)).size} step(s) missing`}
                          </Text>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}

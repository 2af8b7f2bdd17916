import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../components/states';

/**
 * Screen of issue #6 waiting for campaign-service's prospect list (GET /api/prospects, being
 * written under issue #5). Until then it says so, and where the counts already are.
 */
export function ProspectsPage() {
  return (
    <Stack gap="md">
      <Title order={1}>Prospects</Title>
      <EmptyState title="The prospect list is not available yet">
        <Text span>
          Filtering prospects, their BANT breakdown and the review of doubtful ones arrive with the
          prospects API. Each campaign's page already shows how many were found, qualified and sent
          to review: <Anchor component={Link} to="/campaigns" underline="always">open the campaigns</Anchor>.
        </Text>
      </EmptyState>
    </Stack>
  );
}

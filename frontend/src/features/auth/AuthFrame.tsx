import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The frame of the signed-out screens (sign in, sign up, accept an invitation): brand, one card. */
export function AuthFrame({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <Container component="main" size={460} py={48} px="md">
      <Stack gap="lg">
        <Title order={1} ta="center" size="h2">
          OpenSDR
        </Title>
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="auth-title">
          <Stack gap="md">
            <div>
              <Title order={2} size="h3" id="auth-title">
                {title}
              </Title>
              {intro && (
                <Text size="sm" c="dimmed" mt={4}>
                  {intro}
                </Text>
              )}
            </div>
            {children}
          </Stack>
        </Paper>
      </Stack>
    </Container>
  );
}

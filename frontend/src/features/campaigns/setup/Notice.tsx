import { Alert, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import '../campaigns.css';

/** A light Alert whose title keeps AA contrast (Mantine's light title colours do not). */
export function Notice({
  color,
  title,
  children,
  role,
  mb,
}: {
  color: 'blue' | 'orange' | 'green' | 'gray';
  title?: string;
  children: ReactNode;
  role?: string;
  mb?: string;
}) {
  return (
    <Alert
      color={color}
      variant="light"
      role={role ?? 'note'}
      mb={mb}
      title={
        title ? (
          <Text span fw={700} size="sm" className="notice-title">
            {title}
          </Text>
        ) : undefined
      }
    >
      <Text size="sm" component="div" className="notice-text">
        {children}
      </Text>
    </Alert>
  );
}

/** A small status label with AA contrast. */
export function Tag({ tone, children }: { tone: 'ok' | 'warn' | 'info'; children: ReactNode }) {
  return <span className={`tag tag-${tone}`}>{children}</span>;
}

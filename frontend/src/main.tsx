import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/client';
import { CredentialStore } from './api/credentials';
import { App, createQueryClient } from './App';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';

const store = new CredentialStore();
const api = new ApiClient({ credentials: store });
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App api={api} store={store} queryClient={createQueryClient()} />
  </StrictMode>,
);

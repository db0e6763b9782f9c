/** The local SQS (local-aws-sqs, JSON protocol) and SES (aws-ses-v2-local, with its mailbox web UI). */
import type { Server } from 'node:http';
import { createSqsServer } from 'local-aws-sqs';
import sesModule from 'aws-ses-v2-local';

// aws-ses-v2-local is CommonJS with `exports.default`: under ESM the function sits one level down.
const startSesServer = ((sesModule as unknown as { default?: typeof sesModule.default }).default ?? sesModule) as unknown as (
  config: { host: string; port: number },
) => Promise<Server>;

export interface LocalServer {
  endpoint: string;
  stop(): Promise<void>;
}

function closer(server: Server) {
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    });
}

export async function startSqsLocal(port: number): Promise<LocalServer> {
  const server = await createSqsServer({ port, hostname: '127.0.0.1', emulateQueueCreationLifecycle: false });
  return { endpoint: `http://127.0.0.1:${port}`, stop: closer(server) };
}

export async function startSesLocal(port: number): Promise<LocalServer> {
  const server = await startSesServer({ host: '127.0.0.1', port });
  return { endpoint: `http://127.0.0.1:${port}`, stop: closer(server) };
}

/** The local SQS (local-aws-sqs, JSON protocol) and SES (aws-ses-v2-local, with its mailbox web UI). */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { createSqsServer } from 'local-aws-sqs';
import sesModule from 'aws-ses-v2-local';

/** The stand-in's mail store (CommonJS; its request handlers call `saveEmail` through the exports object). */
interface SesStore {
  saveEmail: (email: unknown) => void;
  getStoreReadonly: () => { emails: unknown[] };
}
const sesStore = createRequire(import.meta.url)('aws-ses-v2-local/dist/store.js') as SesStore;

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

/**
 * With `mailboxFile` the mailbox outlives a restart, like the table: every stored email is appended
 * to the file (one JSON line each) and the file is read back at start, so links in old emails open.
 */
export async function startSesLocal(port: number, mailboxFile?: string): Promise<LocalServer> {
  if (mailboxFile) keepMailbox(mailboxFile);
  const server = await startSesServer({ host: '127.0.0.1', port });
  return { endpoint: `http://127.0.0.1:${port}`, stop: closer(server) };
}

/** The subject of a stored email (what SES's events carry as `commonHeaders.subject`). */
export function storedSubject(messageId: string): string | undefined {
  const email = (sesStore.getStoreReadonly().emails as Array<{ messageId?: string; subject?: string }>).find((stored) => stored.messageId === messageId);
  return email?.subject;
}

let keptIn: string | undefined;
function keepMailbox(file: string): void {
  const emails = sesStore.getStoreReadonly().emails;
  emails.length = 0;
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) emails.push(JSON.parse(line));
  }
  if (keptIn === undefined) {
    const save = sesStore.saveEmail;
    sesStore.saveEmail = (email) => {
      save(email);
      if (keptIn) appendFileSync(keptIn, `${JSON.stringify(email)}\n`);
    };
  }
  keptIn = file;
}

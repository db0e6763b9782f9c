/**
 * SES's mailbox simulator, locally: a pass-through in front of the local SES that, like SES itself,
 * answers a send to `bounce@simulator.amazonses.com` with a permanent bounce event and one to
 * `complaint@simulator.amazonses.com` with a complaint event (labels such as `bounce+t1@` too). The
 * event is published only when the send named a configuration set, shaped as EventBridge delivers it
 * to the `mail-events` queue in AWS, so the consumer sees the same message locally.
 */
import { randomUUID } from 'node:crypto';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { LocalServer } from './sqs-ses-local.ts';

const SIMULATOR = /^(bounce|complaint)(\+[^@]*)?@simulator\.amazonses\.com$/i;

export interface SesSimulatorOptions {
  port: number;
  /** The local SES the sends go on to. */
  target: string;
  /** Where an event goes (the local `mail-events` queue). */
  publish: (event: Record<string, unknown>) => Promise<void>;
  /** The stored email's subject (the simulator's events carry it like SES's `commonHeaders`). */
  subjectOf: (messageId: string) => string | undefined;
  onError: (error: unknown) => void;
  /** The system clock (the tests' controllable one). */
  now: () => Date;
}

interface SendRequest {
  FromEmailAddress?: string;
  Destination?: { ToAddresses?: string[] };
  ConfigurationSetName?: string;
  EmailTags?: Array<{ Name: string; Value: string }>;
}

export async function startSesSimulator(options: SesSimulatorOptions): Promise<LocalServer> {
  const server = createServer((incoming, outgoing) => {
    void forward(incoming, outgoing, options).catch((error) => {
      options.onError(error);
      if (!outgoing.headersSent) outgoing.writeHead(502).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function forward(incoming: IncomingMessage, outgoing: ServerResponse, options: SesSimulatorOptions): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const target = new URL(incoming.url ?? '/', options.target);
  const answer = await new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
    const sent = request(target, { method: incoming.method, headers: { ...incoming.headers, host: target.host } }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(parts) }));
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(body);
  });
  outgoing.writeHead(answer.status, answer.headers).end(answer.body);
  if (incoming.method === 'POST' && target.pathname === '/v2/email/outbound-emails' && answer.status === 200) {
    const send = JSON.parse(body.toString('utf8')) as SendRequest;
    const { MessageId } = JSON.parse(answer.body.toString('utf8')) as { MessageId: string };
    for (const event of simulatedEvents(send, MessageId, options.subjectOf(MessageId), options.now())) await options.publish(event);
  }
}

/** The events SES would publish for this send (none without a configuration set). */
export function simulatedEvents(send: SendRequest, messageId: string, subject: string | undefined, at: Date): Array<Record<string, unknown>> {
  if (!send.ConfigurationSetName) return [];
  const destination = send.Destination?.ToAddresses ?? [];
  const tags: Record<string, string[]> = { 'ses:configuration-set': [send.ConfigurationSetName] };
  for (const tag of send.EmailTags ?? []) tags[tag.Name] = [tag.Value];
  const mail = {
    timestamp: at.toISOString(),
    source: send.FromEmailAddress ?? '',
    sendingAccountId: '000000000000',
    messageId,
    destination,
    headersTruncated: false,
    commonHeaders: { ...(subject ? { subject } : {}), to: destination },
    tags,
  };
  const envelope = (detailType: string, detail: Record<string, unknown>) => ({
    version: '0',
    id: randomUUID(),
    'detail-type': detailType,
    source: 'aws.ses',
    account: '000000000000',
    time: at.toISOString(),
    region: 'us-east-1',
    resources: [`arn:aws:ses:us-east-1:000000000000:configuration-set/${send.ConfigurationSetName}`],
    detail: { ...detail, mail },
  });
  const events: Array<Record<string, unknown>> = [];
  for (const address of destination) {
    const kind = SIMULATOR.exec(address.trim())?.[1]?.toLowerCase();
    if (kind === 'bounce') {
      events.push(
        envelope('Email Bounced', {
          eventType: 'Bounce',
          bounce: {
            feedbackId: randomUUID(),
            bounceType: 'Permanent',
            bounceSubType: 'General',
            bouncedRecipients: [{ emailAddress: address, action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }],
            timestamp: at.toISOString(),
            reportingMTA: 'dns; simulator.amazonses.com',
          },
        }),
      );
    } else if (kind === 'complaint') {
      events.push(
        envelope('Email Complained', {
          eventType: 'Complaint',
          complaint: { feedbackId: randomUUID(), complainedRecipients: [{ emailAddress: address }], complaintFeedbackType: 'abuse', timestamp: at.toISOString() },
        }),
      );
    }
  }
  return events;
}

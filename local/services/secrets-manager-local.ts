/**
 * A small Secrets Manager for the local runtime: the JSON-protocol calls (`X-Amz-Target:
 * secretsmanager.<Operation>`) the handlers and the rotation function make, with versions and
 * staging labels as AWS keeps them (AWSCURRENT, AWSPREVIOUS, AWSPENDING). The handlers reach it
 * through AWS_ENDPOINT_URL_SECRETS_MANAGER, like DynamoDB Local and the local SQS.
 * `rotate` does what the service does on RotateSecret: a pending version for a new token, then the
 * rotation function's four steps, in order.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { SecretsManagerRotationEvent } from 'aws-lambda';

export type RotationFunction = (event: SecretsManagerRotationEvent) => Promise<unknown>;

interface Version {
  id: string;
  value?: string;
  stages: Set<string>;
  created: number;
}

interface StoredSecret {
  name: string;
  arn: string;
  versions: Version[];
  rotation?: RotationFunction;
}

export interface LocalSecretsManager {
  endpoint: string;
  /** Runs a rotation as RotateSecret does; resolves with the new version's id. */
  rotate(name: string): Promise<string>;
  stop(): Promise<void>;
}

export interface SecretsManagerLocalOptions {
  port: number;
  /** Each secret's name, its value at start (one AWSCURRENT version) and its rotation function. */
  secrets: Record<string, { value: string; rotation?: RotationFunction }>;
  /** Told the value whenever AWSCURRENT moves (the local runtime keeps it in .data/). */
  onCurrentChanged?: (name: string, value: string) => void;
}

class ServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const ROTATION_STEPS = ['createSecret', 'setSecret', 'testSecret', 'finishSecret'] as const;

export async function startSecretsManagerLocal(options: SecretsManagerLocalOptions): Promise<LocalSecretsManager> {
  const secrets = new Map<string, StoredSecret>();
  for (const [name, { value, rotation }] of Object.entries(options.secrets)) {
    secrets.set(name, {
      name,
      arn: `arn:aws:secretsmanager:us-east-1:000000000000:secret:${name}-local`,
      versions: [{ id: randomUUID(), value, stages: new Set(['AWSCURRENT']), created: Date.now() }],
      ...(rotation ? { rotation } : {}),
    });
  }

  const find = (secretId: unknown): StoredSecret => {
    const secret = [...secrets.values()].find((s) => s.name === secretId || s.arn === secretId);
    if (!secret) throw new ServiceError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
    return secret;
  };
  const withStage = (secret: StoredSecret, stage: string) => secret.versions.find((v) => v.stages.has(stage));

  /** A label is on one version at most; moving AWSCURRENT leaves AWSPREVIOUS on the version it left. */
  const attach = (secret: StoredSecret, stage: string, version: Version) => {
    const holder = withStage(secret, stage);
    if (holder === version) return;
    holder?.stages.delete(stage);
    version.stages.add(stage);
    if (stage === 'AWSCURRENT') {
      if (holder) attach(secret, 'AWSPREVIOUS', holder);
      options.onCurrentChanged?.(secret.name, version.value ?? '');
    }
  };

  const operations: Record<string, (input: Record<string, any>) => object> = {
    GetSecretValue: (input) => {
      const secret = find(input.SecretId);
      const stage = input.VersionStage as string | undefined;
      const version = input.VersionId
        ? secret.versions.find((v) => v.id === input.VersionId && (!stage || v.stages.has(stage)))
        : withStage(secret, stage ?? 'AWSCURRENT');
      if (!version || version.value === undefined) {
        throw new ServiceError('ResourceNotFoundException', "Secrets Manager can't find the specified secret value for the version or staging label.");
      }
      return { ARN: secret.arn, Name: secret.name, VersionId: version.id, SecretString: version.value, VersionStages: [...version.stages], CreatedDate: version.created / 1000 };
    },
    DescribeSecret: (input) => {
      const secret = find(input.SecretId);
      return {
        ARN: secret.arn,
        Name: secret.name,
        RotationEnabled: secret.rotation !== undefined,
        VersionIdsToStages: Object.fromEntries(secret.versions.filter((v) => v.stages.size > 0).map((v) => [v.id, [...v.stages]])),
      };
    },
    PutSecretValue: (input) => {
      const secret = find(input.SecretId);
      if (typeof input.SecretString !== 'string') throw new ServiceError('InvalidParameterException', 'SecretString is required.');
      const id = (input.ClientRequestToken as string | undefined) ?? randomUUID();
      let version = secret.versions.find((v) => v.id === id);
      if (version?.value !== undefined && version.value !== input.SecretString) {
        throw new ServiceError('ResourceExistsException', 'A version with this ClientRequestToken already exists with another value.');
      }
      if (!version) secret.versions.push((version = { id, stages: new Set(), created: Date.now() }));
      version.value = input.SecretString;
      for (const stage of (input.VersionStages as string[] | undefined) ?? ['AWSCURRENT']) attach(secret, stage, version);
      return { ARN: secret.arn, Name: secret.name, VersionId: version.id, VersionStages: [...version.stages] };
    },
    UpdateSecretVersionStage: (input) => {
      const secret = find(input.SecretId);
      const stage = input.VersionStage as string;
      if (input.RemoveFromVersionId) {
        const from = secret.versions.find((v) => v.id === input.RemoveFromVersionId);
        if (!from?.stages.has(stage)) throw new ServiceError('InvalidParameterException', `The staging label ${stage} is not on version ${input.RemoveFromVersionId}.`);
        if (!input.MoveToVersionId) from.stages.delete(stage);
      }
      if (input.MoveToVersionId) {
        const to = secret.versions.find((v) => v.id === input.MoveToVersionId);
        if (!to) throw new ServiceError('ResourceNotFoundException', `No version ${input.MoveToVersionId}.`);
        attach(secret, stage, to);
      }
      return { ARN: secret.arn, Name: secret.name };
    },
  };

  const answer = (response: ServerResponse, status: number, body: object, errorType?: string) => {
    response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', ...(errorType ? { 'x-amzn-errortype': errorType } : {}) });
    response.end(JSON.stringify(body));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const target = String(request.headers['x-amz-target'] ?? '');
    const operation = operations[target.replace(/^secretsmanager\./, '')];
    try {
      if (!target.startsWith('secretsmanager.') || !operation) throw new ServiceError('InvalidRequestException', `The local Secrets Manager does not offer ${target || 'this request'}.`);
      answer(response, 200, operation(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, any>));
    } catch (error) {
      const type = error instanceof ServiceError ? error.type : 'InternalServiceError';
      answer(response, error instanceof ServiceError ? 400 : 500, { __type: type, message: error instanceof Error ? error.message : String(error) }, type);
    }
  };

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const address = server.address();
  const endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : options.port}`;

  return {
    endpoint,
    async rotate(name) {
      const secret = find(name);
      if (!secret.rotation) throw new Error(`Secret ${name} has no rotation function`);
      const token = randomUUID();
      const pending: Version = { id: token, stages: new Set(), created: Date.now() };
      secret.versions.push(pending);
      attach(secret, 'AWSPENDING', pending);
      for (const step of ROTATION_STEPS) await secret.rotation({ Step: step, SecretId: secret.arn, ClientRequestToken: token });
      // As the service does once finishSecret succeeded.
      pending.stages.delete('AWSPENDING');
      return token;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** One structured JSON logger per process (Powertools); handlers add request and ticket ids as keys. */
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'elv-after-sales' });

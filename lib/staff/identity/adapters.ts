/**
 * The sign-in the staff records drive: the Cognito user pool in AWS, nothing separate locally. Only
 * the staff-record editor (dispatch-catalog-api) composes it, so no other bundle carries the Cognito client.
 */
import { LOCAL_USER_POOL_ID } from '../../platform/config/env.ts';
import { CognitoIdentityDirectory, cognitoClient } from './cognito-identity-directory.ts';
import { LocalIdentityDirectory } from './local-identity-directory.ts';

export const staffIdentityAdapters = ({ config }: { config: { staffUserPoolId: string } }) => ({
  identities: config.staffUserPoolId === LOCAL_USER_POOL_ID ? new LocalIdentityDirectory() : new CognitoIdentityDirectory(cognitoClient(), config.staffUserPoolId),
});

/**
 * The staff user pool in AWS. Staff-record ids are the users' Cognito `sub`; the pool signs in with
 * email as an alias (infra/stateful-stack.ts `signInAliases: { email: true }`), so each user's
 * username is a generated UUID equal to its `sub`, and the `Username` the Admin* calls take is the
 * staff id. Every call here is safe to repeat (disabling a disabled user, adding a member to a group
 * it is in), so a request that failed half-way is simply sent again.
 */
import {
  AdminAddUserToGroupCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { logger } from '../../platform/observability/logger.ts';
import type { IdentityChanges, IdentityDirectory } from '../domain/identity.ts';

export class CognitoIdentityDirectory implements IdentityDirectory {
  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async apply(staffId: string, changes: IdentityChanges): Promise<void> {
    const target = { UserPoolId: this.userPoolId, Username: staffId };
    try {
      // Disable first: a disabled user cannot refresh; the global sign-out then revokes the refresh
      // tokens already issued (ID tokens still verify until they expire, which the staff record's
      // check on every call covers).
      if (changes.disable) {
        await this.client.send(new AdminDisableUserCommand(target));
        await this.client.send(new AdminUserGlobalSignOutCommand(target));
      }
      await Promise.all([
        ...changes.addGroups.map((group) => this.client.send(new AdminAddUserToGroupCommand({ ...target, GroupName: group }))),
        ...changes.removeGroups.map((group) => this.client.send(new AdminRemoveUserFromGroupCommand({ ...target, GroupName: group }))),
      ]);
      if (changes.enable) await this.client.send(new AdminEnableUserCommand(target));
    } catch (error) {
      // A staff record without a sign-in (recorded before the person's account exists) has nothing to revoke.
      if (error instanceof UserNotFoundException) {
        logger.warn('No Cognito user for this staff record; only the record changed', { staffId });
        return;
      }
      throw error;
    }
  }
}

let client: CognitoIdentityProviderClient | undefined;
export const cognitoClient = () => (client ??= new CognitoIdentityProviderClient({}));

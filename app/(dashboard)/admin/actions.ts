'use server';

// Server actions of the administration pages. Each one authenticates, validates with the shared
// schema and calls one lib mutation, which refuses non-administrators itself: hiding the pages
// from them is a convenience, these checks are the rule.
import { revalidatePath } from 'next/cache';
import { authenticatedAction } from '@/lib/auth/action';
import type { TActor } from '@/lib/auth/actor';
import { revokeApiTokenAsActor, ZRevokeApiTokenInput } from '@/lib/auth/api-tokens';
import { createGrant, revokeGrant } from '@/lib/grants/mutations';
import { ZCreateGrantInput, ZRevokeGrantInput } from '@/lib/grants/schemas';
import { createOrganisation, renameOrganisation } from '@/lib/organisations/mutations';
import { ZCreateOrganisationInput, ZRenameOrganisationInput } from '@/lib/organisations/schemas';
import {
  createUser,
  disableUser,
  enableUser,
  resetUserPassword,
  unlockUser,
  updateUser,
  ZResetPasswordInput,
  ZUpdateUserInput,
  ZUserIdInput,
} from '@/lib/users/mutations';
import { type TCreateUserInput, ZCreateUserInput } from '@/lib/users/schemas';

function withRevalidation<TInput, TResult>(mutation: (actor: TActor, input: TInput) => Promise<TResult>) {
  return async (actor: TActor, input: TInput) => {
    const result = await mutation(actor, input);
    // Every administration page shows counts from the others, so all of them are refreshed.
    revalidatePath('/admin', 'layout');
    return result;
  };
}

export const createOrganisationAction = authenticatedAction(ZCreateOrganisationInput, withRevalidation(createOrganisation));
export const renameOrganisationAction = authenticatedAction(ZRenameOrganisationInput, withRevalidation(renameOrganisation));

export const createUserAction = authenticatedAction(
  ZCreateUserInput,
  withRevalidation(async (actor, input: TCreateUserInput) => {
    // The id and e-mail are all the form needs; nothing else of the new row leaves the server.
    const user = await createUser(actor, input);
    return { id: user.id, email: user.email };
  }),
);
export const updateUserAction = authenticatedAction(ZUpdateUserInput, withRevalidation(updateUser));
export const disableUserAction = authenticatedAction(ZUserIdInput, withRevalidation(disableUser));
export const enableUserAction = authenticatedAction(ZUserIdInput, withRevalidation(enableUser));
export const unlockUserAction = authenticatedAction(ZUserIdInput, withRevalidation(unlockUser));
export const resetUserPasswordAction = authenticatedAction(ZResetPasswordInput, withRevalidation(resetUserPassword));

export const createGrantAction = authenticatedAction(ZCreateGrantInput, withRevalidation(createGrant));
export const revokeGrantAction = authenticatedAction(ZRevokeGrantInput, withRevalidation(revokeGrant));

export const revokeApiTokenAction = authenticatedAction(ZRevokeApiTokenInput, withRevalidation(revokeApiTokenAsActor));

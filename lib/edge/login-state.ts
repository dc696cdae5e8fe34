/** What the login action hands back to the form. */
export interface LoginState {
  message: string | null;
  fieldErrors: Partial<Record<'email' | 'password', string[]>>;
  email: string;
}

export const EMPTY_LOGIN_STATE: LoginState = { message: null, fieldErrors: {}, email: '' };

/** Sign-in with the right password on an account the beheerder deactivated. */
export const ACCOUNT_DEACTIVATED_MESSAGE = 'Dit account is gedeactiveerd. Vraag de beheerder van Netwerkkaart om het opnieuw te activeren.';

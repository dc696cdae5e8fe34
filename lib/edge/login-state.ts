/** What the login form learns from its action: the e-mail address typed, to show again. */
export interface LoginOutcome {
  email: string;
}

/** Sign-in with the right password on an account the beheerder deactivated. */
export const ACCOUNT_DEACTIVATED_MESSAGE = 'Dit account is gedeactiveerd. Vraag de beheerder van Netwerkkaart om het opnieuw te activeren.';

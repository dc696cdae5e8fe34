/** What the login action hands back to the form. */
export interface LoginState {
  message: string | null;
  fieldErrors: Partial<Record<'email' | 'password', string[]>>;
  email: string;
}

export const EMPTY_LOGIN_STATE: LoginState = { message: null, fieldErrors: {}, email: '' };

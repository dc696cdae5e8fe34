import { FormField, inputClass, invalidProps } from './form-parts';
import { type ActionState } from '@/lib/edge/action-state';

/** A new password and its repetition (fields `password` and `repeat`, checked by zod on the server). */
export function NewPasswordFields({ state, label = 'Wachtwoord' }: { state: ActionState; label?: string }) {
  return (
    <>
      <FormField label={label} name="password" errors={state.fieldErrors.password} hint="Minstens 12 tekens.">
        <input id="password" name="password" type="password" autoComplete="new-password" className={inputClass} {...invalidProps('password', state)} />
      </FormField>
      <FormField label="Wachtwoord herhalen" name="repeat" errors={state.fieldErrors.repeat}>
        <input id="repeat" name="repeat" type="password" autoComplete="new-password" className={inputClass} {...invalidProps('repeat', state)} />
      </FormField>
    </>
  );
}

import { useForm } from '@mantine/form';
import type { z } from 'zod';
import { zodFormErrors } from './form-errors';
import { type Translate, useI18n } from './i18n';
import { useUnsavedChanges } from './unsaved-changes';

type FormValues = Record<string, unknown>;
export type FieldErrors = Record<string, string>;

export interface ContractFormOptions<V extends FormValues, R> {
  /**
   * What the record holds now, as the form shows it. A field not typed in follows it: a save
   * elsewhere, or someone else's change read again, shows at once.
   */
  current: V;
  /** The request the shown values make; for a PATCH, only what differs from the record. */
  toRequest: (values: V) => R;
  /** The contract's schema of that request: the API's validation pipe checks the same. */
  schema: z.ZodType;
  /** What the schema is given (default: the request itself). */
  schemaInput?: (request: R) => unknown;
  /** The form field that holds a request path (default: the path itself). */
  fieldFor?: (path: string, request: R) => string;
  /** The request sends nothing: the form is not dirty (default: an empty object). */
  isEmpty?: (request: R) => boolean;
  /** Rules beyond the contract's shape (a floor of @cchc/domain); the contract's message comes first. */
  rules?: (values: V, request: R) => FieldErrors;
  /** Shown, not editable: what was typed before the rights changed is shown no more. */
  readOnly?: boolean;
}

const isEmptyObject = (request: unknown) =>
  typeof request === 'object' && request !== null && Object.keys(request).length === 0;

/**
 * The contract's schema as a form resolver: the request the values make, checked by the
 * schema, each issue in the reader's language on the field that holds it (`zodFormErrors`).
 */
export function contractResolver<R>(
  schema: z.ZodType,
  t: Translate,
  { schemaInput = (r) => r, fieldFor }: Pick<ContractFormOptions<FormValues, R>, 'schemaInput' | 'fieldFor'>,
): (request: R) => FieldErrors {
  return (request) =>
    zodFormErrors(schema, schemaInput(request), t, fieldFor && ((path) => fieldFor(path, request)));
}

/**
 * The one form pattern of the inline editors (target row, task row, plan header, confirm),
 * on @mantine/form: the typed values live in the form; a field not typed in shows the record;
 * the request is built from what is shown and checked live by the contract's schema, with
 * messages in Vietnamese; `dirty` means there is something to send (and leaving the screen
 * asks first); `submit` sends it only when valid, and a success makes what was sent the new
 * starting point.
 */
export function useContractForm<V extends FormValues, R>(options: ContractFormOptions<V, R>) {
  const { t } = useI18n();
  const { current, toRequest, rules, readOnly = false, isEmpty = isEmptyObject } = options;
  const form = useForm<V>({ mode: 'controlled', initialValues: current });

  const typed = form.getValues();
  const start = form.getInitialValues();
  const edited = (field: string) =>
    !readOnly && field in typed && !Object.is(typed[field], start[field] as unknown);
  const values = Object.fromEntries(
    Object.keys(current).map((field) => [field, edited(field) ? typed[field] : current[field]]),
  ) as V;

  const request = toRequest(values);
  const dirty = !isEmpty(request);
  const errors: FieldErrors = dirty ? contractResolver<R>(options.schema, t, options)(request) : {};
  for (const [field, message] of Object.entries(rules?.(values, request) ?? {})) errors[field] ??= message;
  const invalid = Object.keys(errors).length > 0;
  // Leaving the screen while something typed is not yet sent asks first
  // (app/unsaved-changes-guard.tsx). A form that may be sent as it stands (confirming what was
  // received) is not holding edits until something is typed.
  const typedSomething = Object.keys(current).some(edited);
  useUnsavedChanges(dirty && typedSomething);

  /** Sets a field (the field name is used as is: a target code may hold a dot). */
  const setField = <K extends keyof V & string>(field: K, value: V[K]) =>
    form.setValues((prev) => ({ ...prev, [field]: value }) as V);

  /** Back to the record: drops what was typed. */
  const reset = () => form.reset();

  /** What was sent is the new starting point; the fields follow the record again. */
  const settle = () => {
    const sent = form.getValues();
    form.setInitialValues(sent);
    form.setValues(sent);
  };

  /** Sends the request when there is one and it is valid; `send` calls `settled` after a success. */
  const submit = (send: (request: R, settled: () => void) => void) => {
    if (!dirty || invalid || readOnly) return;
    send(request, settle);
  };

  return { form, values, request, dirty, errors, invalid, setField, reset, submit };
}

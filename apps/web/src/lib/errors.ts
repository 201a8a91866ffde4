import { type Direction, type Measure, type TargetValue } from '@cchc/domain';
import { type ApiError, type Problem, isApiError } from './api-client';
import { type I18n, hasMessage } from './i18n';

/** What the screen knows about a target, so that a refusal names values as plans write them. */
export interface TargetContext {
  measure: Measure;
  direction: Direction;
}

/**
 * A failed request in plain language: what the API said by its `code` (never its
 * English `detail`), or that the server could not be reached.
 */
export function describeError(
  error: unknown,
  i18n: I18n,
  targetOf?: (code: string) => TargetContext | undefined,
): string {
  const { t } = i18n;
  if (!isApiError(error)) return t('error.network');
  if (error.status === 0) return t('error.network');
  const problem = error.problem;
  if (!problem) return t('error.http', { status: error.status });
  switch (problem.code) {
    case 'TARGET_WEAKER_THAN_PARENT':
      return describeWeaker(error, i18n, targetOf);
    case 'TASK_DUE_LATER_THAN_PARENT':
      return t('error.code.TASK_DUE_LATER_THAN_PARENT', {
        due: problem.parentDue ? i18n.formatDue(problem.parentDue) : '—',
      });
    case 'TARGET_CODE_TAKEN':
      return t('error.code.TARGET_CODE_TAKEN', { code: problem.targetCode ?? '' });
    case 'INTERNAL_ERROR':
      return `${t('error.code.INTERNAL_ERROR')} ${t('error.requestId', { id: problem.requestId })}`;
    case 'VALIDATION_FAILED': {
      const fields = problem.errors?.map((e) => e.field).join(', ');
      return fields ? `${t('error.code.VALIDATION_FAILED')} (${fields})` : t('error.code.VALIDATION_FAILED');
    }
    default: {
      const key = `error.code.${problem.code}`;
      return hasMessage(key) ? t(key) : t('error.http', { status: error.status });
    }
  }
}

function describeWeaker(
  error: ApiError,
  i18n: I18n,
  targetOf?: (code: string) => TargetContext | undefined,
): string {
  const { t } = i18n;
  const problem = error.problem;
  const many = problem?.violations ?? [];
  if (many.length > 1) {
    // Confirming: every target too weak, at once.
    const list = many
      .map((v) => describeWeakerOne({ ...problem, ...v } as Problem, i18n, targetOf))
      .join('; ');
    return t('floors.weakerMany', { count: many.length, list });
  }
  return problem ? describeWeakerOne(problem, i18n, targetOf) : t('error.http', { status: error.status });
}

function describeWeakerOne(
  problem: Problem,
  i18n: I18n,
  targetOf?: (code: string) => TargetContext | undefined,
): string {
  const { t } = i18n;
  const code = problem?.targetCode ?? '';
  const tried = problem?.triedValue;
  const floor = problem?.parentValue;
  if (tried === null || tried === undefined) return t('error.weaker.delete', { code });
  const field = problem?.field === 'district' || problem?.field === 'commune' ? problem.field : 'value';
  const subject = t(`error.subject.${field}`, { code });
  const target = targetOf?.(code);
  // Without the target's measure a value is still written the locale's way: 65,5 and 31/01/2025.
  const show = (v: TargetValue | undefined) =>
    v === undefined
      ? '—'
      : i18n.formatValue(target?.measure ?? (typeof v === 'number' ? 'count' : 'date'), v);
  const params = { subject, tried: show(tried), floor: show(floor) };
  if (!target) return t('error.code.TARGET_WEAKER_THAN_PARENT', params);
  if (target.measure === 'date') return t('error.weaker.date', params);
  return t(target.direction === 'at_least' ? 'error.weaker.atLeast' : 'error.weaker.atMost', params);
}

/** Beside a field whose value is weaker than the floor: "Thấp hơn mức sàn 70 % của cấp trên". */
export function weakerFieldMessage(i18n: I18n, target: TargetContext, floor: TargetValue): string {
  const shown = i18n.formatValue(target.measure, floor);
  if (target.measure === 'date') return i18n.t('validation.weaker.date', { floor: shown });
  return i18n.t(target.direction === 'at_least' ? 'validation.weaker.atLeast' : 'validation.weaker.atMost', {
    floor: shown,
  });
}

/** A locked account: refused with its own code, told apart from a wrong password. */
export function isLockedAccount(problem: Problem): boolean {
  return problem.code === 'ACCOUNT_LOCKED';
}

/** Why signing in failed: wrong name or password, a locked account, too many attempts. */
export function describeSignInError(error: unknown, i18n: I18n): string {
  const { t } = i18n;
  const problem = isApiError(error) ? error.problem : null;
  if (problem?.code === 'TOO_MANY_ATTEMPTS') {
    const seconds = Math.max(1, problem.retryAfterSeconds ?? 60);
    // The wait grows from a second: under a minute it is said in seconds.
    if (seconds < 60) return t('auth.tooManyAttemptsSeconds', { count: seconds });
    return t('auth.tooManyAttempts', { count: Math.ceil(seconds / 60) });
  }
  if (problem && isLockedAccount(problem)) return t('auth.locked');
  if (problem?.code === 'UNAUTHENTICATED') return t('auth.wrongPassword');
  return describeError(error, i18n);
}

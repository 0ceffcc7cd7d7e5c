// Error codes that cross the IPC boundary. Every code has a translation under `errors:<code>` in
// each locale (checked by the locale parity test). `field` names the input field at fault (a key
// under `common:fields`), `params` fill the message's {{placeholders}}.

export const ERROR_CODES = [
  'unknown_channel',
  'invalid_input',
  'required',
  'invalid_email',
  'invalid_format',
  'invalid_choice',
  'too_long',
  'too_short',
  'too_small',
  'too_big',
  'unknown_key',
  'not_found',
  'duplicate_email',
  'archived',
  'end_before_start',
  'invalid_time_zone',
  'invalid_country',
  'parent_not_top_level',
  'agenda_item_has_sub_items',
  'nonexistent_local_time',
  'end_or_duration',
  'days_or_date',
  // live session (issue 3)
  'meeting_closed',
  'meeting_not_closed',
  'session_not_open',
  'session_already_open',
  'session_paused',
  'session_running',
  'no_current_item',
  'no_next_item',
  'item_has_sub_items',
  'item_deferred',
  'item_current',
  'item_not_deferrable',
  'item_not_in_backlog',
  'speaker_not_present',
  'speaker_recused',
  'speaker_already_queued',
  'speaker_not_queued',
  'no_speaker',
  'queue_empty',
  'proxy_self',
  'proxy_already_held',
  'not_in_room',
  'defer_no_next_meeting',
  'defer_target_past',
  'defer_target_closed',
  'defer_same_meeting',
  'csv_empty',
  'csv_encoding',
  'csv_header',
  'csv_changed',
  'duplicate_in_file',
  'duplicate_role',
  'invalid_phone',
  'parent_cycle',
  'db_newer',
  'db_corrupt',
  'db_unreadable',
  'not_empty',
  'backup_unknown',
  'restore_unavailable',
  'internal',
  // decisions (issue 4): votes, proxies, ballots, consensus, no-objection calls
  'vote_not_open',
  'vote_closed',
  'vote_annulled',
  'voter_not_eligible',
  'voter_recused',
  'voter_inactive',
  'already_voted',
  'unknown_option',
  'proxy_not_allowed',
  'proxy_missing',
  'proxy_given',
  'proxy_limit',
  'proxy_already_given',
  'proxy_chain',
  'proxy_after_opening',
  'aggregate_empty',
  'aggregate_without_country',
  'aggregate_exceeds_electorate',
  'threshold_out_of_range',
  'quorum_out_of_range',
  'cap_out_of_range',
  'duplicate_option',
  'no_tie',
  'casting_vote_not_chair',
  'extension_used',
  'extension_quorum_met',
  'objection_call_closed',
  'already_objected',
  'not_a_member',
  'designation_missing',
  'designation_exists',
  'designation_accepted',
  'challenge_order',
  'challenge_pending',
  'no_challenge',
  // decisions core (issue 4): the stored process
  'objection_call_running',
  'casting_vote_required',
  'decision_settled',
  'decision_wrong_stage',
  'vote_in_progress',
  'vote_not_draft',
  'result_hidden',
  'already_recused',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  /** English developer message; the user sees the translation of `code`. */
  message: string;
  /** Input field at fault, as a dotted path (e.g. `email`, `items.2.title`). */
  field?: string;
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, field?: string, params?: AppError['params']): Result<never> => ({
  ok: false,
  error: { code, message, ...(field ? { field } : {}), ...(params ? { params } : {}) },
});

/** Thrown inside the core; the dispatcher turns it into `{ ok: false, error }` and rolls back. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly params?: AppError['params'],
  ) {
    super(message);
    this.name = 'DomainError';
  }
  toAppError(): AppError {
    return {
      code: this.code,
      message: this.message,
      ...(this.field ? { field: this.field } : {}),
      ...(this.params ? { params: this.params } : {}),
    };
  }
}

export const isErrorCode = (s: string): s is ErrorCode => (ERROR_CODES as readonly string[]).includes(s);

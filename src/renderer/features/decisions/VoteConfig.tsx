import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LACRALO_VOTE_RULES, ONE_OVER_COUNTRIES, type Ratio, type VoteRules } from '../../../shared/domain/decisions/rules';
import type { AppError, Result } from '../../../shared/errors';
import { FieldError, invalidProps } from '../../app/form';
import { PRESETS, presetOf, type Preset } from './model';
const pct = (r: Ratio) => String(Math.round((r.num / r.den) * 10000) / 100);
const ratio = (s: string): Ratio => ({ num: Math.round(Number(s) * 100), den: 10000 });

export interface VoteConfigProps {
  initial?: VoteRules;
  /** What the rules are for: a new vote (votes.create), a draft (votes.update), a body's default (decisions.saveSettings). */
  onSubmit: (rules: VoteRules) => Promise<Result<unknown>>;
  /** Heading (default: "Set up the vote") and submit label (default: "Set up the vote"). */
  title?: string;
  submitLabel?: string;
  /** Extra fields inside the same form (the body's participation rule on the rules screen). */
  children?: ReactNode;
  onCancel?: () => void;
}

/**
 * The one form for vote rules: a preset (the body's default first), then every rule. Used to set up a
 * vote, to edit a draft vote's rules and to set a body's default rules.
 */
export function VoteConfig({ initial, onSubmit: submit, title, submitLabel, children, onCancel }: VoteConfigProps) {
  const { t } = useTranslation('decisions');
  const [preset, setPreset] = useState<Preset>(presetOf(initial ?? LACRALO_VOTE_RULES));
  const [rules, setRules] = useState<VoteRules>(initial ?? LACRALO_VOTE_RULES);
  const [options, setOptions] = useState(rules.method.kind === 'choice' ? rules.method.options.map((o) => o.label).join('\n') : '');
  const [error, setError] = useState<AppError | null>(null);
  const patch = (p: Partial<VoteRules>) => {
    setPreset('custom');
    setRules((r) => ({ ...r, ...p }));
  };
  const onPreset = (p: Preset) => {
    setPreset(p);
    if (p !== 'custom') setRules(PRESETS[p]);
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const method: VoteRules['method'] =
      rules.method.kind === 'choice'
        ? {
            kind: 'choice',
            options: options
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean)
              .map((label, i) => ({ id: `o${i + 1}`, label })),
          }
        : rules.method;
    const res = await submit({ ...rules, method });
    setError(res.ok ? null : res.error);
  };
  const q = rules.quorum;
  const th = rules.threshold;
  const w = rules.weighting;
  // The contract's fields are rules.quorum.share…: the form marks the last key.
  const err = (input: string) => invalidProps(error && { ...error, field: error.field?.split('.').pop() }, input, {}, `vote-${input}-error`);
  const fe = (input: string) => <FieldError error={error && { ...error, field: error.field?.split('.').pop() }} input={input} id={`vote-${input}-error`} />;

  return (
    <form className="vote-config" onSubmit={(e) => void onSubmit(e)} data-testid="vote-config" aria-labelledby="vote-config-title">
      <h3 id="vote-config-title">{title ?? t('vote.configure')}</h3>
      <div className="form-grid">
        <label className="field">
          <span>{t('fields.preset')}</span>
          <select value={preset} onChange={(e) => onPreset(e.target.value as Preset)} data-testid="vote-preset">
            <option value="lacralo">{t('vote.preset.lacralo')}</option>
            <option value="alac">{t('vote.preset.alac')}</option>
            <option value="custom">{t('vote.preset.custom')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('fields.voters')}</span>
          <select value={rules.voters} onChange={(e) => patch({ voters: e.target.value as VoteRules['voters'] })} data-testid="vote-voters">
            <option value="als">{t('vote.voters.als')}</option>
            <option value="members">{t('vote.voters.members')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('fields.method')}</span>
          <select
            value={rules.method.kind}
            onChange={(e) => patch({ method: e.target.value === 'choice' ? { kind: 'choice', options: [] } : { kind: 'yes_no_abstain' } })}
            data-testid="vote-method"
          >
            <option value="yes_no_abstain">{t('vote.method.yes_no_abstain')}</option>
            <option value="choice">{t('vote.method.choice')}</option>
          </select>
        </label>
        {rules.method.kind === 'choice' ? (
          <label className="field wide">
            <span>{t('fields.options')}</span>
            <textarea rows={3} value={options} onChange={(e) => setOptions(e.target.value)} {...err('options')} data-testid="vote-options" />
            <span className="hint">{t('vote.optionsHint')}</span>
            {fe('options')}
          </label>
        ) : null}
        <label className="field">
          <span>{t('fields.ballot')}</span>
          <select value={rules.ballot} onChange={(e) => patch({ ballot: e.target.value as VoteRules['ballot'] })} data-testid="vote-ballot">
            <option value="secret">{t('vote.ballot.secret')}</option>
            <option value="roll_call">{t('vote.ballot.roll_call')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('fields.quorum')}</span>
          <select
            value={q.kind}
            onChange={(e) =>
              patch({
                quorum:
                  e.target.value === 'none'
                    ? { kind: 'none' }
                    : e.target.value === 'min_non_abstaining'
                      ? { kind: 'min_non_abstaining', min: 5 }
                      : { kind: 'share_of_eligible', share: { num: 1, den: 2 }, comparison: 'at_least' },
              })
            }
            {...err('quorum')}
            data-testid="vote-quorum"
          >
            <option value="share_of_eligible">{t('vote.quorum.share_of_eligible')}</option>
            <option value="min_non_abstaining">{t('vote.quorum.min_non_abstaining')}</option>
            <option value="none">{t('vote.quorum.none')}</option>
          </select>
          {fe('quorum')}
        </label>
        {q.kind === 'share_of_eligible' ? (
          <label className="field">
            <span>{t('fields.quorumShare')}</span>
            <input type="number" min={1} max={100} step="any" value={pct(q.share)} onChange={(e) => patch({ quorum: { ...q, share: ratio(e.target.value) } })} {...err('share')} data-testid="vote-quorum-share" />
            {fe('share')}
          </label>
        ) : q.kind === 'min_non_abstaining' ? (
          <label className="field">
            <span>{t('fields.quorumMin')}</span>
            <input type="number" min={1} value={q.min} onChange={(e) => patch({ quorum: { ...q, min: Number(e.target.value) } })} {...err('min')} data-testid="vote-quorum-min" />
            {fe('min')}
          </label>
        ) : null}
        <label className="field">
          <span>{t('fields.threshold')}</span>
          <select
            value={th.kind}
            onChange={(e) =>
              patch({
                threshold:
                  e.target.value === 'fraction'
                    ? { kind: 'fraction', fraction: { num: 3, den: 5 }, of: 'cast', comparison: 'at_least' }
                    : ({ kind: e.target.value } as VoteRules['threshold']),
              })
            }
            {...err('threshold')}
            data-testid="vote-threshold"
          >
            {(['more_for_than_against', 'simple_majority_of_cast', 'two_thirds', 'absolute_majority_of_eligible', 'unanimity', 'fraction'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`vote.threshold.${k}`)}
              </option>
            ))}
          </select>
          {fe('threshold')}
        </label>
        {th.kind === 'fraction' ? (
          <label className="field">
            <span>{t('fields.fraction')}</span>
            <input type="number" min={1} max={100} step="any" value={pct(th.fraction)} onChange={(e) => patch({ threshold: { ...th, fraction: ratio(e.target.value) } })} {...err('fraction')} data-testid="vote-fraction" />
            {fe('fraction')}
          </label>
        ) : null}
        <label className="field">
          <span>{t('fields.abstentions')}</span>
          <select value={rules.abstentions} onChange={(e) => patch({ abstentions: e.target.value as VoteRules['abstentions'] })} data-testid="vote-abstentions">
            <option value="reported">{t('vote.abstentions.reported')}</option>
            <option value="counted">{t('vote.abstentions.counted')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('fields.ties')}</span>
          <select value={rules.ties.kind} onChange={(e) => patch({ ties: { kind: e.target.value as VoteRules['ties']['kind'] } })} data-testid="vote-ties">
            <option value="second_ballot_then_draw">{t('vote.ties.second_ballot_then_draw')}</option>
            <option value="chair_casting_vote">{t('vote.ties.chair_casting_vote')}</option>
            <option value="rejected">{t('vote.ties.rejected')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('fields.weighting')}</span>
          <select
            value={w.kind}
            onChange={(e) => patch({ weighting: e.target.value === 'none' ? { kind: 'none' } : { kind: 'country_cap', maxShare: ONE_OVER_COUNTRIES } })}
            data-testid="vote-weighting"
          >
            <option value="none">{t('vote.weighting.none')}</option>
            <option value="country_cap">{t('vote.weighting.country_cap')}</option>
          </select>
        </label>
        {w.kind === 'country_cap' ? (
          <label className="field">
            <span>{t('fields.maxShare')}</span>
            <select
              value={w.maxShare === ONE_OVER_COUNTRIES ? ONE_OVER_COUNTRIES : 'fixed'}
              onChange={(e) => patch({ weighting: { kind: 'country_cap', maxShare: e.target.value === 'fixed' ? { num: 1, den: 4 } : ONE_OVER_COUNTRIES } })}
              data-testid="vote-cap-kind"
            >
              <option value={ONE_OVER_COUNTRIES}>{t('vote.weighting.oneOverCountries')}</option>
              <option value="fixed">{t('vote.weighting.fixed')}</option>
            </select>
            {w.maxShare !== ONE_OVER_COUNTRIES ? (
              <input
                type="number"
                min={1}
                max={100}
                step="any"
                aria-label={t('fields.maxSharePercent')}
                value={pct(w.maxShare)}
                onChange={(e) => patch({ weighting: { kind: 'country_cap', maxShare: ratio(e.target.value) } })}
                {...err('maxShare')}
                data-testid="vote-cap-share"
              />
            ) : null}
            {fe('maxShare')}
          </label>
        ) : null}
        <label className="field checkbox">
          <span>{t('fields.proxies')}</span>
          <span className="row">
            <input
              type="checkbox"
              id="vote-proxies-allowed"
              checked={rules.proxies.allowed}
              onChange={(e) => patch({ proxies: { ...rules.proxies, allowed: e.target.checked } })}
              data-testid="vote-proxies"
            />
            <label htmlFor="vote-proxies-allowed">{t('vote.proxiesAllowed')}</label>
          </span>
        </label>
        {rules.proxies.allowed ? (
          <label className="field">
            <span>{t('fields.maxHeld')}</span>
            <input
              type="number"
              min={1}
              max={10}
              value={rules.proxies.maxHeld}
              onChange={(e) => patch({ proxies: { ...rules.proxies, maxHeld: Number(e.target.value) } })}
              {...err('maxHeld')}
              data-testid="vote-max-held"
            />
            {fe('maxHeld')}
          </label>
        ) : null}
        {children}
      </div>
      <div className="row">
        <button type="submit" className="button primary" data-testid="vote-setup">
          {submitLabel ?? t('vote.setUp')}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel} data-testid="vote-config-cancel">
            {t('vote.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

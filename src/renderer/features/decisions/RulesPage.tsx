import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyDecisionSettings } from '../../../shared/domain/decisions/contract';
import type { ParticipationRule } from '../../../shared/domain/decisions/participation';
import type { AppError } from '../../../shared/errors';
import { invoke } from '../../api';
import { FieldError, invalidProps } from '../../app/form';
import { href } from '../../app/route';
import { useStore } from '../../store';
import { NS } from './slice';
import { VoteConfig } from './VoteConfig';
import { BodyOptions } from './options';

/** Meeting kinds a participation rule may count ('monthly_call' is how the core names calls). */
const MEETING_KINDS = ['monthly_call', 'face_to_face', 'hybrid'] as const;

/**
 * #/decisions/rules: a body's default vote rules (copied into every new vote, adjustable per vote)
 * and its participation rule (who loses the vote for missed meetings). One form: the vote panel's.
 */
export function RulesPage() {
  const { t } = useTranslation('decisions');
  const bodies = useStore((s) => s.decisionBodies);
  const loadBodies = useStore((s) => s.loadDecisionBodies);
  const run = useStore((s) => s.run);
  const [picked, setBodyId] = useState('');
  // The first body until the secretary picks another.
  const bodyId = picked || bodies?.[0]?.id || '';
  const [settings, setSettings] = useState<BodyDecisionSettings | null>(null);
  const [participation, setParticipation] = useState<ParticipationRule>({ kind: 'none' });
  const [saved, setSaved] = useState(false);
  // A refusal about the participation rule (participationRule.misses…) marks its field here; the
  // vote rules form marks its own.
  const [error, setError] = useState<AppError | null>(null);
  const pError = error?.field?.startsWith('participationRule.') ? { ...error, field: error.field.split('.').pop() } : null;

  useEffect(() => {
    void loadBodies();
  }, [loadBodies]);
  useEffect(() => {
    if (!bodyId) return;
    let live = true;
    void run(invoke('decisions.settings', { bodyId }), NS).then((res) => {
      if (!live || !res.ok) return;
      setSettings(res.value);
      setParticipation(res.value.participationRule);
    });
    return () => {
      live = false;
    };
  }, [bodyId, run]);

  const body = bodies?.find((b) => b.id === bodyId);
  const save = async (voteRules: BodyDecisionSettings['voteRules']) => {
    const res = await run(invoke('decisions.saveSettings', { bodyId, voteRules, participationRule: participation }), NS);
    setSaved(res.ok);
    setError(res.ok ? null : res.error);
    if (res.ok) {
      setSettings(res.value);
      setParticipation(res.value.participationRule);
    }
    return res;
  };
  const p = participation;

  return (
    <section className="page decisions" aria-labelledby="rules-title" data-testid="rules-page">
      <a className="back-link" href={href('decisions')}>
        ← {t('title')}
      </a>
      <div className="page-head">
        <h1 id="rules-title">{t('rules.title')}</h1>
      </div>
      <p className="muted">{t('rules.intro')}</p>
      <div className="panel filters">
        <label>
          <span>{t('fields.bodyId')}</span>
          <select value={bodyId} onChange={(e) => {
              setSaved(false);
              setBodyId(e.target.value);
            }} data-testid="rules-body">
            <BodyOptions />
          </select>
        </label>
      </div>
      {settings && settings.bodyId === bodyId ? (
        <div className="panel">
          <VoteConfig
            key={`${bodyId}-${JSON.stringify(settings.voteRules)}`}
            initial={settings.voteRules}
            title={t('rules.voteRules', { body: body?.shortName || body?.name || '' })}
            submitLabel={t('rules.save')}
            onSubmit={save}
          >
            <fieldset className="field wide participation-rule" data-testid="rules-participation">
              <legend>{t('fields.participationRule')}</legend>
              <div className="form-grid">
                <label className="field">
                  <span>{t('rules.participationKind')}</span>
                  <select
                    value={p.kind}
                    onChange={(e) => setParticipation(e.target.value === 'none' ? { kind: 'none' } : { kind: 'consecutive_misses', misses: 3, meetingKind: 'monthly_call' })}
                    data-testid="rules-participation-kind"
                  >
                    <option value="none">{t('rules.participation.none')}</option>
                    <option value="consecutive_misses">{t('rules.participation.consecutive_misses')}</option>
                  </select>
                </label>
                {p.kind === 'consecutive_misses' ? (
                  <>
                    <label className="field">
                      <span>{t('fields.misses')}</span>
                      <input
                        type="number"
                        min={1}
                        max={100}
                        value={p.misses}
                        onChange={(e) => setParticipation({ ...p, misses: Number(e.target.value) })}
                        {...invalidProps(pError, 'misses', {}, 'rules-misses-error')}
                        data-testid="rules-misses"
                      />
                      <FieldError error={pError} input="misses" id="rules-misses-error" />
                    </label>
                    <label className="field">
                      <span>{t('fields.meetingKind')}</span>
                      <select value={p.meetingKind ?? ''} onChange={(e) => setParticipation({ ...p, meetingKind: e.target.value || null })} data-testid="rules-meeting-kind">
                        <option value="">{t('rules.meetingKinds.any')}</option>
                        {MEETING_KINDS.map((k) => (
                          <option key={k} value={k}>
                            {t(`rules.meetingKinds.${k}`)}
                          </option>
                        ))}
                      </select>
                    </label>
                  </>
                ) : null}
              </div>
              <span className="hint">{t('rules.participationHint')}</span>
            </fieldset>
          </VoteConfig>
          <p role="status" className="muted" data-testid="rules-saved">
            {saved ? t('rules.saved', { body: body?.shortName || body?.name || '' }) : ''}
          </p>
        </div>
      ) : bodies && bodies.length === 0 ? (
        <p className="empty">{t('rules.noBodies')}</p>
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </section>
  );
}

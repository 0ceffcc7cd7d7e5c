import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';

/** The options of a select of people (the body's members): "Choose…" first unless `multiple`. */
export function PeopleOptions({ multiple = false }: { multiple?: boolean }) {
  const { t } = useTranslation('decisions');
  const people = useStore((s) => s.decisionPeople);
  return (
    <>
      {multiple ? null : <option value="">{t('choose')}</option>}
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </>
  );
}

/** The options of a select of bodies, by short name. */
export function BodyOptions() {
  const bodies = useStore((s) => s.decisionBodies);
  return (
    <>
      {(bodies ?? []).map((b) => (
        <option key={b.id} value={b.id}>
          {b.shortName || b.name}
        </option>
      ))}
    </>
  );
}

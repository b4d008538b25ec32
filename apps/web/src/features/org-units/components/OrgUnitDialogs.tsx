import {
  Dialog,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  TextField,
} from '@inspraak/web-ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../../lib/field-errors';
import { apiErrorCode, apiFieldErrors } from '../../../lib/graphql-errors';
import { useArchiveOrgUnit } from '../hooks/useArchiveOrgUnit';
import { useCreateOrgUnit } from '../hooks/useCreateOrgUnit';
import { useMoveOrgUnit } from '../hooks/useMoveOrgUnit';
import { useRenameOrgUnit } from '../hooks/useRenameOrgUnit';
import { orgUnitOptions, subtreeIds, type OrgUnitLike } from '../org-unit-tree';

interface DialogBase {
  onClose: () => void;
  onDone: (message: string, focusId?: string) => void;
}

function useFailure() {
  const { t } = useTranslation();
  return (
    error: unknown,
    setField: (code: string) => boolean,
    setProblem: (text: string) => void,
  ) => {
    const fields = apiFieldErrors(error);
    const code = Object.values(fields)[0];
    if (code && setField(code)) return;
    setProblem(apiErrorCode(error) === 'NOT_FOUND' ? t('orgUnits.gone') : t('common.saveFailed'));
  };
}

export interface OrgUnitNameDialogProps extends DialogBase {
  /** Rename this unit, or create a child of `parent` (null: top level). */
  mode: { kind: 'rename'; unit: OrgUnitLike } | { kind: 'create'; parent: OrgUnitLike | null };
}

export function OrgUnitNameDialog({ mode, onClose, onDone }: OrgUnitNameDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const { createOrgUnit, loading: creating } = useCreateOrgUnit();
  const { renameOrgUnit, loading: renaming } = useRenameOrgUnit();
  const [name, setName] = useState(mode.kind === 'rename' ? mode.unit.name : '');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const fail = useFailure();
  const busy = creating || renaming;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!name.trim()) {
      setError('REQUIRED');
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    try {
      if (mode.kind === 'rename') {
        await renameOrgUnit(mode.unit.id, name.trim());
        onDone(t('orgUnits.renamed', { name: name.trim() }), mode.unit.id);
      } else {
        const result = await createOrgUnit(name.trim(), mode.parent?.id ?? null);
        onDone(t('orgUnits.created', { name: name.trim() }), result.data?.createOrgUnit.id);
      }
    } catch (caught) {
      fail(
        caught,
        (code) => {
          setError(code);
          inputRef.current?.focus();
          return true;
        },
        setProblem,
      );
    }
  };

  const title =
    mode.kind === 'rename'
      ? t('orgUnits.renameTitle', { name: mode.unit.name })
      : mode.parent
        ? t('orgUnits.createChildTitle', { name: mode.parent.name })
        : t('orgUnits.createRootTitle');

  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      closeLabel={t('common.close')}
      actions={
        <>
          <PrimaryActionButton type="submit" form={formId} busy={busy} disabled={busy}>
            {mode.kind === 'rename' ? t('orgUnits.rename') : t('orgUnits.create')}
          </PrimaryActionButton>
          <SecondaryActionButton onClick={onClose}>{t('common.cancel')}</SecondaryActionButton>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void onSubmit(event)}>
        {problem ? (
          <p role="alert" className="ins-inline-error">
            {problem}
          </p>
        ) : null}
        <TextField
          ref={inputRef}
          label={t('orgUnits.name')}
          value={name}
          onChange={setName}
          maxLength={200}
          autoComplete="off"
          error={fieldErrorText(t, error)}
          errorPrefix={t('common.errorPrefix')}
          required
        />
      </form>
    </Dialog>
  );
}

export interface MoveOrgUnitDialogProps extends DialogBase {
  unit: OrgUnitLike;
  units: readonly OrgUnitLike[];
}

const TOP_LEVEL = '';

export function MoveOrgUnitDialog({ unit, units, onClose, onDone }: MoveOrgUnitDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const { moveOrgUnit, loading } = useMoveOrgUnit();
  const [parentId, setParentId] = useState(unit.parentId ?? TOP_LEVEL);
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const fail = useFailure();
  // A unit cannot go under itself or one of its own sub-units.
  const excluded = subtreeIds(units, unit.id);
  const options = [
    { value: TOP_LEVEL, label: t('orgUnits.topLevel') },
    ...orgUnitOptions(units)
      .filter((option) => !excluded.has(option.value))
      .map((option) => ({ value: option.value, label: option.label })),
  ];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setError(undefined);
    try {
      await moveOrgUnit(unit.id, parentId || null);
      const parent = units.find((candidate) => candidate.id === parentId);
      onDone(
        parent
          ? t('orgUnits.moved', { name: unit.name, parent: parent.name })
          : t('orgUnits.movedTop', { name: unit.name }),
        unit.id,
      );
    } catch (caught) {
      fail(
        caught,
        (code) => {
          setError(code);
          return true;
        },
        setProblem,
      );
    }
  };

  return (
    <Dialog
      open
      title={t('orgUnits.moveTitle', { name: unit.name })}
      onClose={onClose}
      closeLabel={t('common.close')}
      actions={
        <>
          <PrimaryActionButton type="submit" form={formId} busy={loading} disabled={loading}>
            {t('orgUnits.move')}
          </PrimaryActionButton>
          <SecondaryActionButton onClick={onClose}>{t('common.cancel')}</SecondaryActionButton>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void onSubmit(event)}>
        {problem ? (
          <p role="alert" className="ins-inline-error">
            {problem}
          </p>
        ) : null}
        <Paragraph>{t('orgUnits.moveHint')}</Paragraph>
        <SelectField
          label={t('orgUnits.newParent')}
          value={parentId}
          onChange={setParentId}
          options={options}
          error={fieldErrorText(t, error)}
          errorPrefix={t('common.errorPrefix')}
        />
      </form>
    </Dialog>
  );
}

export interface ArchiveOrgUnitDialogProps extends DialogBase {
  unit: OrgUnitLike;
  /** Units below it that are archived with it. */
  descendantCount: number;
}

export function ArchiveOrgUnitDialog({
  unit,
  descendantCount,
  onClose,
  onDone,
}: ArchiveOrgUnitDialogProps) {
  const { t } = useTranslation();
  const { archiveOrgUnit, loading } = useArchiveOrgUnit();
  const [problem, setProblem] = useState<string | null>(null);
  const fail = useFailure();

  const confirm = async () => {
    try {
      await archiveOrgUnit(unit.id);
      onDone(t('orgUnits.archived', { name: unit.name }));
    } catch (caught) {
      fail(caught, () => false, setProblem);
    }
  };

  return (
    <Dialog
      open
      role="alertdialog"
      title={t('orgUnits.archiveTitle', { name: unit.name })}
      onClose={onClose}
      closeLabel={t('common.close')}
      actions={
        <>
          <PrimaryActionButton
            hint="danger"
            busy={loading}
            disabled={loading}
            onClick={() => void confirm()}
          >
            {t('orgUnits.archive')}
          </PrimaryActionButton>
          <SecondaryActionButton onClick={onClose}>{t('common.cancel')}</SecondaryActionButton>
        </>
      }
    >
      <Paragraph>
        {descendantCount > 0
          ? t('orgUnits.archiveTextWithChildren', { name: unit.name, count: descendantCount })
          : t('orgUnits.archiveText', { name: unit.name })}
      </Paragraph>
      {problem ? (
        <p role="alert" className="ins-inline-error">
          {problem}
        </p>
      ) : null}
    </Dialog>
  );
}

import { ActionIcon, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../lib/i18n';

/** The header's search: Enter opens the results page for what was typed. */
export function SearchBox() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const current = location.pathname === '/search' ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(current);
  // On the results page the box shows what they are for; elsewhere it starts empty.
  useEffect(() => setText(current), [current]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = text.trim();
    if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
  };

  return (
    <search aria-label={t('search.label')}>
      <form onSubmit={submit}>
        <TextInput
          type="search"
          size="xs"
          w={{ base: 180, md: 320 }}
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          maxLength={100}
          rightSection={
            <ActionIcon type="submit" variant="subtle" size="sm" aria-label={t('search.submit')}>
              <IconSearch size={14} aria-hidden />
            </ActionIcon>
          }
        />
      </form>
    </search>
  );
}

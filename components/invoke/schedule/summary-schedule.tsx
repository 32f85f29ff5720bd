'use client';

import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';

import { type InvokeDraft } from '@/lib/invoke/draft';
import { describeFrequency, parseFrequency } from '@/lib/schedule';

/**
 * The launch form's schedule in words for the Summary ("At 02:00, Monday through Friday
 * (Asia/Shanghai)"). Its own module, loaded once Period is chosen, so the words' library
 * stays out of the form's first load.
 */
export function SummarySchedule() {
  const frequency = useWatch<InvokeDraft, 'frequency'>({ name: 'frequency' });
  return useMemo(() => {
    if (!frequency.trim()) return 'On a schedule not yet set';
    const parsed = parseFrequency(frequency);
    return parsed.ok ? describeFrequency(parsed.frequency) : 'On a schedule that needs attention';
  }, [frequency]);
}

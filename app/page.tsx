import { redirect } from 'next/navigation';

import { canAct, requireUser } from '@/lib/auth/page';

/** Home: operators and admins start at the launch form; a viewer, who cannot launch, at the overview. */
export default async function Home() {
  const user = await requireUser('/');
  redirect(canAct(user, 'operator') ? '/invoke' : '/overview');
}

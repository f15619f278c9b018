import { Navigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { HOME_BY_ROLE } from '../navigation';

/** The start page: a role's main page, the public plans for visitors. */
export default function HomePage() {
  const { session } = useAuth();
  const role = session?.roles[0];
  return <Navigate to={role ? HOME_BY_ROLE[role] : '/public/plans'} replace />;
}

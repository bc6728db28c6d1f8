// THE route table of the console: one entry per page, with who may open it and its menu
// entry. The router, the side menu, the breadcrumbs and the page titles all read it.
// To add a page: add its component under features/<room>/, then one entry here.
import {
  AlertOutlined, ApartmentOutlined, ExclamationCircleOutlined, AuditOutlined, CarOutlined, CloudUploadOutlined, DashboardOutlined, FileDoneOutlined, FlagOutlined,
  ScheduleOutlined, ShopOutlined, SolutionOutlined, TeamOutlined, UserOutlined,
} from '@ant-design/icons';
import type { ParseKeys } from 'i18next';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import type { Role } from '../api/types';
import { OFFICERS } from './session';

const REVIEWERS: readonly Role[] = ['admin', 'province'];
const EMPLOYERS: readonly Role[] = ['employer'];

export type AppRoute = {
  /** Under the layout, without the leading slash: 'workers', 'workers/:id'. */
  path: string;
  page: LazyExoticComponent<ComponentType>;
  /** Roles that may open it; others get the not-found page (as the API answers 404). */
  roles: readonly Role[];
  /** i18n key of the page title (breadcrumb, document title, menu label). */
  title: ParseKeys;
  /** In the side menu, with this icon. Detail pages leave it out. */
  menu?: { icon: ReactNode };
  /** Path of the page the breadcrumb shows above this one ('workers' for 'workers/:id'). */
  parent?: string;
};

/** A page loaded with its route's chunk: `page(() => import('…/XPage'), 'XPage')` (named exports). */
function page<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}

export const routes: readonly AppRoute[] = [
  {
    path: 'dashboard', title: 'dashboard.title', roles: OFFICERS, menu: { icon: <DashboardOutlined /> },
    page: page(() => import('../features/dashboard/DashboardPage'), 'DashboardPage'),
  },
  {
    path: 'campaigns', title: 'campaigns.title', roles: OFFICERS, menu: { icon: <FlagOutlined /> },
    page: page(() => import('../features/campaigns/CampaignsPage'), 'CampaignsPage'),
  },
  {
    path: 'workers', title: 'workers.title', roles: OFFICERS, menu: { icon: <TeamOutlined /> },
    page: page(() => import('../features/workers/WorkersPage'), 'WorkersPage'),
  },
  {
    path: 'workers/:id', title: 'workers.detail', roles: OFFICERS, parent: 'workers',
    page: page(() => import('../features/workers/WorkerPage'), 'WorkerPage'),
  },
  {
    path: 'imports', title: 'imports.title', roles: OFFICERS, menu: { icon: <CloudUploadOutlined /> },
    page: page(() => import('../features/imports/ImportsPage'), 'ImportsPage'),
  },
  {
    path: 'jobs', title: 'jobs.title', roles: OFFICERS, menu: { icon: <ShopOutlined /> },
    page: page(() => import('../features/jobs/JobsPage'), 'JobsPage'),
  },
  {
    // Provincial officers review (the API refuses the others), as they create employer accounts.
    path: 'jobs/approvals', title: 'employer.approvals', roles: REVIEWERS, menu: { icon: <FileDoneOutlined /> },
    page: page(() => import('../features/employer/ApprovalsPage'), 'ApprovalsPage'),
  },
  {
    path: 'jobs/:id', title: 'jobs.vacancy', roles: OFFICERS, parent: 'jobs',
    page: page(() => import('../features/jobs/VacancyPage'), 'VacancyPage'),
  },
  {
    path: 'jobs/employers/:id', title: 'jobs.employerPage', roles: OFFICERS, parent: 'jobs',
    page: page(() => import('../features/jobs/EmployerPage'), 'EmployerPage'),
  },
  {
    path: 'allocation', title: 'allocation.title', roles: OFFICERS, menu: { icon: <ApartmentOutlined /> },
    page: page(() => import('../features/allocation/AllocationPage'), 'AllocationPage'),
  },
  {
    path: 'trips', title: 'trips.title', roles: OFFICERS, menu: { icon: <CarOutlined /> },
    page: page(() => import('../features/trips/TripsPage'), 'TripsPage'),
  },
  {
    path: 'departure', title: 'departure.title', roles: OFFICERS, menu: { icon: <ScheduleOutlined /> },
    page: page(() => import('../features/departure/DeparturePage'), 'DeparturePage'),
  },
  {
    path: 'departure/attention', title: 'departure.attentionTitle', roles: OFFICERS, menu: { icon: <AlertOutlined /> },
    page: page(() => import('../features/departure/AttentionPage'), 'AttentionPage'),
  },
  {
    path: 'grievances', title: 'grievances.title', roles: OFFICERS, menu: { icon: <ExclamationCircleOutlined /> },
    page: page(() => import('../features/grievances/GrievancesPage'), 'GrievancesPage'),
  },
  {
    path: 'accounts', title: 'auth.accounts', roles: OFFICERS, menu: { icon: <UserOutlined /> },
    page: page(() => import('../features/auth/AccountsPage'), 'AccountsPage'),
  },
  {
    path: 'audit', title: 'auth.audit', roles: OFFICERS, menu: { icon: <AuditOutlined /> },
    page: page(() => import('../features/auth/AuditPage'), 'AuditPage'),
  },
  {
    path: 'portal', title: 'employer.myVacancies', roles: EMPLOYERS, menu: { icon: <SolutionOutlined /> },
    page: page(() => import('../features/employer/EmployerVacanciesPage'), 'EmployerVacanciesPage'),
  },
  {
    path: 'portal/:id', title: 'employer.vacancy', roles: EMPLOYERS, parent: 'portal',
    page: page(() => import('../features/employer/EmployerVacancyPage'), 'EmployerVacancyPage'),
  },
  {
    // The same page as the officers': the API gives the employer its own grievances and its moves.
    path: 'portal/grievances', title: 'grievances.portalTitle', roles: EMPLOYERS, menu: { icon: <ExclamationCircleOutlined /> },
    page: page(() => import('../features/grievances/GrievancesPage'), 'GrievancesPage'),
  },
];

/** Where a signed-in user lands: the first page of the table their role may open. */
export function homeOf(role: Role): string {
  const first = routes.find((route) => route.menu && route.roles.includes(role));
  return first ? `/${first.path}` : '/not-found';
}

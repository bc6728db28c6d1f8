// The /api answers and bodies the phone pages use, named from the generated OpenAPI types
// (api/schema.d.ts; the zod schemas are src/worker-portal/portal.schema.ts). Types only:
// nothing here reaches the bundle.
import type { ApiBody, ApiResponse } from '../api/types';

export type Me = ApiResponse<'/api/m/me'>;
export type JourneyStep = Me['journey'][number];
export type Offer = NonNullable<Me['offer']>;
export type Trip = NonNullable<Me['trip']>;
export type Vacancies = ApiResponse<'/api/m/vacancies'>;
export type Vacancy = Vacancies['items'][number];
export type VacancyDetail = ApiResponse<'/api/m/vacancies/{id}'>;
export type Provision = VacancyDetail['accommodation'];
export type Region = ApiResponse<'/api/regions'>['items'][number];
export type CatalogItem = ApiResponse<'/api/industries'>['items'][number];
export type Session = ApiResponse<'/api/auth/me'>;
export type Verified = ApiResponse<'/api/m/code/verify', 'post'>;
export type Registered = ApiResponse<'/api/m/register', 'post'>;
export type RegisterBody = ApiBody<'/api/m/register'>;
export type OfferBody = ApiBody<'/api/m/offer'>;
export type WishesBody = ApiBody<'/api/m/wishes', 'patch'>;
export type Wishes = { industries: string[]; destinations: string[]; minWage: number; certificates: string[] };

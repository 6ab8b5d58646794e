export { CATEGORY_A_MIN_POINTS, CATEGORY_B_MIN_POINTS, pointsRoutes } from "./categories";
export { CLASSIFICATION, NOTICE_2017_40, WORK_PERMIT_SYSTEM_FROM } from "./instrument";
export { type TeamWorkPermitFactReaders, teamWorkPermits } from "./team";

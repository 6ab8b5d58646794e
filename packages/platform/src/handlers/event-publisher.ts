export { eventPublisherHandler as handler } from "../events/publisher";

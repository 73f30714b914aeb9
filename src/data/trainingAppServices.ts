import { SPFI } from '@pnp/sp';
import type { PageFacts } from './page';
import { CommonServices, createAppServices } from './services';
import { TrainingService } from './training';

/** The training web part's services: the common part and training. */
export interface TrainingAppServices extends CommonServices {
  training: TrainingService;
}

/**
 * The services the training web part uses. The plan and feed repositories — and the feed's
 * DOMPurify — stay out of its bundle (the training app renders no HTML: descriptions are plain text).
 */
export function createTrainingAppServices(given: SPFI, page: PageFacts = {}): TrainingAppServices {
  return createAppServices(given, page, (sp) => ({ training: new TrainingService(sp, page) }));
}

/** The training web part's first read (what its first view shows), for startEarly / takeEarly (earlyRead.ts). */
export function trainingFirstRead(services: TrainingAppServices): ReturnType<TrainingService['firstView']> {
  return services.training.firstView(new Date());
}

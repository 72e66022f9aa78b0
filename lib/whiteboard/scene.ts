import { z } from "zod";

/**
 * The whiteboard as the browser saves it: an Excalidraw scene. Validated loosely on purpose —
 * Excalidraw adds fields between versions and we keep the scene as given for replay — but every
 * element must at least name itself and its type, since the graph is built from those.
 */

/** Largest scene body accepted (embedded images count towards it). */
export const MAX_SCENE_BYTES = 2 * 1024 * 1024;
/** Most elements one scene may hold; a real interview diagram has a few dozen. */
export const MAX_SCENE_ELEMENTS = 5_000;

const Finite = z.number().finite();

const BindingSchema = z.looseObject({ elementId: z.string().min(1).max(200) }).nullish();

/** One drawn element. Only the fields the graph reads are checked; the rest ride along. */
export const SceneElementSchema = z.looseObject({
  id: z.string().min(1, "must not be empty").max(200),
  type: z.string().min(1, "must not be empty").max(60),
  x: Finite.optional(),
  y: Finite.optional(),
  width: Finite.optional(),
  height: Finite.optional(),
  isDeleted: z.boolean().optional(),
  text: z.string().max(10_000).optional(),
  originalText: z.string().max(10_000).nullish(),
  containerId: z.string().max(200).nullish(),
  boundElements: z
    .array(z.looseObject({ id: z.string().max(200), type: z.string().max(60) }))
    .max(1_000)
    .nullish(),
  points: z.array(z.tuple([Finite, Finite]).rest(z.unknown())).max(10_000).optional(),
  startBinding: BindingSchema,
  endBinding: BindingSchema,
  startArrowhead: z.string().max(40).nullish(),
  endArrowhead: z.string().max(40).nullish(),
});
export type SceneElement = z.infer<typeof SceneElementSchema>;

export const SceneSchema = z
  .object({
    elements: z.array(SceneElementSchema, { error: "must be an array of Excalidraw elements" }),
    /** Viewport, colours and the like; kept as given. */
    appState: z.record(z.string(), z.unknown()).optional(),
    /** Embedded images by file id (data URLs). */
    files: z.record(z.string(), z.looseObject({})).optional(),
  })
  .superRefine((scene, ctx) => {
    const seen = new Map<string, number>();
    scene.elements.forEach((element, i) => {
      const first = seen.get(element.id);
      if (first !== undefined) {
        ctx.addIssue({ code: "custom", path: ["elements", i, "id"], message: `"${element.id}" is also the id of elements.${first}; ids must be unique` });
      } else {
        seen.set(element.id, i);
      }
    });
  });
export type Scene = z.infer<typeof SceneSchema>;

export const EMPTY_SCENE: Scene = { elements: [], appState: {}, files: {} };

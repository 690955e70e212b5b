/**
 * The .astro file of every authoring component, by the name editors write (src/schemas/components.ts declares
 * their props). Typed against that declaration, so a component declared without its file fails `npm run check`.
 */
import type { ComponentName } from "../../schemas/components";
import Corrections from "./Corrections.astro";
import Count from "./Count.astro";
import Elapsed from "./Elapsed.astro";
import Place from "./Place.astro";
import Quote from "./Quote.astro";
import Source from "./Source.astro";
import SourceList from "./SourceList.astro";
import Step from "./Step.astro";
import Time from "./Time.astro";
import ZoneOffsets from "./ZoneOffsets.astro";

export const authoringComponents: Record<ComponentName, unknown> = { Step, Quote, Source, Time, Elapsed, Place, Count, ZoneOffsets, Corrections, SourceList };
